"""The block that features one participation space at a chosen place of the campaign page.

Every live space below a campaign is shown on its page anyway, in the order of the page tree;
this block only moves one of them where the editor wants it, under a heading of their own. It
knows spaces through the contract in participation.common, never through a participation app,
so that a new kind of space needs nothing here.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from participation.common.spaces import is_space

from .groups import GROUP_PARTICIPATION


class FeaturedSpaceValue(blocks.StructValue):
    def live_space(self):
        """The chosen space when it is live, specific; None otherwise."""
        page = self.get("space")
        page = page.specific if page else None
        return page if page is not None and page.live and is_space(page) else None


class FeaturedSpaceBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    space = blocks.PageChooserBlock(
        label=_("Participation space"),
        help_text=_("A contribution space, a debate or another space of this campaign."),
    )

    class Meta:
        label = _("Featured participation space")
        icon = "group"
        template = "campaign_pages/blocks/featured_space_block.html"
        group = GROUP_PARTICIPATION
        value_class = FeaturedSpaceValue
        description = _(
            "Shows one of the campaign's participation spaces here rather than in the list "
            "of spaces at the end of the page."
        )
        preview_value = {"heading": "Donnez votre avis", "space": None}

    def clean(self, value):
        value = super().clean(value)
        page = value.get("space")
        if page is not None and not is_space(page.specific):
            raise blocks.StructBlockValidationError(
                {"space": ValidationError(_("Choose a participation space."))}
            )
        return value
