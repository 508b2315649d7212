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

GROUP_CONTENT = _("Contenu")
GROUP_PROJECT = _("Projet")
GROUP_PARTICIPATION = _("Participation")
SHORT_RICH_TEXT = ["bold", "italic", "link", "document-link", "ul", "ol"]


class TextSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), required=False, max_length=120)
    text = blocks.RichTextBlock(
        label=_("Texte"), features=["h3", "h4", *SHORT_RICH_TEXT, "blockquote"]
    )

    class Meta:
        label = _("Texte")
        icon = "pilcrow"
        template = "campaign_pages/blocks/text_section_block.html"
        group = GROUP_CONTENT
        description = _("Un paragraphe de texte mis en forme, avec un titre facultatif.")
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
        (STEP, _("Étape")),
        (DEBATE, _("Débat")),
        (MEETING, _("Réunion publique")),
        (DECISION, _("Décision")),
    ]


class TimelineStepBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"), choices=TimelineStepKind.CHOICES, default=TimelineStepKind.STEP
    )
    start_date = blocks.DateBlock(label=_("Date (ou début)"))
    end_date = blocks.DateBlock(
        label=_("Fin"), required=False, help_text=_("Pour une période : la date de fin.")
    )
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    text = blocks.RichTextBlock(label=_("Texte"), required=False, features=SHORT_RICH_TEXT)
    link_url = blocks.URLBlock(label=_("Lien"), required=False)
    link_label = blocks.CharBlock(label=_("Texte du lien"), required=False, max_length=80)
    document = DocumentChooserBlock(label=_("Document"), required=False)

    class Meta:
        label = _("Étape")
        icon = "date"


class TimelineValue(blocks.StructValue):
    """Steps in date order, each told whether it is past, current or to come."""

    def dated_steps(self, today=None):
        today = today or timezone.localdate()
        steps = sorted(self.get("steps") or [], key=lambda step: step["start_date"])
        started = [i for i, step in enumerate(steps) if step["start_date"] <= today]
        current = started[-1] if started else None
        result = []
        for index, step in enumerate(steps):
            if index == current:
                state = "current"
            elif current is not None and index < current:
                state = "past"
            else:
                state = "future"
            result.append({"value": step, "state": state, "kind_label": kind_label(step)})
        return result


def kind_label(step):
    return dict(TimelineStepKind.CHOICES).get(step.get("kind"), "")


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), default=_("Les étapes du projet"), max_length=120)
    steps = blocks.ListBlock(TimelineStepBlock(), label=_("Étapes"), min_num=1)

    class Meta:
        label = _("Frise chronologique")
        icon = "history"
        template = "campaign_pages/blocks/timeline_block.html"
        group = GROUP_PROJECT
        value_class = TimelineValue
        description = _(
            "Les étapes du projet, passées et à venir, avec les dates de débat ; "
            "l'étape en cours est signalée."
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


class DocumentItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.TextBlock(label=_("Description courte"), required=False, max_length=300)

    class Meta:
        label = _("Document")
        icon = "doc-full"


class DocumentsValue(blocks.StructValue):
    def available_documents(self):
        """The items whose document still exists (a deleted document leaves None)."""
        return [item for item in self.get("documents") or [] if item["document"]]


class DocumentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), default=_("Documents à consulter"), max_length=120)
    documents = blocks.ListBlock(DocumentItemBlock(), label=_("Documents"))

    class Meta:
        label = _("Documents")
        icon = "doc-full-inverse"
        template = "campaign_pages/blocks/documents_block.html"
        group = GROUP_PROJECT
        value_class = DocumentsValue
        description = _("Une liste de documents à télécharger, avec leur format et leur taille.")
        preview_value = {"heading": "Documents à consulter", "documents": []}


class PodcastBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=150)
    description = blocks.TextBlock(label=_("Présentation"), required=False)
    audio = DocumentChooserBlock(
        label=_("Fichier audio"), help_text=_("Un fichier MP3, OGG, M4A ou WAV de la médiathèque.")
    )
    duration = blocks.IntegerBlock(label=_("Durée (en secondes)"), required=False, min_value=1)
    transcript = blocks.RichTextBlock(
        label=_("Transcription"),
        features=["p", "bold", "italic", "link"],
        help_text=_("Obligatoire : elle rend l'émission accessible aux personnes sourdes."),
    )

    class Meta:
        label = _("Podcast")
        icon = "microphone"
        template = "campaign_pages/blocks/podcast_block.html"
        group = GROUP_PROJECT
        description = _("Une émission audio jouée sur la page, avec sa transcription.")
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
    title = blocks.CharBlock(label=_("Titre"), default=_("Kit de participation"), max_length=120)
    purpose = blocks.RichTextBlock(label=_("À quoi sert ce kit"), features=SHORT_RICH_TEXT)
    files = blocks.ListBlock(DocumentChooserBlock(label=_("Fichier")), label=_("Fichiers du kit"))
    how_to_return = blocks.RichTextBlock(
        label=_("Comment nous renvoyer le résultat"), features=SHORT_RICH_TEXT
    )
    return_email = blocks.EmailBlock(label=_("Adresse de retour"), required=False)

    class Meta:
        label = _("Kit de participation")
        icon = "folder-open-inverse"
        template = "campaign_pages/blocks/participation_kit_block.html"
        group = GROUP_PARTICIPATION
        value_class = ParticipationKitValue
        description = _(
            "Tout ce qu'il faut pour organiser un débat chez soi ou entre voisins, "
            "et nous en renvoyer le résultat."
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
        ("press", _("Article de presse")),
        ("deliberation", _("Délibération du conseil municipal")),
        ("sheet", _("Fiche ressource")),
        ("city_page", _("Page du site de la ville")),
        ("other", _("Autre")),
    ]


class ResourceLinkValue(blocks.StructValue):
    def kind_label(self):
        return dict(ResourceKind.CHOICES).get(self.get("kind"), "")


class ResourceLinkBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Type"), choices=ResourceKind.CHOICES, default="sheet")
    title = blocks.CharBlock(label=_("Titre"), max_length=200)
    url = blocks.URLBlock(label=_("Adresse"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=120)
    date = blocks.DateBlock(label=_("Date"), required=False)

    class Meta:
        label = _("Ressource")
        icon = "link"
        value_class = ResourceLinkValue


class ResourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), default=_("Ressources"), max_length=120)
    links = blocks.ListBlock(ResourceLinkBlock(), label=_("Liens"))

    class Meta:
        label = _("Ressources")
        icon = "link-external"
        template = "campaign_pages/blocks/resources_block.html"
        group = GROUP_PROJECT
        description = _(
            "Des liens classés par type : articles de presse, délibérations, fiches ressources."
        )
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
    title = blocks.CharBlock(label=_("Décision"), max_length=200)
    text = blocks.TextBlock(label=_("Précisions"), required=False)

    class Meta:
        label = _("Décision")
        icon = "tick"


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Chiffre"), max_length=20)
    label = blocks.CharBlock(label=_("Légende"), max_length=120)

    class Meta:
        label = _("Chiffre clé")
        icon = "order"


class ResultsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Titre"), default=_("Résultats"), max_length=120)
    summary = blocks.RichTextBlock(label=_("Synthèse"), features=SHORT_RICH_TEXT)
    synthesis_document = DocumentChooserBlock(label=_("Document de synthèse"), required=False)
    figures = blocks.ListBlock(FigureBlock(), label=_("Chiffres clés"))
    decisions = blocks.ListBlock(DecisionBlock(), label=_("Décisions prises"))

    class Meta:
        label = _("Résultats")
        icon = "success"
        template = "campaign_pages/blocks/results_block.html"
        group = GROUP_PROJECT
        description = _("Ce que la ville a appris et décidé : synthèse, chiffres, décisions.")
        preview_value = {
            "heading": "Résultats",
            "summary": "<p>Les habitants ont demandé plus d'ombre et de jeux.</p>",
            "figures": [
                {"value": "1 559", "label": "habitants ont participé"},
                {"value": "351", "label": "contributions"},
            ],
            "decisions": [{"title": "Plantation de 200 arbres", "text": "Dès l'automne."}],
        }


class CampaignBodyBlock(blocks.StreamBlock):
    text = TextSectionBlock()
    timeline = TimelineBlock()
    documents = DocumentsBlock()
    podcast = PodcastBlock()
    participation_kit = ParticipationKitBlock()
    resources = ResourcesBlock()
    results = ResultsBlock()
