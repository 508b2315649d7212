"""Fills a database with one very large contribution space, to measure the public pages on it.

    DJANGO_SETTINGS_MODULE=agora.settings.dev DATABASE_URL=postgres://... \\
        .venv/bin/python bench/generate.py --contributions 100000 --comments 300000
        .venv/bin/python bench/generate.py --debate [--arguments 20000 --votes 200000 ...]

Creates a campaign ("Banc d'essai", slug banc-essai) and its space (slug propositions), then
bulk-inserts residents, contributions (individual and collective, a few entered by staff, a
few hidden, some answered) and comments with one level of replies. Counters are set directly
(comments match the rows; supports and follows are counts without rows), as are the space's
and campaign's counters. Run it once on a freshly migrated database.

`--debate` also creates one debate below the campaign (slug debat), shown on the campaign
page by a debate block, with its votes (one per resident: there are at least as many residents
as votes), arguments, useful marks and replies, all as rows, and every counter set to match
them. On a database where the campaign exists already without a debate, `--debate` adds the
debate alone.
"""

# ruff: noqa: E402 (the models are imported once Django is set up)

import argparse
import collections
import datetime
import random
import sys
import time

from django_setup import setup
from texts import (
    CATEGORIES,
    GROUPS,
    PLACES,
    argument_title,
    comment_text,
    contribution_text,
    title,
)

setup()

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone, translation
from wagtail.models import Site

from campaign_pages.models import CampaignIndexPage, CampaignPage
from participation.common import figures
from participation.contributions.models import (
    Comment,
    ConsultationCategory,
    ConsultationPage,
    Contribution,
)
from participation.debates.models import (
    Argument,
    DebateCounters,
    DebatePage,
    OptionTally,
    Reply,
    UsefulMark,
    Vote,
)

CAMPAIGN_SLUG = "banc-essai"
BATCH = 5000
DAYS_OPEN = 120


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contributions", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=300_000)
    parser.add_argument(
        "--residents", type=int, help="default: one per 5 contributions, or one per vote"
    )
    parser.add_argument("--seed", type=int, default=2019)
    debate = parser.add_argument_group("debate")
    debate.add_argument("--debate", action="store_true", help="also create one large debate")
    debate.add_argument("--arguments", type=int, default=20_000)
    debate.add_argument("--votes", type=int, default=200_000)
    debate.add_argument("--marks", type=int, default=400_000, help="useful marks")
    debate.add_argument("--replies", type=int, default=60_000)
    args = parser.parse_args()
    random.seed(args.seed)
    started = time.monotonic()
    residents = args.residents or max(args.contributions // 5, 50)
    if args.debate:
        residents = max(residents, args.votes)
    campaign = CampaignPage.objects.filter(slug=CAMPAIGN_SLUG).first()
    if campaign is None:
        campaign, space = create_pages()
        people = create_residents(residents)
        step("residents", started, len(people["residents"]))
        create_contributions(space, people, args.contributions, args.comments, started)
    elif not args.debate or DebatePage.objects.child_of(campaign).exists():
        sys.exit(f"The campaign « {CAMPAIGN_SLUG} » exists already: use a fresh database.")
    else:
        people = create_residents(residents)
        step("residents", started, len(people["residents"]))
    if args.debate:
        create_debate(campaign, people["residents"], args, started)
    figures.recount(campaign)
    step("figures", started, campaign.pk)
    if connection.vendor == "postgresql":
        # What autovacuum does after a while: statistics, and a visibility map that lets
        # COUNT(*) for the pagination read the (space, status, ...) index alone.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    step("done", started, campaign.url)


def step(what, started, detail):
    print(f"{time.monotonic() - started:7.1f} s  {what}: {detail}", flush=True)


def create_pages():
    """A campaign open for 120 days (90 behind, 30 ahead) and its contribution space."""
    home = Site.objects.get(is_default_site=True).root_page
    index = CampaignIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=CampaignIndexPage(title="Campagnes", slug="campagnes"))
    today = timezone.localdate()
    campaign = index.add_child(
        instance=CampaignPage(
            title="Banc d'essai : un très grand parc",
            slug=CAMPAIGN_SLUG,
            intro="Une concertation fictive, remplie pour mesurer les pages.",
            objective="Mesurer la liste des contributions et la page d'une contribution.",
            start_date=today - datetime.timedelta(days=90),
            end_date=today + datetime.timedelta(days=DAYS_OPEN - 90),
        )
    )
    opens_at = timezone.now() - datetime.timedelta(days=90)
    space = ConsultationPage(
        title="Vos propositions",
        slug="propositions",
        question="Comment voulez-vous repenser le parc ?",
        opens_at=opens_at,
        closes_at=opens_at + datetime.timedelta(days=DAYS_OPEN),
    )
    space.categories = [
        ConsultationCategory(name=name, sort_order=i) for i, name in enumerate(CATEGORIES)
    ]
    campaign.add_child(instance=space)
    return campaign, space


