"""The newsletter's background work (django-tasks): immediate in development and tests, a
database queue in production. The task takes an id and resumes whatever is still pending."""

from django_tasks import task

from . import sending


@task()
def deliver(send_id):
    return sending.deliver(send_id)
