"""What the editors write and upload: text, documents, podcasts, participation kits, resources."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .groups import GROUP_CONTENT, GROUP_PARTICIPATION, GROUP_PROJECT, SHORT_RICH_TEXT


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
