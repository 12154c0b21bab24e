"""Weigh the title's stems, compound parts and concept tags as highly as the title itself
("Sangkoret" then ranks first for "synge"). PostgreSQL only, like 0002."""

from django.db import migrations

NEW = """
DROP INDEX IF EXISTS directory_offer_search_vector_idx;
ALTER TABLE directory_offer DROP COLUMN IF EXISTS search_vector;
ALTER TABLE directory_offer ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', coalesce(title, '') || ' ' || coalesce(title_document, '')),
              'A') ||
    setweight(to_tsvector('danish', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('danish', coalesce(search_document, '')), 'C')
) STORED;
CREATE INDEX directory_offer_search_vector_idx ON directory_offer USING gin (search_vector);
"""
OLD = """
DROP INDEX IF EXISTS directory_offer_search_vector_idx;
ALTER TABLE directory_offer DROP COLUMN IF EXISTS search_vector;
ALTER TABLE directory_offer ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('danish', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('danish', coalesce(search_document, '')), 'C')
) STORED;
CREATE INDEX directory_offer_search_vector_idx ON directory_offer USING gin (search_vector);
"""


def fill_title_documents(apps, schema_editor):
    from brobygger.directory.search import build_document

    Offer = apps.get_model("directory", "Offer")
    for offer in Offer.objects.only("pk", "title").iterator():
        Offer.objects.filter(pk=offer.pk).update(title_document=build_document(offer.title))


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(NEW)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(OLD)


class Migration(migrations.Migration):
    dependencies = [("directory", "0006_offer_title_document")]
    operations = [
        migrations.RunPython(fill_title_documents, migrations.RunPython.noop),
        migrations.RunPython(forward, backward),
    ]