def create_residents(count):
    """`count` residents who cannot sign in (no password), reused if they exist already."""
    User = get_user_model()
    no_password = make_password(None)
    users = [
        User(email=f"banc{n}@bench.test", display_name=f"Habitant {n:06d}", password=no_password)
        for n in range(count)
    ]
    for start in range(0, count, BATCH):
        User.objects.bulk_create(users[start : start + BATCH], ignore_conflicts=True)
    staff, _ = User.objects.get_or_create(
        email="equipe@bench.test", defaults={"display_name": "Équipe Agora", "is_staff": True}
    )
    ids = list(User.objects.filter(email__endswith="@bench.test").values_list("pk", flat=True))
    return {"residents": ids, "staff": staff.pk}


def comment_counts(contributions, comments):
    """How many comments each contribution gets: most get a few, some get hundreds."""
    if not contributions or not comments:
        return [0] * contributions
    weights = [random.lognormvariate(0, 1.3) for _ in range(contributions)]
    drawn = collections.Counter(random.choices(range(contributions), weights, k=comments))
    return [drawn[i] for i in range(contributions)]


def create_contributions(space, people, total, comments, started):
    counts = comment_counts(total, comments)
    categories = list(ConsultationCategory.objects.filter(page=space).values_list("pk", flat=True))
    start, now = space.opens_at, timezone.now()
    moments = sorted(start + (now - start) * random.random() for _ in range(total))
    participants = 0
    for first in range(0, total, BATCH):
        rows = [
            contribution(space, people, categories, moments[i], counts[i])
            for i in range(first, min(first + BATCH, total))
        ]
        with transaction.atomic():
            Contribution.objects.bulk_create(rows, batch_size=1000)
            create_comments(rows, people["residents"], now)
        participants += sum(row.participants for row in rows)
        step(
            "contributions",
            started,
            f"{first + len(rows)} (comments: {sum(counts[: first + len(rows)])})",
        )
    return total, participants


def contribution(space, people, categories, created_at, comments):
    row = Contribution(
        space=space,
        author_id=random.choice(people["residents"]),
        title=title(),
        body=contribution_text(),
        category_id=random.choice(categories),
        created_at=created_at,
        comments_count=comments,
        supports_count=int(random.lognormvariate(1.2, 1.2)),
        followers_count=int(random.lognormvariate(0.2, 1.0)),
        provenance=random.choices(
            ["online", "paper", "workshop", "phone", "email"], [88, 5, 4, 2, 1]
        )[0],
    )
    if random.random() < 0.4:
        collective(row, created_at)
    if random.random() < 0.01:
        row.status = "hidden"
        row.hidden_reason = "Propos contraires à la charte."
        row.hidden_at = created_at + datetime.timedelta(hours=6)
    if random.random() < 0.05:
        row.answer_status = random.choice(["under_study", "accepted", "rejected", "done"])
        row.answer_text = "Merci pour cette proposition, étudiée par les services de la ville."
        row.answered_at = created_at + datetime.timedelta(days=3)
        row.answered_by_id = people["staff"]
    return row


def collective(row, created_at):
    row.kind = "collective"
    row.group_name = random.choice(GROUPS)
    row.meeting_place = random.choice(PLACES)
    row.meeting_date = (created_at - datetime.timedelta(days=random.randint(1, 20))).date()
    row.participants = random.randint(3, 40)


def create_comments(contributions, residents, now):
    """Three comments in four open a thread, the fourth replies to one of them."""
    threads, replies = [], []
    for row in contributions:
        opening = (row.comments_count * 3 + 3) // 4
        threads += [comment(row, residents, now) for _ in range(opening)]
    Comment.objects.bulk_create(threads, batch_size=2000)
    by_contribution = collections.defaultdict(list)
    for thread in threads:
        by_contribution[thread.contribution_id].append(thread)
    for row in contributions:
        opened = by_contribution[row.pk]
        for _ in range(row.comments_count - len(opened)):
            parent = random.choice(opened)
            replies.append(comment(row, residents, now, parent))
    Comment.objects.bulk_create(replies, batch_size=2000)


