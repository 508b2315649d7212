"""What the two staff groups may do with a debate's arguments.

Both read them, in the admin list and its exports, and read the votes per option. Modération
also gets "change" for the moderation to come. Nobody adds one in a resident's name or deletes
one: moderators hide it (see participation.common.models.Moderatable).
"""

from django.db import migrations

GROUP_ACTIONS = {
    "Rédaction": ["view"],
    "Modération": ["change", "view"],
}


def permission(apps, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="debates", model="argument")
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": "Can " + codename.replace("_", " ")},
    )
    return perm


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name, actions in GROUP_ACTIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(permission(apps, f"{action}_argument") for action in actions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name, actions in GROUP_ACTIONS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(
                *(permission(apps, f"{action}_argument") for action in actions)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_staff_groups"),
        ("debates", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
