"""Printed documents for the citizen: the “Min samtale” summary as a PDF (WeasyPrint)."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Case, LifeDomain


def conversation_summary_pdf(case: Case, request: HttpRequest) -> bytes:
    """What the citizen said and agreed, in their own words, to keep at home."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    conversation = case.conversations.order_by("-held_on", "-id").first()
    notes = []
    if conversation is not None:
        notes = [
            (d.label, conversation.notes.get(d.value, ""))
            for d in LifeDomain
            if conversation.notes.get(d.value)
        ]
    logo = finders.find(settings.MUNICIPALITY_LOGO)
    html = render_to_string(
        "referrals/min_samtale.html",
        {
            "case": case,
            "citizen": case.citizen,
            "conversation": conversation,
            "notes": notes,
            "steps": case.steps.all(),
            "choices": case.choices.exclude(status="failed")
            .select_related("offer", "offer__location", "offer__location__postal_code")
            .prefetch_related("offer__schedules"),
            "tasks": case.tasks.filter(done_at__isnull=True),
            "printed": timezone.localdate(),
            "logo": f"file://{logo}" if logo else "",
            "municipality_name": settings.MUNICIPALITY_NAME,
            "municipality_phone": settings.MUNICIPALITY_PHONE,
            "link_worker": case.assigned_to,
        },
        request=request,
    )
    # No network access: only local files (the logo) may be fetched while rendering.
    fetcher = URLFetcher(allowed_protocols={"file"})
    pdf: bytes = HTML(string=html, base_url=None, url_fetcher=fetcher).write_pdf()
    return pdf
