"""The blocks that bring a participation space onto the campaign page.

They know each space through its page model (chosen by string reference) and one public
function of its app, never through the app's internals.
"""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from participation.contributions.services import latest_contributions
from participation.debates.services import debate_teaser

GROUP_PARTICIPATION = _("Participation")


def _live(page):
    page = page.specific if page else None
    return page if page and page.live else None


class ContributionsBlock(blocks.StructBlock):
    """A teaser of a contribution space: its latest contributions and a way in."""

    heading = blocks.CharBlock(
        label=_("Title"), default=_("The latest contributions"), max_length=120
    )
    space = blocks.PageChooserBlock(
        label=_("Contribution space"), page_type="contributions.ConsultationPage"
    )
    count = blocks.IntegerBlock(
        label=_("Number of contributions shown"), default=3, min_value=1, max_value=12
    )

    class Meta:
        label = _("Contributions")
        icon = "group"
        template = "campaign_pages/blocks/contributions_block.html"
        group = GROUP_PARTICIPATION
        description = _(
            "The latest contributions of a contribution space, with a link to all of them "
            "and to the form."
        )
        preview_value = {"heading": "Les dernières contributions", "space": None, "count": 3}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        space = _live(value.get("space"))
        context["space"] = space
        if space:
            context["contributions"] = latest_contributions(space, value["count"])
            context["contribute_url"] = (space.url or "") + space.reverse_subpage("contribute")
        return context


class DebateBlock(blocks.StructBlock):
    """A debate's question, its current results if the visitor may see them, the number of
    arguments on each side and a way in."""

    heading = blocks.CharBlock(label=_("Title"), default=_("The debate"), max_length=120)
    debate = blocks.PageChooserBlock(label=_("Debate"), page_type="debates.DebatePage")

    class Meta:
        label = _("Debate")
        icon = "comment"
        template = "campaign_pages/blocks/debate_block.html"
        group = GROUP_PARTICIPATION
        description = _(
            "A debate's question, its results when they may be shown, the number of arguments "
            "for and against, and a button to take part."
        )
        preview_value = {"heading": "Le débat", "debate": None}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        debate = _live(value.get("debate"))
        context["debate"] = debate
        if debate:
            request = (parent_context or {}).get("request")
            user = getattr(request, "user", None) or AnonymousUser()
            context.update(debate_teaser(debate, user))
        return context
