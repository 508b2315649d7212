"""Factories for the objects the tests build: people, snippets, pages and documents."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from accounts.models import User
from campaign_pages.models import CampaignIndexPage, CampaignPage, Organizer, Sector
from home.models import StandardPage

# A minimal but valid PDF, so that a served document has a believable content.
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# Every person the factories make signs in with this password.
PASSWORD = "mot-de-passe-solide-42"  # noqa: S105 - test accounts only


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"habitant{n}@example.test")
    display_name = factory.Sequence(lambda n: f"Habitant {n}")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = User
        skip_postgeneration_save = True


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Quartier {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))

    class Meta:
        model = Sector


class OrganizerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Direction {n}")
    website = "https://ville.example.org/"

    class Meta:
        model = Organizer


def root_collection():
    return Collection.get_first_root_node()


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Dossier de concertation {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.LazyAttribute(
        lambda obj: ContentFile(PDF_BYTES, name=f"{slugify(obj.title)}.pdf")
    )

    class Meta:
        model = get_document_model()


class AudioDocumentFactory(DocumentFactory):
    title = factory.Sequence(lambda n: f"Émission {n}")
    file = factory.LazyAttribute(
        lambda obj: ContentFile(
            b"ID3\x03\x00\x00\x00\x00\x00\x00", name=f"{slugify(obj.title)}.mp3"
        )
    )


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Photo {n}")
    collection = factory.LazyFunction(root_collection)
    description = "Une allée du parc sous les arbres"
    file = factory.django.ImageField(width=64, height=40, color="green")

    class Meta:
        model = get_image_model()


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page simple {n}")
    body = "<p>Le texte de la page.</p>"

    class Meta:
        model = StandardPage


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campagnes"
    slug = "campagnes"
    intro = "<p>Toutes les concertations de la ville.</p>"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    """A campaign open from 1 March to 30 June 2025, unless told otherwise."""

    title = factory.Sequence(lambda n: f"Campagne numéro {n}")
    intro = "La ville réaménage un espace public et consulte ses habitants."
    objective = "Recueillir les attentes des habitants avant le concours d'architectes."
    start_date = datetime.date(2025, 3, 1)
    end_date = datetime.date(2025, 6, 30)
    results_date = None

    class Meta:
        model = CampaignPage
        skip_postgeneration_save = True

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)
            self.save()

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()
