"""The debate's services: votes and tallies, arguments, useful marks, replies, counters."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation
from freezegun import freeze_time

from participation.common import campaigns
from participation.debates import services
from participation.debates.models import Argument, UsefulMark, Vote

from ..factories import DebatePageFactory
from ..helpers import figure

pytestmark = pytest.mark.django_db


def tallies(debate):
    return {r.label: r.votes for r in services.results(debate).options}


def test_a_new_debate_gets_the_usual_options(debate):
    assert [o.label for o in debate.options.all()] == ["Pour", "Contre", "Abstention"]


def test_an_editor_may_set_other_options(campaign):
    from participation.debates.models import VoteOption

    debate = DebatePageFactory.build(title="Choix", question="Quel nom pour le parc ?")
    debate.options = [VoteOption(label="Parc des Anciennes-Mairies"), VoteOption(label="Parc Sud")]
    campaign.add_child(instance=debate)
    assert [o.label for o in debate.options.all()] == ["Parc des Anciennes-Mairies", "Parc Sud"]


def test_vote_moves_the_tally_and_the_counters(debate, options, residents, open_today):
    vote, outcome = services.cast_vote(debate, residents[0], options["Contre"])
    assert outcome == services.VOTE_CREATED
    services.cast_vote(debate, residents[1], options["Pour"])
    assert tallies(debate) == {"Pour": 1, "Contre": 1, "Abstention": 0}
    assert services.counters(debate).votes == 2
    assert figure(debate, "votes") == 2
    assert figure(debate, "participants") == 2


def test_changing_a_vote_moves_one_count_down_and_another_up(
    debate, options, residents, open_today
):
    services.cast_vote(debate, residents[0], options["Contre"])
    vote, outcome = services.cast_vote(debate, residents[0], options["Pour"])
    assert outcome == services.VOTE_CHANGED
    assert tallies(debate) == {"Pour": 1, "Contre": 0, "Abstention": 0}
    assert Vote.objects.filter(debate=debate).count() == 1
    assert services.counters(debate).votes == 1
    assert (figure(debate, "votes"), figure(debate, "participants")) == (1, 1)


def test_voting_twice_for_the_same_option_counts_once(debate, options, residents, open_today):
    services.cast_vote(debate, residents[0], options["Pour"])
    _vote, outcome = services.cast_vote(debate, residents[0], options["Pour"])
    assert outcome == services.VOTE_UNCHANGED
    assert tallies(debate)["Pour"] == 1


def test_an_option_of_another_debate_is_refused(campaign, debate, residents, open_today):
    other = DebatePageFactory(parent=campaign, title="Autre débat")
    with pytest.raises(ValidationError):
        services.cast_vote(debate, residents[0], other.options.first())
    assert not Vote.objects.exists()


@pytest.mark.parametrize("day", ["2025-02-01 12:00:00+01:00", "2025-07-10 12:00:00+02:00"])
def test_a_debate_that_is_not_open_refuses_votes_and_arguments(debate, options, residents, day):
    with freeze_time(day):
        with pytest.raises(services.DebateNotOpen):
            services.cast_vote(debate, residents[0], options["Pour"])
        with pytest.raises(services.DebateNotOpen):
            services.create_argument(debate, residents[0], "for", "Titre", "Texte")
    assert not Vote.objects.exists() and not Argument.objects.exists()


def test_percentages(debate, options, residents, open_today):
    for resident, label in zip(residents, ["Pour", "Pour", "Contre"], strict=True):
        services.cast_vote(debate, resident, options[label])
    shares = {r.label: r.percent for r in services.results(debate).options}
    assert shares == {"Pour": 67, "Contre": 33, "Abstention": 0}
    assert services.results(debate).total == 3


def test_an_argument_counts_on_its_side_once_per_submission(debate, residents, open_today):
    key = "0b0f1c84-6a51-4d44-9a0f-6f0d2b9c0a11"
    first, created = services.create_argument(
        debate, residents[0], "against", "Trop cher", "Le budget manque.", submission_key=key
    )
    again, created_again = services.create_argument(
        debate, residents[0], "against", "Trop cher", "Le budget manque.", submission_key=key
    )
    assert created and not created_again and first == again
    counters = services.counters(debate)
    assert (counters.arguments_for, counters.arguments_against) == (0, 1)
    assert figure(debate, "arguments") == 1
    assert figure(debate, "contributions") == 0


def test_an_argument_needs_a_side(debate, residents, open_today):
    with pytest.raises(ValidationError):
        services.create_argument(debate, residents[0], "maybe", "Titre", "Texte")


def test_useful_once_each_and_never_on_ones_own(debate, residents, open_today):
    argument, _ = services.create_argument(debate, residents[0], "for", "Ombre", "Des arbres.")
    assert services.mark_useful(argument, residents[1]) is True
    assert services.mark_useful(argument, residents[1]) is False
    with pytest.raises(PermissionDenied):
        services.mark_useful(argument, residents[0])
    argument.refresh_from_db()
    assert argument.useful_count == 1
    assert services.marked_useful_by(residents[1], [argument]) == {argument.pk}
    assert services.unmark_useful(argument, residents[1]) is True
    argument.refresh_from_db()
    assert argument.useful_count == 0
    assert not UsefulMark.objects.exists()


def test_replies_are_counted_and_a_hidden_argument_refuses_them(debate, residents, open_today):
    argument, _ = services.create_argument(debate, residents[0], "for", "Ombre", "Des arbres.")
    services.add_reply(argument, residents[1], "D'accord, surtout près des jeux.")
    argument.refresh_from_db()
    assert argument.replies_count == 1
    argument.status = "hidden"
    argument.save()
    with pytest.raises(PermissionDenied):
        services.add_reply(argument, residents[2], "Et moi ?")
    with pytest.raises(PermissionDenied):
        services.mark_useful(argument, residents[2])


def test_timeline_steps_follow_the_debate_dates(campaign, debate):
    steps = campaigns.timeline_steps(campaign)
    assert [(s["kind"], str(s["start_date"]), str(s["end_date"])) for s in steps] == [
        ("debate", "2025-03-01", "2025-06-30")
    ]
    assert steps[0]["link_url"] == debate.url
    debate.unpublish()
    assert campaigns.timeline_steps(campaign) == []


def test_personal_data_holds_votes_and_arguments(debate, options, residents, open_today):
    services.cast_vote(debate, residents[0], options["Abstention"])
    services.create_argument(debate, residents[0], "against", "Bruit", "Trop de monde le soir.")
    data = services.personal_data_of(residents[0])
    assert data["votes"][0]["option"] == "Abstention"
    assert data["arguments"][0]["title"] == "Bruit"


def test_recount_sets_every_counter_from_the_rows(debate, options, residents):
    from participation.debates.models import Reply

    Vote.objects.create(debate=debate, user=residents[0], option=options["Pour"])
    Vote.objects.create(debate=debate, user=residents[1], option=options["Pour"])
    argument = Argument.objects.create(
        debate=debate, author=residents[0], stance="against", title="Bruit", body="Le soir."
    )
    Argument.objects.create(
        debate=debate, author=residents[1], stance="for", title="Caché", body="…", status="hidden"
    )
    UsefulMark.objects.create(argument=argument, user=residents[2])
    Reply.objects.create(argument=argument, author=residents[2], body="Oui.")
    services.recount(debate)
    assert tallies(debate) == {"Pour": 2, "Contre": 0, "Abstention": 0}
    counters = services.counters(debate)
    assert (counters.votes, counters.arguments_for, counters.arguments_against) == (2, 0, 1)
    argument.refresh_from_db()
    assert (argument.useful_count, argument.replies_count) == (1, 1)


def test_timeline_dates_are_the_city_s_days(campaign):
    """A debate opening at midnight in Paris opens that day, not the day before (UTC)."""
    import datetime

    from django.utils import timezone

    opens = timezone.make_aware(datetime.datetime(2025, 3, 7, 0, 0))
    DebatePageFactory(parent=campaign, title="Minuit", opens_at=opens, closes_at=None)
    [step] = campaigns.timeline_steps(campaign)
    assert str(step["start_date"]) == "2025-03-07"


def test_an_argument_awaiting_moderation_is_said_to_await_it_not_to_be_hidden(
    debate, residents, open_today
):
    argument, _ = services.create_argument(debate, residents[0], "for", "Calme", "Oui.")
    argument.status = "pending"
    argument.save()
    with translation.override("fr"), pytest.raises(PermissionDenied) as refused:
        services.add_reply(argument, residents[1], "Et moi ?")
    assert "en attente de modération" in str(refused.value)
