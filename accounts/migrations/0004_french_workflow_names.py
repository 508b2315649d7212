"""Wagtail's migrations create a workflow and a task named after its default "Moderators" group:
"Moderators approval", which the admin shows as « Soumettre à Moderators approval ». Give them
a French name; the workflow keeps its pages and its task its groups."""

from django.db import migrations

WAGTAIL_NAME = "Moderators approval"
FRENCH_NAME = "Validation par la modération"


def rename(apps, old, new):
    apps.get_model("wagtailcore.Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore.Task").objects.filter(name=old).update(name=new)


def to_french(apps, schema_editor):
    rename(apps, WAGTAIL_NAME, FRENCH_NAME)


def to_wagtail(apps, schema_editor):
    rename(apps, FRENCH_NAME, WAGTAIL_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_account_consents"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_french, to_wagtail)]
