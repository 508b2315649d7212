"""What the newsletter's live blocks show of campaigns, registered from CampaignPagesConfig.ready().

The newsletter sits below this app and knows campaigns only through these sources.
"""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsletter import sources

from .models import CampaignPage


def _item(campaign, date, date_label):
    return sources.Item(
        title=campaign.title,
        url=campaign.url,
        text=campaign.intro,
        date=date,
        date_label=date_label,
    )


def campaigns_opening(today, days, limit):
    """Campaigns whose participation opens within `days`, or opened in the last `days`."""
    window = datetime.timedelta(days=days)
    campaigns = (
        CampaignPage.objects.live()
        .public()
        .filter(start_date__gte=today - window, start_date__lte=today + window)
        .exclude(results_date__lte=today)
        .order_by("start_date", "pk")[:limit]
    )
    return [
        _item(c, c.start_date, _("opens on") if c.start_date > today else _("opened on"))
        for c in campaigns
    ]


def results_published(today, days, limit):
    """Campaigns whose results were published in the last `days`, the latest first."""
    campaigns = (
        CampaignPage.objects.live()
        .public()
        .filter(results_date__lte=today, results_date__gte=today - datetime.timedelta(days=days))
        .order_by("-results_date", "pk")[:limit]
    )
    return [_item(c, c.results_date, _("results published on")) for c in campaigns]


def followable_campaigns():
    return CampaignPage.objects.live().order_by("-start_date", "title")


def register():
    sources.register("campaigns_opening", gettext_lazy("Campaigns opening"), campaigns_opening)
    sources.register(
        "results_published", gettext_lazy("Results and decisions published"), results_published
    )
    sources.register_campaigns(followable_campaigns)
