"""SiteSettings, moved here from the home app with its rows.

The table of an existing database (home_sitesettings) is taken over in the state first, then
renamed in the database with AlterModelTable, which SQLite and PostgreSQL both do in place. The
content type moves too, so that groups keep their permission to edit the settings.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor, source="home", target="site_settings"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if ContentType.objects.filter(app_label=target, model="sitesettings").exists():
        return
    ContentType.objects.filter(app_label=source, model="sitesettings").update(app_label=target)


def restore_content_type(apps, schema_editor):
    move_content_type(apps, schema_editor, source="site_settings", target="home")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0003_move_sitesettings_to_site_settings"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SiteSettings",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "city_name",
                            models.CharField(
                                default="Ma ville", max_length=100, verbose_name="city name"
                            ),
                        ),
                        (
                            "tagline",
                            models.CharField(blank=True, max_length=150, verbose_name="tagline"),
                        ),
                        (
                            "contact_email",
                            models.EmailField(
                                blank=True, max_length=254, verbose_name="contact email"
                            ),
                        ),
                        ("contact_address", models.TextField(blank=True, verbose_name="address")),
                        (
                            "map_latitude",
                            models.DecimalField(
                                decimal_places=5,
                                default=48.892,
                                max_digits=8,
                                verbose_name="latitude of the map centre",
                            ),
                        ),
                        (
                            "map_longitude",
                            models.DecimalField(
                                decimal_places=5,
                                default=2.207,
                                max_digits=8,
                                verbose_name="longitude of the map centre",
                            ),
                        ),
                        (
                            "map_zoom",
                            models.PositiveSmallIntegerField(default=14, verbose_name="map zoom"),
                        ),
                        (
                            "tile_url",
                            models.CharField(
                                blank=True,
                                help_text="Pattern of the tiles' address, for example https://tuiles.example.org/{z}/{x}/{y}.png",
                                max_length=300,
                                verbose_name="tile server",
                            ),
                        ),
                        (
                            "tile_attribution",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="tile attribution"
                            ),
                        ),
                        (
                            "accessibility_page",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="accessibility statement",
                            ),
                        ),
                        (
                            "charter_page",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="participation charter",
                            ),
                        ),
                        (
                            "legal_page",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="legal notice",
                            ),
                        ),
                        (
                            "logo",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailimages.image",
                                verbose_name="logo",
                            ),
                        ),
                        (
                            "site",
                            models.OneToOneField(
                                editable=False,
                                on_delete=django.db.models.deletion.CASCADE,
                                to="wagtailcore.site",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "site settings",
                        "db_table": "home_sitesettings",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="sitesettings", table=None),
        migrations.RunPython(move_content_type, restore_content_type),
    ]
