"""Every change to the directory: one function each, one transaction, one audit event."""

from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Field
from django.utils import timezone

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.audit.log import record_event
from brobygger.lib.concurrency import check_version
from brobygger.notifications.send import send_email

from . import events
from .models import Offer, Pause, Schedule, Term
from .services import (
    OFFER_FIELDS,
    editable_offers,
    owners_of,
    refresh_search_document,
    stale_offers,
)


def _require_editor(offer: Offer, user: User) -> None:
    """Owners edit their own offers, directory staff every offer (a new one: its owner)."""
    if offer.pk is None:
        if (
            user.edits_whole_directory
            or user.role_assignments.filter(
                role=Role.ASSOCIATION_CONTACT, organisation_id=offer.organisation_id
            ).exists()
        ):
            return
        raise PermissionDenied
    if not editable_offers(user).filter(pk=offer.pk).exists():
        raise PermissionDenied


def _label(name: str) -> str:
    field = Offer._meta.get_field(name)
    # Only the offer's own fields are labelled; a relation from another model has no label.
    return str(field.verbose_name if isinstance(field, Field) else name).capitalize()


@transaction.atomic
def confirm_offer(offer: Offer, *, acting_user: User) -> None:
    """The owner says the offer is still current."""
    _require_editor(offer, acting_user)
    offer.last_confirmed_at = timezone.now()
    offer.last_confirmed_by = acting_user
    offer.stale_notified_at = None
    offer.save(
        update_fields=["last_confirmed_at", "last_confirmed_by", "stale_notified_at", "updated_at"]
    )
    record_event(events.OFFER_CONFIRMED, user=acting_user, obj=offer, data={"offer": offer.pk})


@transaction.atomic
def save_offer(
    offer: Offer,
    data: Mapping[str, Any],
    schedules: list[dict[str, object]],
    pauses: Sequence[dict[str, object]] = (),
    *,
    acting_user: User,
    expected_version: int | None = None,
) -> Offer:
    """Save an offer from the owner's form; saving also confirms it is current. A save
    based on an older version than the stored one is refused (``StaleEdit``)."""
    _require_editor(offer, acting_user)
    created = offer.pk is None
    if not created:
        # of=("self",): PostgreSQL cannot lock the nullable side of the outer join.
        stored = Offer.objects.select_for_update(of=("self",)).select_related("last_confirmed_by")
        current = stored.get(pk=offer.pk)
        changes = [
            (_label(name), str(getattr(current, name) or ""))
            for name in ("title", "summary", "description")
            if str(getattr(current, name) or "") != str(data.get(name) or "")
        ]
        check_version(
            expected_version,
            current.version,
            by=current.last_confirmed_by,
            at=current.updated_at,
            changes=changes,
        )
        offer.version = current.version + 1
    before = {name: getattr(offer, name) for name in OFFER_FIELDS} if not created else {}
    for name in OFFER_FIELDS:
        value = data.get(name)
        setattr(
            offer,
            name,
            ""
            if value is None and name not in {"capacity", "price_kr", "min_age", "max_age"}
            else value,
        )
    offer.location = data.get("location")
    offer.last_confirmed_at = timezone.now()
    offer.last_confirmed_by = acting_user
    offer.stale_notified_at = None
    offer.save()
    codes = [*data.get("interests", []), *data.get("access", []), *data.get("targets", [])]
    # "Full" is both a field and an HSDS attribute (status:fuldt); keep the two in step.
    if not offer.has_places:
        codes.append("status:fuldt")
    offer.terms.set(Term.objects.filter(code__in=codes))
    offer.schedules.all().delete()
    Schedule.objects.bulk_create([Schedule(offer=offer, **rule) for rule in schedules])
    offer.pauses.all().delete()
    Pause.objects.bulk_create([Pause(offer=offer, **period) for period in pauses])
    refresh_search_document(offer)
    changed = sorted(n for n, old in before.items() if getattr(offer, n) != old)
    record_event(
        events.OFFER_SAVED,
        user=acting_user,
        obj=offer,
        data={"offer": offer.pk, "created": created, "changed": changed, "version": offer.version},
    )
    return offer


def notify_stale_offers() -> int:
    """E-mail owners (and the directory staff) once about each offer that has gone stale."""
    offers = list(
        stale_offers().filter(stale_notified_at__isnull=True).select_related("organisation")
    )
    staff_emails = set(
        User.objects.filter(
            is_active=True,
            role_assignments__role__in=[
                Role.LINK_WORKER,
                Role.VOLUNTEER_COORDINATOR,
                Role.ADMINISTRATOR,
            ],
        )
        .values_list("email", flat=True)
        .distinct()
    )
    for offer in offers:
        flag_stale_offer(offer, staff_emails=staff_emails)
    return len(offers)


@transaction.atomic
def flag_stale_offer(offer: Offer, *, staff_emails: set[str]) -> None:
    """Mark one offer as told in the transaction that queues its mail, so a rerun after a
    crash tells nobody twice."""
    send_email(
        {u.email for u in owners_of(offer)} | staff_emails,
        "directory/offer_stale",
        {"offer": offer, "days": settings.STALE_AFTER_DAYS},
        key=f"offer-stale:{offer.pk}:{offer.last_confirmed_at:%Y%m%d%H%M%S}",
    )
    Offer.objects.filter(pk=offer.pk).update(stale_notified_at=timezone.now())
    record_event(
        events.OFFER_FLAGGED_STALE,
        user=None,
        obj=offer,
        data={"offer": offer.pk, "last_confirmed_at": offer.last_confirmed_at.isoformat()},
    )
