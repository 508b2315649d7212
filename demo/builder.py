"""Builds the demo site from the data modules. Every step finds what it made last time and
updates it in place, so that loading the demo twice leaves one copy of everything.
"""

import io
import uuid

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site

from campaign_pages.models import CampaignIndexPage, CampaignPage
from campaign_pages.snippets import Organizer, Sector
from home.models import HomePage, StandardPage
from site_settings.models import SiteSettings

from . import content, files
from .blocks import resolve
from .campaigns import all_campaigns
from .documents import DOCUMENTS
from .errors import DemoError

COLLECTION_NAME = "Démo"
BLOCK_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://agora.example/demo")


def build(today=None):
    """Create or update the whole demo site; return its home page and campaign pages."""
    today = today or timezone.localdate()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not isinstance(site.root_page.specific, HomePage):
        raise DemoError("Le site par défaut n'a pas de page d'accueil Agora : lancez « migrate ».")
    home = update_home(site.root_page.specific)
    collection = demo_collection()
    document_ids = {key: ensure_document(collection, *spec).pk for key, spec in DOCUMENTS.items()}
    index = publish_child(
        home,
        CampaignIndexPage,
        content.INDEX_SLUG,
        title=content.INDEX_TITLE,
        intro=content.INDEX_INTRO,
        show_in_menus=True,
    )
    campaigns = [
        publish_campaign(index, data, collection, document_ids) for data in all_campaigns(today)
    ]
    update_settings(site, home)
    return home, campaigns


def update_home(home):
    home.title = content.HOME_TITLE
    home.intro = content.HOME_INTRO
    home.save_revision().publish()
    return home


def update_settings(site, home):
    settings = SiteSettings.for_site(site)
    for field, value in content.SITE_SETTINGS.items():
        setattr(settings, field, value)
    for field, page in content.STANDARD_PAGES.items():
        standard_page = publish_child(
            home, StandardPage, page["slug"], title=page["title"], body=page["body"].strip()
        )
        setattr(settings, field, standard_page)
    settings.save()
    return settings


def publish_child(parent, model, slug, configure=None, **fields):
    """Create the child page with this slug, or update it, then publish a new revision."""
    existing = parent.get_children().filter(slug=slug).first()
    page = existing.specific if existing else model(slug=slug)
    if not isinstance(page, model):
        raise DemoError(f"La page « {slug} » existe déjà avec un autre type.")
    for field, value in fields.items():
        setattr(page, field, value)
    if configure:
        configure(page)
    if existing is None:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def publish_campaign(index, data, collection, document_ids):
    sectors = [ensure_sector(slug) for slug in data["sectors"]]
    organizer, _ = Organizer.objects.get_or_create(name=data["organizer"])
    motif, alt_text = data["image"]
    image = ensure_image(collection, data["title"], motif, data["slug"], alt_text)

    def configure(page):
        page.sectors.set(sectors)
        page.tags.set(data["tags"])

    return publish_child(
        index,
        CampaignPage,
        data["slug"],
        configure=configure,
        title=data["title"],
        intro=data["intro"],
        objective=data["objective"],
        organizer=organizer,
        start_date=data["start"],
        end_date=data["end"],
        results_date=data["results"],
        reference=data["reference"],
        hero_image=image,
        hero_image_alt=alt_text,
        body=body_blocks(data["slug"], data["body"], document_ids),
    )


def body_blocks(slug, blocks, document_ids):
    """The raw StreamField value, documents resolved, with block ids stable across loads."""
    raw = resolve(blocks, document_ids)
    for position, block in enumerate(raw):
        block["id"] = str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{slug}/{position}"))
    return raw


def ensure_sector(slug):
    sector, _ = Sector.objects.update_or_create(slug=slug, defaults={"name": content.SECTORS[slug]})
    return sector


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def _has_file(item):
    return bool(item and item.file and item.file.storage.exists(item.file.name))


def ensure_document(collection, title, filename, make_file):
    """The document with this title in the demo collection; its file is generated if missing."""
    document = get_document_model().objects.filter(collection=collection, title=title).first()
    if _has_file(document):
        return document
    document = document or get_document_model()(title=title, collection=collection)
    document.file = ContentFile(make_file(), name=filename)
    document._set_document_file_metadata()
    document.save()
    return document


def ensure_image(collection, title, motif, seed, description):
    """A generated illustration, stored once in the demo collection."""
    image = get_image_model().objects.filter(collection=collection, title=title).first()
    if _has_file(image):
        if image.description != description:
            image.description = description
            image.save(update_fields=["description"])
        return image
    image = image or get_image_model()(title=title, collection=collection)
    image.description = description
    image.file = ImageFile(io.BytesIO(files.png(motif, seed)), name=f"demo-{seed}.png")
    image._set_image_file_metadata()
    image.save()
    return image


def feature_space(campaign, space, heading, after=None, before=None):
    """Show a space on the campaign page at a chosen place: after or before the first block of
    a kind. The campaign's body was just rebuilt from its data, which cannot name a space that
    does not exist yet: the block is added here, with an id as stable as the builder's."""
    raw = list(campaign.body.raw_data)
    if any(b["type"] == "space" and b["value"].get("space") == space.pk for b in raw):
        return
    kind = after or before
    index = next(i for i, b in enumerate(raw) if b["type"] == kind) + (1 if after else 0)
    value = {"heading": heading, "space": space.pk}
    block_id = str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{campaign.slug}/space/{space.slug}"))
    raw.insert(index, {"type": "space", "value": value, "id": block_id})
    campaign.body = raw
    campaign.save_revision().publish()
