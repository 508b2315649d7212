"""The blocks of a letter: what the editors write, and blocks that fill themselves from live data.

Each block has a web template (templates/newsletter/blocks/) and an email rendering
(templates/newsletter/emails/blocks/, inline styles). "Upcoming meetings" will join the live
blocks with the agenda app, as a source registered from it.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from . import sources

RICH_TEXT = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        label = _("Heading")
        icon = "title"
        template = "newsletter/blocks/heading.html"


class TextBlock(blocks.RichTextBlock):
    class Meta:
        label = _("Text")
        icon = "pilcrow"
        template = "newsletter/blocks/text.html"


class LiveValue(blocks.StructValue):
    def entries(self):
        """The items of the block's source, today: fetched again at each rendering."""
        return sources.fetch(
            self.block.meta.source,
            timezone.localdate(),
            days=self.get("days") or 30,
            limit=self.get("limit") or 6,
        )


class LiveBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), max_length=120)
    days = blocks.IntegerBlock(
        label=_("Over how many days"),
        min_value=1,
        max_value=120,
        default=30,
        help_text=_("Before and after the day the letter is rendered."),
    )
    limit = blocks.IntegerBlock(label=_("At most"), min_value=1, max_value=12, default=6)

    class Meta:
        value_class = LiveValue
        template = "newsletter/blocks/live.html"
        source = ""


class CampaignsOpeningBlock(LiveBlock):
    class Meta:
        label = _("Campaigns opening")
        icon = "date"
        source = "campaigns_opening"
        default = {"heading": _("Campaigns opening"), "days": 30, "limit": 6}
        help_text = _(
            "Filled in when the letter is rendered: campaigns opening soon or just opened."
        )


class ResultsPublishedBlock(LiveBlock):
    class Meta:
        label = _("Results and decisions published")
        icon = "tasks"
        source = "results_published"
        default = {"heading": _("Results and decisions published"), "days": 30, "limit": 6}
        help_text = _(
            "Filled in when the letter is rendered: campaigns whose results were published "
            "recently."
        )


class NewsletterBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TextBlock(features=RICH_TEXT)
    campaigns_opening = CampaignsOpeningBlock()
    results_published = ResultsPublishedBlock()
