"""A resident chooses, topic by topic, how they hear of it by email; a bad choice is refused
with a message, never stored, never a server error."""

import pytest

from notifications import services
from notifications.mail import site_context
from notifications.models import Preference
from participation.common import events
from participation.common.events import Frequency

URL = "/notifications/preferences/"


def choices(**changed):
    """Every topic at its default, with `changed` ones replaced."""
    data = {topic.key: topic.default for topic in events.topics()}
    data.update(changed)
    return data


def chosen(user):
    return {topic.key: frequency for topic, frequency in services.preferences_of(user)}


def test_every_topic_is_a_radio_group_showing_the_current_choice(client, resident):
    services.set_preference(resident, "answers", Frequency.WEEKLY)
    client.force_login(resident)

    content = client.get(URL).content.decode()

    for topic in events.topics():
        assert f"<legend>{topic.label}</legend>" in content
        assert str(topic.help_text) in content
    assert content.count("<fieldset") == len(events.topics())
    weekly = content.split('name="answers" value="weekly"')[1].split(">")[0]
    assert "checked" in weekly
    daily_default = content.split('name="followed" value="daily"')[1].split(">")[0]
    assert "checked" in daily_default


def test_saving_stores_the_choices_and_says_so(client, resident):
    client.force_login(resident)

    response = client.post(
        URL, choices(answers=Frequency.DAILY, followed=Frequency.NEVER), follow=True
    )

    assert response.redirect_chain == [(URL, 302)]
    assert chosen(resident)["answers"] == Frequency.DAILY
    assert chosen(resident)["followed"] == Frequency.NEVER
    assert 'class="message message--success"' in response.content.decode()


def test_saving_twice_stores_one_row_per_topic(client, resident):
    client.force_login(resident)
    for _ in range(2):
        client.post(URL, choices(answers=Frequency.DAILY))

    assert Preference.objects.filter(user=resident, topic="answers").count() == 1
    # Topics left at their default need no row.
    assert Preference.objects.filter(user=resident).count() == 1


@pytest.mark.parametrize(
    "data",
    [
        choices(answers="sometimes"),
        {key: value for key, value in choices().items() if key != "answers"},
    ],
    ids=["unknown frequency", "missing topic"],
)
def test_a_bad_choice_is_refused_with_a_message_and_nothing_stored(client, resident, data):
    client.force_login(resident)

    response = client.post(URL, {**data, "followed": Frequency.NEVER})

    assert response.status_code == 400
    content = response.content.decode()
    assert 'role="alert"' in content
    assert 'class="form-field__errors" id="id_answers_error"' in content
    assert 'aria-describedby="id_answers_helptext id_answers_error"' in content
    assert not Preference.objects.filter(user=resident).exists()


def test_a_topic_nobody_declared_is_ignored(client, resident):
    client.force_login(resident)

    response = client.post(URL, {**choices(), "made-up": Frequency.NEVER})

    assert response.status_code == 302
    assert not Preference.objects.filter(user=resident, topic="made-up").exists()


def test_the_preferences_page_refuses_other_methods(client, resident):
    client.force_login(resident)

    assert client.put(URL).status_code == 405


def test_emails_link_to_the_preferences_page(db):
    assert site_context()["preferences_url"] == "http://testserver" + URL
