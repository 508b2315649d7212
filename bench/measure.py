"""Measures the public pages of the generated space, server side, with Django's test client.

    DJANGO_SETTINGS_MODULE=agora.settings.dev DATABASE_URL=postgres://... \\
        .venv/bin/python bench/measure.py --runs 50 [--explain]

Each page is fetched twice to warm up, then `--runs` times; the time of each request is taken
around the client call, in process (no network, no web server). Prints a Markdown table:
median and 95th percentile in ms, SQL queries per request and their total time on one more
request. `--signed-in` fetches the pages as a resident rather than a visitor. `--explain`
prints PostgreSQL's plan of each query of the lists that reads the contributions table.
`--debate` measures the pages of the generated debate instead (generate.py --debate): the
debate under each sort and deep in its two columns, two arguments and the campaign page; signed
in, as a resident who voted. DEBUG is turned off, as in production.
"""

# ruff: noqa: E402 (the models are imported once Django is set up)

import argparse
import statistics
import sys
import time

from django_setup import setup

setup()

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from participation.contributions.models import ConsultationPage, Contribution
from participation.debates.models import Argument, DebatePage


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--campaign", default="banc-essai")
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--signed-in", action="store_true", help="as a resident, not a visitor")
    parser.add_argument("--debate", action="store_true", help="the debate's pages")
    args = parser.parse_args()
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver"]
    if args.debate:
        debate = DebatePage.objects.get(url_path__contains=f"/{args.campaign}/")
        listed, table = debate_pages(debate), "debates_argument"
        resident = debate.votes.order_by("pk").first().user
        what = f"{debate.arguments.count()} arguments, {debate.votes.count()} votes"
    else:
        space = ConsultationPage.objects.get(url_path__contains=f"/{args.campaign}/")
        listed, table = pages(space), "contributions_contribution"
        resident = get_user_model().objects.filter(is_staff=False).order_by("pk").first()
        what = f"{space.contributions.count()} contributions"
    client = Client()
    who = "visitor"
    if args.signed_in:
        client.force_login(resident)
        who = "signed-in resident"
    print(f"{what}, {connection.vendor}, {args.runs} runs, as a {who}")
    print("\n| page | median ms | p95 ms | queries | SQL ms |\n| --- | --- | --- | --- | --- |")
    for label, url in listed:
        print(measure(client, label, url, args.runs), flush=True)
    if args.explain:
        for label, url in listed[:5]:
            explain(client, label, url, table)


def pages(space):
    """The list under each sort, deep in the pagination, filtered; and three contributions."""
    base = space.url
    published = Contribution.objects.for_space(space).published()
    last = (published.count() + space.per_page - 1) // space.per_page
    category = space.categories.first()
    by_comments = published.order_by("-comments_count")
    typical = published.filter(comments_count=3).order_by("pk").first()
    return [
        ("list, récentes", base),
        ("list, plus soutenues", f"{base}?tri=soutenues"),
        ("list, plus commentées", f"{base}?tri=commentees"),
        ("list, récentes, page 50", f"{base}?page=50"),
        ("list, collectives, 1 catégorie", f"{base}?type=collective&categorie={category.pk}"),
        (f"list, récentes, last page ({last})", f"{base}?page={last}"),
        ("contribution with 3 comments", contribution_url(space, typical)),
        ("most commented contribution", contribution_url(space, by_comments[0])),
    ]


def debate_pages(debate):
    """The debate under each sort, deep in both columns; two arguments; the campaign page."""
    base = debate.url
    published = Argument.objects.filter(debate=debate).published()
    per_page = debate.arguments_per_page
    last_for = (published.filter(stance="for").count() + per_page - 1) // per_page
    last_against = (published.filter(stance="against").count() + per_page - 1) // per_page
    typical = published.filter(replies_count=3).order_by("pk").first()
    most_replied = published.order_by("-replies_count", "pk").first()
    return [
        ("debate, plus utiles", base),
        ("debate, plus récents", f"{base}?tri=recents"),
        ("debate, page 50 of both columns", f"{base}?pour=50&contre=50"),
        (
            f"debate, last pages ({last_for} and {last_against})",
            f"{base}?pour={last_for}&contre={last_against}",
        ),
        ("argument with 3 replies", argument_url(debate, typical)),
        (
            f"most answered argument ({most_replied.replies_count} replies)",
            argument_url(debate, most_replied),
        ),
        ("campaign page (debate block)", debate.get_parent().url),
    ]


def argument_url(debate, argument):
    return debate.url + debate.reverse_subpage("argument", args=[argument.pk])


def contribution_url(space, contribution):
    return space.url + space.reverse_subpage("contribution", args=[contribution.pk])


def get(client, url):
    response = client.get(url)
    if response.status_code != 200:
        sys.exit(f"{url} answered {response.status_code}")
    return response


def measure(client, label, url, runs):
    get(client, url)
    get(client, url)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        get(client, url)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    sql_ms = sum(float(query["time"]) for query in queries) * 1000
    p95 = statistics.quantiles(times, n=20)[18]
    median = statistics.median(times)
    return f"| {label} | {median:.1f} | {p95:.1f} | {len(queries)} | {sql_ms:.1f} |"


def explain(client, label, url, table):
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    print(f"\n## {label}: {url}")
    for query in queries:
        if table not in query["sql"]:
            continue
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query['sql']}")  # noqa: S608
            plan = "\n".join(f"    {row[0]}" for row in cursor.fetchall())
        print(f"\n  {query['sql'][:160]}...\n{plan}")


if __name__ == "__main__":
    main()
