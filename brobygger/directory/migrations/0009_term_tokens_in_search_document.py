"""Each offer's search document also names the taxonomy terms it carries (a token per term, see
``search.term_token``), so search can rank offers made for a need before those that only
mention it. Rebuilds every document; going back rebuilds them without the tokens."""

from django.db import migrations


def _rebuild(apps, with_terms):
    from brobygger.directory.search import build_document

    Offer = apps.get_model("directory", "Offer")
    offers = Offer.objects.select_related(
        "organisation", "location", "location__postal_code"
    ).prefetch_related("terms")
    for offer in offers.iterator(chunk_size=500):
        location = offer.location
        texts = [
            offer.title,
            offer.summary,
            offer.description,
            offer.organisation.name,
            offer.host,
            offer.price_note,
        ]
        if location is not None:
            city = location.postal_code.name if location.postal_code is not None else ""
            texts += [location.name, city, location.street]
        terms = list(offer.terms.all())
        texts += [term.name for term in terms]
        codes = [term.code for term in terms] if with_terms else []
        Offer.objects.filter(pk=offer.pk).update(
            search_document=build_document(*texts, terms=codes)
        )


def forward(apps, schema_editor):
    _rebuild(apps, with_terms=True)


def backward(apps, schema_editor):
    _rebuild(apps, with_terms=False)


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_offer_version")]
    operations = [migrations.RunPython(forward, backward)]
