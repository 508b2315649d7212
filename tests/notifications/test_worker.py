"""In production, emails go through the database queue and its worker (django-tasks-db): an
official answer is emailed to the follower in the worker's run, and to no one twice."""

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from notifications import tasks
from notifications.models import Notification
from participation.common import services as common
from participation.contributions import services as contributions

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queued(settings, monkeypatch):
    settings.TASKS = DATABASE_QUEUE
    # The worker closes connections it finds outside autocommit, as the test's transaction
    # is: on PostgreSQL that would close the test's own connection under it.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def test_an_answer_waits_in_the_queue_and_the_worker_emails_it_once(
    queued, space, residents, superuser, open_today, django_capture_on_commit_callbacks
):
    author, follower, _ = residents
    with django_capture_on_commit_callbacks(execute=True):
        proposal, _ = contributions.create_contribution(
            space, author, title="Un composteur", body="Dans la cour de l'école."
        )
    common.follow(follower, proposal)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        contributions.answer(proposal, superuser, "accepted", "Il sera installé en mars.")

    assert mail.outbox == []
    emails = DBTaskResult.objects.filter(task_path="notifications.tasks.send_notification")
    assert list(emails.values_list("status", flat=True)) == ["READY", "READY"]

    run_worker()

    assert sorted(m.to[0] for m in mail.outbox) == sorted([author.email, follower.email])
    assert superuser.email not in {m.to[0] for m in mail.outbox}
    assert set(emails.values_list("status", flat=True)) == {"SUCCESSFUL"}

    # A task run again (a retry, a second worker) finds the email already sent.
    run_worker()
    for notification in Notification.objects.filter(event="contributions.answered"):
        tasks.send_notification.call(notification.pk)
    assert len(mail.outbox) == 2
