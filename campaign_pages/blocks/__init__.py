"""The blocks from which editors build a campaign page's body.

Each block is a StructBlock with its own template under templates/campaign_pages/blocks/.
Values computed for display (the state of each timeline step, a document's format) live
on StructValue subclasses, so templates stay plain.
"""

from wagtail import blocks

from .content import (
    DocumentsBlock,
    ParticipationKitBlock,
    PodcastBlock,
    ResourcesBlock,
    TextSectionBlock,
)
from .participation import FeaturedSpaceBlock
from .results import ResultsBlock
from .timeline import TimelineBlock, TimelineValue

__all__ = ["CampaignBodyBlock", "TimelineValue"]


class CampaignBodyBlock(blocks.StreamBlock):
    text = TextSectionBlock()
    timeline = TimelineBlock()
    documents = DocumentsBlock()
    podcast = PodcastBlock()
    participation_kit = ParticipationKitBlock()
    resources = ResourcesBlock()
    results = ResultsBlock()
    space = FeaturedSpaceBlock()
