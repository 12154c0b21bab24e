"""Printed documents for the citizen: the “Min samtale” summary as a PDF (WeasyPrint).

It speaks to the citizen: what they said, their goals, the communities chosen, and the first
visit (when, where, who goes with them and their phone) — never the link worker's tasks.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Case, ChoiceStatus, LifeDomain, PlanChoice

# volunteers.stages.TaskKind.COMPANION; named here, since referrals sits below volunteers.
_COMPANION = "companion"


@dataclass(frozen=True)
class FirstVisit:
    """The first visit as the citizen reads it; any part may be unknown yet."""

    day: date | None
    at: datetime | None
    place: str
    community: str
    companion: str
    companion_phone: str


def _place(choice: PlanChoice | None) -> str:
    location = choice.offer.location if choice else None
    if location is None:
        return ""
    return location.full_address


def first_visit(case: Case) -> FirstVisit | None:
    """What is planned for the first visit: the day and time the link worker set (else those
    of the volunteer companion's booking), the place (else the chosen community's address),
    and the companion with a phone number. None when nothing is planned yet."""
    booking = (
        case.volunteer_assignments.filter(cancelled_at__isnull=True, role__kind=_COMPANION)
        .select_related("volunteer")
        .order_by("starts_at")
        .first()
    )
    choice = (
        case.choices.exclude(status=ChoiceStatus.FAILED)
        .select_related("offer", "offer__location", "offer__location__postal_code")
        .order_by("chosen_at", "pk")
        .first()
    )
    at = case.first_visit_at if case.first_visit_on else (booking.starts_at if booking else None)
    at = timezone.localtime(at) if at else None
    day = case.first_visit_on or (at.date() if at else None)
    companion = booking.volunteer.full_name if booking else case.companion_name
    phone = booking.volunteer.phone if booking else case.companion_phone
    if day is None and not companion:
        return None
    return FirstVisit(
        day=day,
        at=at,
        place=case.first_visit_place or _place(choice),
        community=choice.offer.title if choice else "",
        companion=companion,
        companion_phone=phone,
    )


def conversation_summary_html(case: Case, request: HttpRequest | None, *, logo: str = "") -> str:
    """The summary as HTML: what the PDF is made from, readable on a phone as it is."""
    conversation = case.conversations.order_by("-held_on", "-id").first()
    notes = []
    if conversation is not None:
        notes = [
            (d.label, conversation.notes.get(d.value, ""))
            for d in LifeDomain
            if conversation.notes.get(d.value)
        ]
    return render_to_string(
        "referrals/min_samtale.html",
        {
            "case": case,
            "citizen": case.citizen,
            "conversation": conversation,
            "notes": notes,
            "steps": case.steps.all(),
            "choices": case.choices.exclude(status=ChoiceStatus.FAILED)
            .select_related("offer", "offer__location", "offer__location__postal_code")
            .prefetch_related("offer__schedules"),
            "visit": first_visit(case),
            "calls_planned": case.tasks.filter(done_at__isnull=True).exists(),
            "printed": timezone.localdate(),
            "logo": logo,
            "municipality_name": settings.MUNICIPALITY_NAME,
            "municipality_phone": settings.MUNICIPALITY_PHONE,
            "link_worker": case.assigned_to,
        },
        request=request,
    )


def conversation_summary_pdf(case: Case, request: HttpRequest) -> bytes:
    """What the citizen said and agreed, in their own words, to keep at home."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    logo = finders.find(settings.MUNICIPALITY_LOGO)
    html = conversation_summary_html(case, request, logo=f"file://{logo}" if logo else "")
    # No network access: only local files (the logo) may be fetched while rendering.
    fetcher = URLFetcher(allowed_protocols={"file"})
    pdf: bytes = HTML(string=html, base_url=None, url_fetcher=fetcher).write_pdf()
    return pdf
