"""SiteSettings moved to the site_settings app: drop it from home's state, keep its table and rows.

site_settings 0001 takes the model over and renames the table; nothing happens here in the database.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SiteSettings")],
            database_operations=[],
        )
    ]
