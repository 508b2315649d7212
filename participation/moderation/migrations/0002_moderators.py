"""Only the Modération group moderates; superusers may too, as they may do everything."""

from django.db import migrations


def permission(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="moderation", model="report")
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="moderate",
        defaults={"name": "Can moderate what residents publish"},
    )
    return perm


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    group, _ = Group.objects.get_or_create(name="Modération")
    group.permissions.add(permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name="Modération"):
        group.permissions.remove(permission(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_staff_groups"),
        ("moderation", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
