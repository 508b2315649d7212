"""Every block of a campaign's body renders its preview value, in its own template."""

import datetime
import html

import pytest
from django.test import RequestFactory
from freezegun import freeze_time

from campaign_pages.blocks import CampaignBodyBlock
from campaign_pages.models import CampaignPage

from ..factories import DocumentFactory

BODY_BLOCKS = CampaignBodyBlock().child_blocks
# The text every block's preview shows as its heading or title.
HEADLINES = {
    name: (block.meta.preview_value.get("heading") or block.meta.preview_value.get("title"))
    for name, block in BODY_BLOCKS.items()
}


def render(block, value):
    request = RequestFactory().get("/")
    return html.unescape(block.render(value, context={"request": request}))


def test_every_body_block_has_a_complete_meta_card():
    for name, block in BODY_BLOCKS.items():
        meta = block.meta
        missing = [
            attr
            for attr in ("icon", "template", "preview_value", "description", "group")
            if not getattr(meta, attr, None)
        ]
        assert not missing, f"{name} lacks {missing}"
        assert HEADLINES[name], f"{name}'s preview value has no heading or title"


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(BODY_BLOCKS))
def test_block_renders_its_preview_value(name):
    block = BODY_BLOCKS[name]
    output = render(block, block.get_preview_value())
    assert HEADLINES[name] in output
    assert "<dl>" not in output, "rendered by Wagtail's fallback, not by the block's template"


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(BODY_BLOCKS))
def test_block_preview_opens_in_the_editor(client, superuser, name):
    block = CampaignPage._meta.get_field("body").stream_block.child_blocks[name]
    client.force_login(superuser)
    response = client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    assert HEADLINES[name] in html.unescape(response.content.decode())


@pytest.mark.django_db
@freeze_time("2025-02-10 12:00:00+01:00")
def test_timeline_marks_the_current_step_for_screen_readers():
    block = BODY_BLOCKS["timeline"]
    value = block.to_python(
        {
            "heading": "Calendrier",
            "steps": [
                {"kind": "meeting", "start_date": "2025-01-09", "title": "Ateliers"},
                {"kind": "debate", "start_date": "2025-02-01", "title": "Débat en ligne"},
                {"kind": "decision", "start_date": "2025-06-01", "title": "Choix du projet"},
            ],
        }
    )
    output = render(block, value)
    assert output.count('aria-current="step"') == 1
    current = output.split('aria-current="step"', 1)[1]
    assert "Nous en sommes là" in current
    assert current.index("Débat en ligne") < current.index("Choix du projet")
    assert "Nous en sommes là" not in output.split('aria-current="step"', 1)[0]


@freeze_time("2025-02-10 12:00:00+01:00")
def test_timeline_value_orders_steps_and_tells_past_current_and_future():
    block = BODY_BLOCKS["timeline"]
    value = block.to_python(
        {
            "heading": "Calendrier",
            "steps": [
                {"start_date": "2025-06-01", "title": "Choix"},
                {"start_date": "2025-01-09", "title": "Ateliers"},
                {"start_date": "2025-02-01", "title": "Débat"},
            ],
        }
    )
    steps = value.dated_steps()
    assert [s["value"]["title"] for s in steps] == ["Ateliers", "Débat", "Choix"]
    assert [s["state"] for s in steps] == ["past", "current", "future"]
    assert value.dated_steps(today=datetime.date(2024, 1, 1))[0]["state"] == "future"


@pytest.mark.django_db
def test_documents_block_links_each_document_with_its_format():
    document = DocumentFactory(title="Plan du futur parc")
    block = BODY_BLOCKS["documents"]
    value = block.to_python(
        {
            "heading": "À lire avant de participer",
            "documents": [{"document": document.pk, "description": "Le plan masse."}],
        }
    )
    output = render(block, value)
    assert "Plan du futur parc" in output
    assert document.url in output
    assert "PDF" in output.upper()


@freeze_time("2025-02-10 12:00:00+01:00")
def test_a_period_still_running_when_a_later_step_began_is_ongoing_not_past():
    value = BODY_BLOCKS["timeline"].to_python(
        {
            "heading": "Calendrier",
            "steps": [
                {"start_date": "2025-01-09", "end_date": "2025-03-01", "title": "Débat en ligne"},
                {"start_date": "2025-01-20", "end_date": "2025-01-31", "title": "Ateliers"},
                {"start_date": "2025-02-01", "title": "Contributions"},
            ],
        }
    )
    assert [s["state"] for s in value.dated_steps()] == ["ongoing", "past", "current"]
    html = render(BODY_BLOCKS["timeline"], value)
    assert html.count('aria-current="step"') == 1
    assert "En cours" in html
