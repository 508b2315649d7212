"""What the browser tests look up in the database: which campaign to visit."""

from campaign_pages.models import CampaignPage, CampaignStatus


def campaigns_with(block_type):
    live = CampaignPage.objects.live().order_by("path")
    return [c for c in live if any(block.block_type == block_type for block in c.body)]


def open_campaign_with_current_step():
    """A campaign in progress whose timeline marks a current step, as the home page lists it."""
    for campaign in campaigns_with("timeline"):
        if campaign.status != CampaignStatus.OPEN:
            continue
        for block in campaign.body:
            if block.block_type == "timeline" and any(
                step["state"] == "current" for step in block.value.dated_steps()
            ):
                return campaign
    raise AssertionError("no open campaign with a current timeline step in the content")


def campaign_with_documents():
    for campaign in campaigns_with("documents"):
        for block in campaign.body:
            if block.block_type == "documents" and block.value["documents"]:
                return campaign
    raise AssertionError("no campaign with a documents block in the content")
