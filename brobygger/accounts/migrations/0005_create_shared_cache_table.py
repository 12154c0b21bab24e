"""The database cache table (the lockout and rate limits when Redis is not configured).

``createcachetable`` creates the table of every DatabaseCache in settings.CACHES and skips
those that exist; nothing to do when the cache is Redis.
"""

from django.conf import settings
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def drop_cache_table(apps, schema_editor):
    quote = schema_editor.connection.ops.quote_name
    for cache in settings.CACHES.values():
        if cache["BACKEND"].endswith("db.DatabaseCache"):
            schema_editor.execute(f"DROP TABLE IF EXISTS {quote(cache['LOCATION'])}")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_user_calendar_token")]

    operations = [migrations.RunPython(create_cache_table, drop_cache_table, elidable=False)]
