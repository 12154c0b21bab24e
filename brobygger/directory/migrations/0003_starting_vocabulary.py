from django.db import migrations


def create(apps, schema_editor):
    from brobygger.directory.vocabulary import TAXONOMIES

    Taxonomy = apps.get_model("directory", "Taxonomy")
    Term = apps.get_model("directory", "Term")
    import uuid

    for index, (slug, name, name_en, terms) in enumerate(TAXONOMIES):
        taxonomy, _ = Taxonomy.objects.get_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "hsds_id": uuid.uuid4()}
        )
        for position, (code, term_name, term_en) in enumerate(terms):
            Term.objects.get_or_create(
                code=f"{slug}:{code}",
                defaults={"taxonomy": taxonomy, "name": term_name, "name_en": term_en,
                          "position": index * 100 + position, "hsds_id": uuid.uuid4()},
            )


def remove(apps, schema_editor):
    from brobygger.directory.vocabulary import TAXONOMIES

    slugs = [slug for slug, *_ in TAXONOMIES]
    apps.get_model("directory", "Term").objects.filter(taxonomy__slug__in=slugs).delete()
    apps.get_model("directory", "Taxonomy").objects.filter(slug__in=slugs).delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_search_vector_postgresql")]
    operations = [migrations.RunPython(create, remove)]
