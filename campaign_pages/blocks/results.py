"""What the city learnt and decided: the synthesis, the campaign's figures, the decisions."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .groups import GROUP_PROJECT, SHORT_RICH_TEXT


class DecisionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Decision"), max_length=200)
    text = blocks.TextBlock(label=_("Further details"), required=False)

    class Meta:
        label = _("Decision")
        icon = "tick"


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("Caption"), max_length=120)

    class Meta:
        label = _("Key figure")
        icon = "order"


class ResultsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), default=_("Results"), max_length=120)
    summary = blocks.RichTextBlock(label=_("Synthesis"), features=SHORT_RICH_TEXT)
    synthesis_document = DocumentChooserBlock(label=_("Synthesis document"), required=False)
    figures = blocks.ListBlock(
        FigureBlock(),
        label=_("Key figures"),
        default=[],
        help_text=_(
            "Participants, contributions, arguments, votes and comments are shown "
            "automatically: add here what the site cannot count."
        ),
    )
    decisions = blocks.ListBlock(DecisionBlock(), label=_("Decisions taken"), default=[])

    class Meta:
        label = _("Results")
        icon = "success"
        template = "campaign_pages/blocks/results_block.html"
        group = GROUP_PROJECT
        description = _("What the city learnt and decided: synthesis, figures, decisions.")
        preview_value = {
            "heading": "Résultats",
            "summary": "<p>Les habitants ont demandé plus d'ombre et de jeux.</p>",
            "figures": [{"value": "200", "label": "arbres plantés"}],
            "decisions": [{"title": "Plantation de 200 arbres", "text": "Dès l'automne."}],
        }

    def get_context(self, value, parent_context=None):
        """The campaign's own figures come first, counted by the site; the editor's key
        figures add what the site cannot count."""
        context = super().get_context(value, parent_context=parent_context)
        campaign = (parent_context or {}).get("page")
        context["figures"] = getattr(campaign, "figures", None)
        return context
