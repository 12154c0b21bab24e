"""State changes and look-ups of the directory. Views, commands and the importer call these."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.vocabulary import TAXONOMIES

from .models import Location, Offer, Taxonomy, Term
from .search import build_document


def ensure_vocabulary() -> None:
    """Create the starting taxonomy; existing terms (and additions by admins) are kept."""
    for position_t, (slug, name, name_en, terms) in enumerate(TAXONOMIES):
        taxonomy, _created = Taxonomy.objects.get_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en}
        )
        for position, (code, term_name, term_en) in enumerate(terms):
            Term.objects.get_or_create(
                code=f"{slug}:{code}",
                defaults={
                    "taxonomy": taxonomy,
                    "name": term_name,
                    "name_en": term_en,
                    "position": position_t * 100 + position,
                },
            )


def place_location(location: Location) -> None:
    """Use the postal code's centre when no exact position is known."""
    if location.latitude is not None and location.longitude is not None:
        return
    location.position_exact = False
    postal = location.postal_code
    if postal is not None and postal.latitude is not None:
        location.latitude = postal.latitude
        location.longitude = postal.longitude


def refresh_search_document(offer: Offer) -> None:
    """Rebuild the words free-text search matches; call after any change to an offer."""
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
        texts += [location.name, location.city, location.street]
    terms = list(offer.terms.all())
    texts += [term.name for term in terms]
    document = build_document(*texts, terms=[term.code for term in terms])
    title = build_document(offer.title)
    Offer.objects.filter(pk=offer.pk).update(search_document=document, title_document=title)
    offer.search_document, offer.title_document = document, title


def editable_offers(user: User) -> QuerySet[Offer]:
    """Offers this user may edit: all for directory staff, own organisations' otherwise."""
    if not user.is_authenticated:
        return Offer.objects.none()
    if user.edits_whole_directory:
        return Offer.objects.all()
    organisations = user.role_assignments.filter(
        role=Role.ASSOCIATION_CONTACT, organisation__isnull=False
    ).values("organisation_id")
    return Offer.objects.filter(organisation_id__in=organisations)


def get_offer_for_edit(user: User, pk: int) -> Offer:
    try:
        return editable_offers(user).select_related("organisation", "location").get(pk=pk)
    except (Offer.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def stale_cutoff() -> datetime:
    return timezone.now() - timedelta(days=settings.STALE_AFTER_DAYS)


def stale_offers() -> QuerySet[Offer]:
    return Offer.objects.exclude(status="ended").filter(last_confirmed_at__lt=stale_cutoff())


def owners_of(offer: Offer) -> Iterable[User]:
    return User.objects.filter(
        is_active=True,
        role_assignments__role=Role.ASSOCIATION_CONTACT,
        role_assignments__organisation_id=offer.organisation_id,
    ).distinct()


def public_offers() -> QuerySet[Offer]:
    """What anyone may see: everything but ended offers."""
    return Offer.objects.filter(~Q(status="ended"))


OFFER_FIELDS = (
    "title",
    "summary",
    "description",
    "status",
    "has_places",
    "capacity",
    "price_kr",
    "price_note",
    "host",
    "registration",
    "contact_name",
    "contact_phone",
    "contact_email",
    "min_age",
    "max_age",
)
