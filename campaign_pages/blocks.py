"""The blocks from which editors build a campaign page's body.

Each block is a StructBlock with its own template under templates/campaign_pages/blocks/.
Values computed for display (the state of each timeline step, a document's format) live
on StructValue subclasses, so templates stay plain.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from participation.common import campaigns

from .participation_blocks import GROUP_PARTICIPATION, FeaturedSpaceBlock

GROUP_CONTENT = _("Content")
GROUP_PROJECT = _("Project")
SHORT_RICH_TEXT = ["bold", "italic", "link", "document-link", "ul", "ol"]


class TextSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(
        label=_("Text"), features=["h3", "h4", *SHORT_RICH_TEXT, "blockquote"]
    )

    class Meta:
        label = _("Text")
        icon = "pilcrow"
        template = "campaign_pages/blocks/text_section_block.html"
        group = GROUP_CONTENT
        description = _("A paragraph of formatted text, with an optional heading.")
        preview_value = {
            "heading": "Pourquoi cette concertation ?",
            "text": "<p>La ville engage le réaménagement du parc et veut "
            "<b>construire le projet avec ses habitants</b>.</p>",
        }


class TimelineStepKind:
    STEP = "step"
    DEBATE = "debate"
    MEETING = "meeting"
    DECISION = "decision"
    CHOICES = [
        (STEP, _("Step")),
        (DEBATE, _("Debate")),
        (MEETING, _("Public meeting")),
        (DECISION, _("Decision")),
    ]


class TimelineStepBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"), choices=TimelineStepKind.CHOICES, default=TimelineStepKind.STEP
    )
    start_date = blocks.DateBlock(label=_("Date (or start)"))
    end_date = blocks.DateBlock(
        label=_("End"), required=False, help_text=_("For a period: the end date.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=SHORT_RICH_TEXT)
    link_url = blocks.URLBlock(label=_("Link"), required=False)
    link_label = blocks.CharBlock(label=_("Link text"), required=False, max_length=80)
    document = DocumentChooserBlock(label=_("Document"), required=False)

    class Meta:
        label = _("Step")
        icon = "date"


class TimelineValue(blocks.StructValue):
    """Steps in date order, each told whether it is past, current or to come."""

    def dated_steps(self, today=None, automatic_steps=()):
        """`automatic_steps` come from the campaign's spaces; one the editor already
        entered (a "debate" step starting the same day) is not shown twice."""
        today = today or timezone.localdate()
        steps = list(self.get("steps") or [])
        entered = {(s["kind"], s["start_date"]) for s in steps}
        steps += [s for s in automatic_steps if (s["kind"], s["start_date"]) not in entered]
        steps.sort(key=lambda step: step["start_date"])
        started = [i for i, step in enumerate(steps) if step["start_date"] <= today]
        current = started[-1] if started else None
        result = []
        for index, step in enumerate(steps):
            end = step.get("end_date")
            if index == current:
                state = "current"
            elif current is not None and index < current:
                # A period that began earlier and has not ended (a debate) is still running.
                state = "ongoing" if end and end >= today else "past"
            else:
                state = "future"
            result.append({"value": step, "state": state, "kind_label": kind_label(step)})
        return result


def kind_label(step):
    return dict(TimelineStepKind.CHOICES).get(step.get("kind"), "")


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), default=_("The project's steps"), max_length=120)
    steps = blocks.ListBlock(TimelineStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        label = _("Project timeline")
        icon = "history"
        template = "campaign_pages/blocks/timeline_block.html"
        group = GROUP_PROJECT
        value_class = TimelineValue
        description = _(
            "The project's steps, past and to come, with the dates of debate; "
            "the current step is highlighted."
        )
        preview_value = {
            "heading": "Les étapes du projet",
            "steps": [
                {
                    "kind": "meeting",
                    "start_date": datetime.date(2019, 1, 9),
                    "title": "Ateliers dans le quartier",
                    "text": "<p>Trois ateliers ouverts à tous.</p>",
                },
                {
                    "kind": "debate",
                    "start_date": datetime.date(2019, 2, 1),
                    "end_date": datetime.date(2019, 3, 15),
                    "title": "Propositions en ligne",
                },
                {
                    "kind": "decision",
                    "start_date": datetime.date(2030, 6, 1),
                    "title": "Choix du projet",
                },
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        campaign = (parent_context or {}).get("page")
        spaces = getattr(campaign, "live_spaces", None)
        automatic = campaigns.timeline_steps(campaign, spaces=spaces)
        context["steps"] = value.dated_steps(automatic_steps=automatic)
        return context


class DocumentItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.TextBlock(label=_("Short description"), required=False, max_length=300)

    class Meta:
        label = _("Document")
        icon = "doc-full"


class DocumentsValue(blocks.StructValue):
    def available_documents(self):
        """The items whose document still exists (a deleted document leaves None)."""
        return [item for item in self.get("documents") or [] if item["document"]]


class DocumentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), default=_("Documents to read"), max_length=120)
    documents = blocks.ListBlock(DocumentItemBlock(), label=_("Documents"))

    class Meta:
        label = _("Documents")
        icon = "doc-full-inverse"
        template = "campaign_pages/blocks/documents_block.html"
        group = GROUP_PROJECT
        value_class = DocumentsValue
        description = _("A list of documents to download, with their format and size.")
        preview_value = {"heading": "Documents à consulter", "documents": []}


class PodcastBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    description = blocks.TextBlock(label=_("Presentation"), required=False)
    audio = DocumentChooserBlock(
        label=_("Audio file"), help_text=_("An MP3, OGG, M4A or WAV file from the media library.")
    )
    duration = blocks.IntegerBlock(label=_("Duration (in seconds)"), required=False, min_value=1)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "link"],
        help_text=_("Required: it makes the programme accessible to deaf people."),
    )

    class Meta:
        label = _("Podcast")
        icon = "media"
        template = "campaign_pages/blocks/podcast_block.html"
        group = GROUP_PROJECT
        description = _("An audio programme played on the page, with its transcript.")
        preview_value = {
            "title": "Radio Agora : le parc de demain",
            "description": "Trois habitants racontent leur parc.",
            "duration": 312,
            "transcript": "<p>Bonjour et bienvenue sur Radio Agora.</p>",
        }


class ParticipationKitValue(blocks.StructValue):
    def available_files(self):
        """The kit's files that still exist (a deleted document leaves None)."""
        return [document for document in self.get("files") or [] if document]


class ParticipationKitBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), default=_("Participation kit"), max_length=120)
    purpose = blocks.RichTextBlock(label=_("What this kit is for"), features=SHORT_RICH_TEXT)
    files = blocks.ListBlock(DocumentChooserBlock(label=_("File")), label=_("Kit files"))
    how_to_return = blocks.RichTextBlock(
        label=_("How to send us the result"), features=SHORT_RICH_TEXT
    )
    return_email = blocks.EmailBlock(label=_("Return address"), required=False)

    class Meta:
        label = _("Participation kit")
        icon = "folder-open-inverse"
        template = "campaign_pages/blocks/participation_kit_block.html"
        group = GROUP_PARTICIPATION
        value_class = ParticipationKitValue
        description = _(
            "Everything needed to hold a debate at home or among neighbours, "
            "and to send us its result."
        )
        preview_value = {
            "title": "Kit de participation",
            "purpose": "<p>Réunissez vos voisins et débattez de l'avenir du parc.</p>",
            "files": [],
            "how_to_return": "<p>Déposez la synthèse à l'Agora ou envoyez-la par courriel.</p>",
            "return_email": "agora@example.org",
        }


class ResourceKind:
    CHOICES = [
        ("press", _("Press article")),
        ("deliberation", _("City council deliberation")),
        ("sheet", _("Resource sheet")),
        ("city_page", _("Page of the city's website")),
        ("other", _("Other")),
    ]


class ResourceLinkValue(blocks.StructValue):
    def kind_label(self):
        return dict(ResourceKind.CHOICES).get(self.get("kind"), "")


class ResourceLinkBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Type"), choices=ResourceKind.CHOICES, default="sheet")
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Web address"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=120)
    date = blocks.DateBlock(label=_("Date"), required=False)

    class Meta:
        label = _("Resource")
        icon = "link"
        value_class = ResourceLinkValue


class ResourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), default=_("Resources"), max_length=120)
    links = blocks.ListBlock(ResourceLinkBlock(), label=_("Links"))

    class Meta:
        label = _("Resources")
        icon = "link-external"
        template = "campaign_pages/blocks/resources_block.html"
        group = GROUP_PROJECT
        description = _("Links sorted by type: press articles, deliberations, resource sheets.")
        preview_value = {
            "heading": "Ressources",
            "links": [
                {
                    "kind": "press",
                    "title": "Le parc se réinvente",
                    "url": "https://example.org/article",
                    "source": "Le magazine de la ville",
                }
            ],
        }


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


class CampaignBodyBlock(blocks.StreamBlock):
    text = TextSectionBlock()
    timeline = TimelineBlock()
    documents = DocumentsBlock()
    podcast = PodcastBlock()
    participation_kit = ParticipationKitBlock()
    resources = ResourcesBlock()
    results = ResultsBlock()
    space = FeaturedSpaceBlock()