def comment(row, residents, now, parent=None):
    after = parent.created_at if parent else row.created_at
    return Comment(
        contribution_id=row.pk,
        parent=parent,
        author_id=random.choice(residents),
        body=comment_text(),
        created_at=after + (now - after) * random.random() ** 3,
    )


# The debate


def create_debate(campaign, residents, args, started):
    """A debate open for 120 days like the space, its rows, its counters, and a campaign block."""
    opens_at = timezone.now() - datetime.timedelta(days=90)
    debate = DebatePage(
        title="L'allée centrale sans voitures le week-end ?",
        slug="debat",
        question="Faut-il fermer l'allée centrale du parc aux voitures le week-end ?",
        context="<p>Un débat fictif, rempli pour mesurer ses pages.</p>",
        results_visibility="after_vote",
        opens_at=opens_at,
        closes_at=opens_at + datetime.timedelta(days=DAYS_OPEN),
    )
    with translation.override(settings.LANGUAGE_CODE):
        campaign.add_child(instance=debate)  # with the usual options: Pour, Contre, Abstention
    options = list(debate.options.all())
    votes = create_votes(debate, options, residents, args.votes)
    step("votes", started, sum(votes.values()))
    published = create_arguments(debate, residents, args, started)
    for option in options:
        OptionTally.objects.update_or_create(option=option, defaults={"votes": votes[option.pk]})
    DebateCounters.objects.update_or_create(
        debate=debate,
        defaults={
            "votes": args.votes,
            "arguments_for": published["for"],
            "arguments_against": published["against"],
        },
    )
    block = {"type": "space", "value": {"heading": "Le débat", "space": debate.pk}}
    campaign.body = [*campaign.body.raw_data, block]
    campaign.save_revision().publish()
    step("debate", started, debate.url)


def create_votes(debate, options, residents, total):
    """One vote per resident, for half of them "Pour"; returns the votes of each option."""
    if total > len(residents):
        sys.exit(f"{total} votes need as many residents (there are {len(residents)}).")
    voters = random.sample(residents, total)
    chosen = random.choices(options, [50, 35, 15][: len(options)], k=total)
    rows = [
        Vote(debate=debate, user_id=user, option=option)
        for user, option in zip(voters, chosen, strict=True)
    ]
    for first in range(0, total, BATCH):
        Vote.objects.bulk_create(rows[first : first + BATCH])
    counts = collections.Counter(option.pk for option in chosen)
    return {option.pk: counts[option.pk] for option in options}


def create_arguments(debate, residents, args, started):
    """Arguments (55% for, 1% hidden) over the days the debate has been open; their useful
    marks and replies spread unevenly, as comments are. Returns the published ones by side."""
    total = args.arguments
    marks = comment_counts(total, args.marks)
    replies = comment_counts(total, args.replies)
    start, now = debate.opens_at, timezone.now()
    moments = sorted(start + (now - start) * random.random() for _ in range(total))
    published = collections.Counter()
    for first in range(0, total, BATCH):
        rows = []
        for i in range(first, min(first + BATCH, total)):
            stance = "for" if random.random() < 0.55 else "against"
            row = Argument(
                debate=debate,
                author_id=random.choice(residents),
                stance=stance,
                title=argument_title(stance),
                body=contribution_text(),
                created_at=moments[i],
                useful_count=marks[i],
                replies_count=replies[i],
            )
            if random.random() < 0.01:
                row.status = "hidden"
                row.hidden_reason = "Propos contraires à la charte."
                row.hidden_at = moments[i] + datetime.timedelta(hours=6)
            else:
                published[stance] += 1
            rows.append(row)
        with transaction.atomic():
            Argument.objects.bulk_create(rows, batch_size=1000)
            create_marks_and_replies(rows, residents, now)
        done = first + len(rows)
        step("arguments", started, f"{done} (marks: {sum(marks[:done])})")
    return published


def create_marks_and_replies(arguments, residents, now):
    marks, replies = [], []
    for row in arguments:
        # Never the author: one more drawn, in case the author is among them.
        users = random.sample(residents, row.useful_count + 1)
        users = [user for user in users if user != row.author_id][: row.useful_count]
        marks += [UsefulMark(argument_id=row.pk, user_id=user) for user in users]
        replies += [
            Reply(
                argument_id=row.pk,
                author_id=random.choice(residents),
                body=comment_text(),
                created_at=row.created_at + (now - row.created_at) * random.random() ** 3,
            )
            for _ in range(row.replies_count)
        ]
    UsefulMark.objects.bulk_create(marks, batch_size=5000)
    Reply.objects.bulk_create(replies, batch_size=2000)


if __name__ == "__main__":
    main()
