"""The two staff groups of a city and what they may do.

Rédaction builds and publishes campaign pages, documents and images; Modération reviews what
residents publish (its own permissions come with the moderation app). Both reach the admin.
"""

from django.db import migrations

EDITOR_MODEL_PERMISSIONS = {
    ("campaign_pages", "sector"): ["add", "change", "delete", "view"],
    ("campaign_pages", "organizer"): ["add", "change", "delete", "view"],
}
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename}
    )
    return perm


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")
    editors, _ = Group.objects.get_or_create(name="Rédaction")
    moderators, _ = Group.objects.get_or_create(name="Modération")
    editors.permissions.add(access_admin)
    moderators.permissions.add(access_admin)

    for (app_label, model), actions in EDITOR_MODEL_PERMISSIONS.items():
        for action in actions:
            editors.permissions.add(permission(apps, app_label, model, f"{action}_{model}"))

    root_page = Page.objects.get(depth=1)
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=root_page,
            permission=permission(apps, "wagtailcore", "page", codename),
        )

    root_collection = Collection.objects.get(depth=1)
    for app_label, codenames in EDITOR_COLLECTION_PERMISSIONS.items():
        model = "document" if app_label == "wagtaildocs" else "image"
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=editors,
                collection=root_collection,
                permission=permission(apps, app_label, model, codename),
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=["Rédaction", "Modération"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("campaign_pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
