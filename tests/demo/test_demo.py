"""manage.py load_demo builds the demo site, and running it again changes nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from campaign_pages.models import CampaignPage, Organizer, Sector

# The demo loader is written alongside these tests: skip until it exists, run once it does.
pytest.importorskip("demo.management.commands.load_demo")

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def snapshot():
    """What a visitor or an editor could tell apart between two loads."""
    pages = Page.objects.order_by("path")
    return {
        "pages": [(p.content_type.model, p.title, p.url_path, p.live) for p in pages],
        "documents": sorted(get_document_model().objects.values_list("title", "file")),
        "images": sorted(get_image_model().objects.values_list("title", "file")),
        "users": sorted(get_user_model().objects.values_list("email", "display_name")),
        "sectors": sorted(Sector.objects.values_list("name", "slug")),
        "organizers": sorted(Organizer.objects.values_list("name", flat=True)),
        "tags": sorted(Tag.objects.values_list("name", flat=True)),
        "campaign_bodies": [
            [block.block_type for block in c.body] for c in CampaignPage.objects.order_by("path")
        ],
    }


def test_the_demo_loads_published_campaigns_with_content(client):
    load_demo()
    campaigns = CampaignPage.objects.live()
    assert campaigns.count() >= 3
    assert any(len(c.body) for c in campaigns)
    assert get_document_model().objects.exists()
    assert client.get("/").status_code == 200
    assert client.get("/campagnes/").status_code == 200


def test_loading_the_demo_twice_leaves_the_same_content():
    load_demo()
    first = snapshot()
    load_demo()
    second = snapshot()
    assert first["pages"], "the demo created no page"
    for key in first:
        assert second[key] == first[key], key


def test_the_demo_writes_its_files_under_media_root(media_root):
    load_demo()
    document = get_document_model().objects.first()
    assert (media_root / document.file.name).is_file()


def test_the_demo_refuses_to_load_when_the_settings_forbid_it(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    pages_before = Page.objects.count()
    with pytest.raises(CommandError):
        load_demo()
    assert Page.objects.count() == pages_before
    assert not CampaignPage.objects.exists()
