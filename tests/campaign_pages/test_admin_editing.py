"""Editors build a campaign page through the Wagtail admin, blocks and documents included."""

from django.contrib.auth.models import Group
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaign_pages.models import CampaignPage
from home.models import HomePage

from ..factories import (
    AudioDocumentFactory,
    CampaignIndexPageFactory,
    DocumentFactory,
    OrganizerFactory,
    SectorFactory,
    UserFactory,
)


def list_items(values):
    """ListBlock form data: a count, then each child's value, order and deleted flag."""
    data = {
        str(i): {"value": value, "order": str(i), "deleted": "", "id": ""}
        for i, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def campaign_form_data(title, document, audio, sector, organizer):
    data = nested_form_data(
        {
            "title": title,
            "slug": "reamenagement-du-parc",
            "intro": "La ville réaménage le parc des Anciennes Mairies.",
            "objective": "Choisir avec les habitants les usages du futur parc.",
            "start_date": "2025-03-01",
            "end_date": "2025-06-30",
            "results_date": "",
            "organizer": organizer.pk,
            "tags": "parc, nature en ville",
            "reference": "",
            "hero_image": "",
            "hero_image_alt": "",
            "comments": inline_formset([]),
            "body": streamfield(
                [
                    (
                        "timeline",
                        {
                            "heading": "Les étapes du projet",
                            "steps": list_items(
                                [
                                    {
                                        "kind": "meeting",
                                        "start_date": "2025-03-12",
                                        "end_date": "",
                                        "title": "Réunion publique de lancement",
                                        "text": rich_text("<p>À la salle des fêtes.</p>"),
                                        "link_url": "",
                                        "link_label": "",
                                        "document": "",
                                    },
                                    {
                                        "kind": "decision",
                                        "start_date": "2025-09-01",
                                        "end_date": "",
                                        "title": "Choix du projet lauréat",
                                        "text": rich_text(""),
                                        "link_url": "",
                                        "link_label": "",
                                        "document": document.pk,
                                    },
                                ]
                            ),
                        },
                    ),
                    (
                        "documents",
                        {
                            "heading": "Documents à consulter",
                            "documents": list_items(
                                [{"document": document.pk, "description": "Le diagnostic."}]
                            ),
                        },
                    ),
                    (
                        "podcast",
                        {
                            "title": "Radio Agora : le parc de demain",
                            "description": "Trois habitants racontent leur parc.",
                            "audio": audio.pk,
                            "duration": "312",
                            "transcript": rich_text("<p>Bonjour et bienvenue sur Radio Agora.</p>"),
                        },
                    ),
                ]
            ),
        }
    )
    # A multiple choice goes as a list, which nested_form_data would flatten into keys.
    data["sectors"] = [sector.pk]
    return data


class TestCampaignCreationInTheAdmin(WagtailPageTestCase):
    def setUp(self):
        self.index = CampaignIndexPageFactory(parent=HomePage.objects.get())
        self.document = DocumentFactory(title="Diagnostic du parc")
        self.audio = AudioDocumentFactory(title="Radio Agora, épisode 1")
        self.sector = SectorFactory(name="Centre")
        self.organizer = OrganizerFactory(name="Direction de la démocratie locale")

    def form_data(self, title="Réaménagement du parc"):
        return campaign_form_data(title, self.document, self.audio, self.sector, self.organizer)

    def test_superuser_creates_a_campaign_with_timeline_documents_and_podcast(self):
        self.client.force_login(UserFactory(is_superuser=True, is_staff=True))

        self.assertCanCreate(self.index, CampaignPage, self.form_data())

        page = CampaignPage.objects.get(slug="reamenagement-du-parc")
        assert page.live
        assert page.get_parent().pk == self.index.pk
        assert [block.block_type for block in page.body] == ["timeline", "documents", "podcast"]
        timeline, documents, podcast = (block.value for block in page.body)
        assert [step["title"] for step in timeline["steps"]] == [
            "Réunion publique de lancement",
            "Choix du projet lauréat",
        ]
        assert timeline["steps"][1]["document"] == self.document
        assert [item["document"] for item in documents["documents"]] == [self.document]
        assert podcast["audio"] == self.audio
        assert podcast["duration"] == 312
        assert "bienvenue sur Radio Agora" in podcast["transcript"].source
        assert list(page.sectors.all()) == [self.sector]
        assert page.organizer == self.organizer
        assert sorted(tag.name for tag in page.tags.all()) == ["nature en ville", "parc"]

    def test_a_member_of_redaction_creates_a_campaign_under_the_index(self):
        editor = UserFactory()
        editor.groups.add(Group.objects.get(name="Rédaction"))
        self.client.force_login(editor)

        assert self.client.get("/admin/").status_code == 200
        self.assertCanCreate(self.index, CampaignPage, self.form_data("Le parc, par la rédaction"))

        assert CampaignPage.objects.get(title="Le parc, par la rédaction").live

    def test_the_editor_refuses_an_end_date_before_the_start_date(self):
        self.client.force_login(UserFactory(is_superuser=True, is_staff=True))
        data = self.form_data()
        data["end_date"] = "2025-02-01"

        with self.assertRaisesMessage(AssertionError, "end_date"):
            self.assertCanCreate(self.index, CampaignPage, data)
        assert not CampaignPage.objects.exists()
