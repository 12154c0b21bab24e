"""PostgreSQL only: a stored Danish tsvector over each offer, with a GIN index.

SQLite (demo, quick tests) searches the same search_document column without it.
"""

from django.db import migrations

FORWARD = """
ALTER TABLE directory_offer ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('danish', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('danish', coalesce(search_document, '')), 'C')
) STORED;
CREATE INDEX directory_offer_search_vector_idx ON directory_offer USING gin (search_vector);
"""
BACKWARD = """
DROP INDEX IF EXISTS directory_offer_search_vector_idx;
ALTER TABLE directory_offer DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
