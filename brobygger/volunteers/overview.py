"""The corps at a glance for coordinators and managers, and the same figures as Excel."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from . import rules
from .courses import expiring
from .models import Assignment, CorpsTarget, HourLog, Qualification, StageChange, Volunteer
from .stages import ACTIVE_STAGES, IN_CORPS_STAGES, Stage, TaskKind


@dataclass
class Overview:
    per_site: list[tuple[str, str, int, int | None]] = field(default_factory=list)
    months: list[tuple[date, int, int, Decimal]] = field(default_factory=list)
    expiring: list[Qualification] = field(default_factory=list)
    due_a_call: list[Volunteer] = field(default_factory=list)
    active_total: int = 0
    total_target: int | None = None


def build(today: date, *, quiet_weeks: int, months: int = 12) -> Overview:
    since = (today.replace(day=1) - timedelta(days=31 * (months - 1))).replace(day=1)
    result = Overview()
    result.active_total = Volunteer.objects.active().count()
    # Active volunteers per site and task: who had or has a task there in the last 90 days.
    recent = Assignment.objects.filter(
        cancelled_at__isnull=True,
        starts_at__gte=timezone.now() - timedelta(days=90),
        volunteer__stage__in=ACTIVE_STAGES,
    )
    people: dict[tuple[str, str], set[int]] = defaultdict(set)
    for a in recent.select_related("role", "offer__location", "role__site"):
        site = a.offer.location if a.offer and a.offer.location else a.role.site
        people[(site.name if site else "", a.role.kind)].add(a.volunteer_id)
    targets = {
        (t.site.name if t.site else "", t.kind): t.target
        for t in CorpsTarget.objects.select_related("site")
    }
    for key in sorted(set(people) | set(targets)):
        site_name, kind = key
        result.per_site.append(
            (
                site_name or _("Hele kommunen"),
                str(TaskKind(kind).label),
                len(people.get(key, ())),
                targets.get(key),
            )
        )
    result.total_target = sum(targets.values()) if targets else None
    joined = dict(
        # New in the corps: into an active stage from outside it (a return from a pause or
        # a trial turning into "Aktiv" is not a new volunteer).
        StageChange.objects.filter(to_stage__in=ACTIVE_STAGES, on__gte=since)
        .exclude(from_stage__in=IN_CORPS_STAGES)
        .annotate(m=TruncMonth("on"))
        .values_list("m")
        .annotate(n=Count("id"))
    )
    left = dict(
        StageChange.objects.filter(to_stage=Stage.LEFT, on__gte=since)
        .annotate(m=TruncMonth("on"))
        .values_list("m")
        .annotate(n=Count("id"))
    )
    hours = dict(
        HourLog.objects.filter(on__gte=since)
        .annotate(m=TruncMonth("on"))
        .values_list("m")
        .annotate(h=Sum("hours"))
    )
    month = since
    while month <= today:
        result.months.append(
            (month, joined.get(month, 0), left.get(month, 0), hours.get(month) or Decimal(0))
        )
        month = (month + timedelta(days=32)).replace(day=1)
    # The same list the expiry warnings go out from: renewed qualifications left out.
    result.expiring = list(expiring(today))
    result.due_a_call = list(Volunteer.objects.filter(rules.due_a_call(quiet_weeks, today)))
    return result


def to_excel(overview: Overview) -> bytes:
    from openpyxl import Workbook

    from brobygger.lib.spreadsheet import append_row, to_bytes

    book = Workbook()
    sheet = book.active
    sheet.title = _("Korps")
    append_row(sheet, [_("Sted"), _("Opgave"), _("Aktive"), _("Mål")])
    for row in overview.per_site:
        append_row(sheet, row)
    months = book.create_sheet(_("Måneder"))
    append_row(months, [_("Måned"), _("Nye aktive"), _("Stoppet"), _("Timer")])
    for month, joined, left, hours in overview.months:
        append_row(months, [month.strftime("%Y-%m"), joined, left, float(hours)])
    expiring = book.create_sheet(_("Udløber snart"))
    append_row(expiring, [_("Frivillig"), _("Kvalifikation"), _("Udløber")])
    for q in overview.expiring:
        append_row(expiring, [q.volunteer.full_name, q.kind.name, q.expires_on])
    calls = book.create_sheet(_("Skal ringes op"))
    append_row(calls, [_("Frivillig"), _("Telefon"), _("Status")])
    for v in overview.due_a_call:
        append_row(calls, [v.full_name, v.phone, str(v.get_stage_display())])
    for ws in book.worksheets:
        for column in ws.columns:
            ws.column_dimensions[column[0].column_letter].width = max(
                12, *(len(str(c.value or "")) + 2 for c in column)
            )
    return to_bytes(book)
