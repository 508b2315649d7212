"""The includes every space shares: times in valid HTML, the error summary, the report link."""

import re
import uuid

import pytest

from participation.contributions import services

from ..helpers import space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

DATETIME = re.compile(r'datetime="([^"]+)"')


def test_times_of_new_content_carry_no_fractions_of_a_second(client, space, residents):
    contribution, _ = services.create_contribution(space, residents[0], title="T", body="B")
    services.add_comment(contribution, residents[1], "Un avis")

    html = client.get(space_url(space, "contribution", contribution.pk)).content.decode()

    values = DATETIME.findall(html)
    assert values and all("." not in value for value in values)
    assert "2025-04-15T12:00:00+02:00" in values


def test_a_refused_comment_lists_its_errors_linked_to_the_field(client, space, residents):
    contribution, _ = services.create_contribution(space, residents[0], title="T", body="B")
    client.force_login(residents[1])

    response = client.post(
        space_url(space, "comment", contribution.pk),
        {"body": "", "submission_key": str(uuid.uuid4())},
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in html and 'id="form-errors"' in html
    assert 'href="#id_body"' in html
    assert "js/error_summary.js" in html


def test_the_report_link_of_a_comment_names_it_for_screen_readers(client, space, residents):
    contribution, _ = services.create_contribution(space, residents[0], title="T", body="B")
    comment, _ = services.add_comment(contribution, residents[1], "Un avis")
    client.force_login(residents[2])

    html = client.get(space_url(space, "contribution", contribution.pk)).content.decode()

    assert f"/moderation/signaler/commentaire/{comment.pk}/" in html
    assert f"le commentaire de {residents[1].public_name}" in html
    assert f"/moderation/signaler/contribution/{contribution.pk}/" in html
