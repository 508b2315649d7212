"""The resident form base: bidirectional controls removed, plain text, a submission key; and
the posting guard's refusals as an API would read them."""

import uuid

import pytest
from django.contrib.auth.models import AnonymousUser

from participation.common import guards
from participation.contributions import services
from participation.contributions.models import Comment
from participation.debates.forms import ArgumentForm, ReplyForm
from participation.debates.models import Stance

from ..helpers import space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

OVERRIDE = "\u202e"
ISOLATE = "\u2066"


def test_bidirectional_controls_are_removed_from_every_text_field():
    form = ArgumentForm(
        {
            "stance": Stance.FOR,
            "title": f"Un titre{OVERRIDE} retourné",
            "body": f"Un{ISOLATE} texte\u2069 isolé",
        }
    )

    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == "Un titre retourné"
    assert form.cleaned_data["body"] == "Un texte isolé"


def test_html_is_refused_in_a_text_field_of_a_resident_form():
    form = ReplyForm({"body": "<script>alert(1)</script>"})

    assert not form.is_valid()
    assert "body" in form.errors


def test_each_form_shown_carries_a_new_submission_key():
    first, second = ReplyForm(), ReplyForm()

    assert first["submission_key"].value() != second["submission_key"].value()


def test_a_comment_sent_with_an_override_character_is_stored_without_it(client, space, resident):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    client.force_login(resident)

    client.post(
        space_url(space, "comment", contribution.pk),
        {"body": f"Bravo{OVERRIDE} !", "submission_key": str(uuid.uuid4())},
    )

    assert Comment.objects.get().body == "Bravo !"


def test_the_guard_tells_an_api_why_a_visitor_or_a_robot_cannot_post(space, resident):
    assert guards.posting_refusal(AnonymousUser()).status == 401
    robot = guards.posting_refusal(resident, {"website": "spam"}, space)
    assert robot.status == 400
    assert guards.posting_refusal(resident, {"website": ""}, space) is None
