"""“Bliv frivillig”, the coordinator's pipeline, and the volunteer's own page (phone first)."""

from collections import Counter
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from brobygger.accounts.models import User
from brobygger.accounts.second_factor import require_second_factor
from brobygger.audit.log import record_event
from brobygger.lib.concurrency import StaleEdit
from brobygger.lib.forms import error_text
from brobygger.lib.public_forms import first_use_of

from . import actions, events, planning, rules
from .access import (
    coordinator,
    get_volunteer_for,
    has_citizen_tasks,
    hours_entry_for,
    notes_for,
    own_volunteer,
    signed_in,
    visible_volunteers,
)
from .companions import companion_brief
from .forms import (
    CancelForm,
    ConcernForm,
    ContactForm,
    HostForm,
    HoursForm,
    PublicSignUpForm,
    QualificationForm,
    RecognitionForm,
    SignUpForm,
    StaffEntryForm,
    StageForm,
    hours_text,
)
from .milestones import milestones_due
from .models import AgreementText, Assignment, DocumentKind, HourLog, Volunteer
from .profile import sign_up_answers
from .stages import LeavingReason, Stage


def sign_up(request: HttpRequest) -> HttpResponse:
    form = PublicSignUpForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        data = {k: form.cleaned_data[k] for k in SignUpForm.base_fields if k != "website"}
        # The same form sent twice (a double tap) signs up once.
        if not form.cleaned_data.get("website") and first_use_of(form.cleaned_data["form_token"]):
            actions.sign_up(**data)
        return render(request, "volunteers/thanks.html")
    return render(
        request,
        "volunteers/sign_up.html",
        {"form": form, "error_forms": [form] if form.errors else []},
    )


@login_required
def new_volunteer(request: HttpRequest) -> HttpResponse:
    """A coordinator writes in someone who wants to help."""
    user = coordinator(request)
    form = StaffEntryForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        volunteer = actions.sign_up(**form.cleaned_data, acting_user=user)
        messages.success(request, _("%(name)s er skrevet ind.") % {"name": volunteer})
        return redirect("volunteers:detail", pk=volunteer.pk)
    return render(
        request,
        "volunteers/new_volunteer.html",
        {"form": form, "error_forms": [form] if form.errors else []},
    )


@login_required
def pipeline(request: HttpRequest) -> HttpResponse:
    user = coordinator(request)
    volunteers = visible_volunteers(user).select_related("postal_code")
    today = timezone.localdate()
    weeks = settings.VOLUNTEER_QUIET_AFTER_WEEKS
    by_stage: dict[Stage, list[Volunteer]] = {stage: [] for stage in Stage}
    for volunteer in volunteers:
        by_stage[Stage(volunteer.stage)].append(volunteer)
    reasons = Counter(v.leaving_reason for v in by_stage[Stage.LEFT] if v.leaving_reason)
    record_event(
        events.VOLUNTEERS_LISTED,
        user=user,
        request=request,
        object_type="volunteers.volunteer",
        object_repr=_("Frivilligoversigt"),
        data={"page": "pipeline", "count": len(volunteers)},
    )
    return render(
        request,
        "volunteers/pipeline.html",
        {
            "by_stage": [(stage, by_stage[stage]) for stage in Stage],
            "due_a_call": volunteers.filter(rules.due_a_call(weeks, today)),
            "overdue": volunteers.filter(next_action_due__lt=today).exclude(stage=Stage.LEFT),
            "reasons": [(LeavingReason(k).label, n) for k, n in reasons.most_common()],
            "today": today,
            "active_total": volunteers.active().count(),
        },
    )


@login_required
def volunteer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in(request)
    volunteer = get_volunteer_for(user, pk, request=request)
    form = _status_form(volunteer, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            moved = actions.save_status(
                volunteer,
                stage=data["stage"],
                note=data["note"],
                reason=data["reason"],
                next_action=data["next_action"],
                next_action_due=data["next_action_due"],
                # Typed over the suggestion: the coordinator's own words.
                own_next_action=bool({"next_action", "next_action_due"} & set(form.changed_data)),
                acting_user=user,
                expected_version=data["version"],
            )
        except StaleEdit as problem:
            form.refuse_stale(problem)
        except ValidationError as problem:
            form.add_error("stage", problem)
        else:
            messages.success(
                request, _("Status er ændret.") if moved else _("Næste skridt er gemt.")
            )
            return redirect("volunteers:detail", pk=volunteer.pk)
    return _detail_page(request, volunteer, form=form)


def _status_form(volunteer: Volunteer, data: QueryDict | None = None) -> StageForm:
    return StageForm(
        data,
        initial={
            "stage": volunteer.stage,
            "next_action": volunteer.next_action,
            "next_action_due": volunteer.next_action_due,
            "version": volunteer.version,
        },
    )


def _contact_form(volunteer: Volunteer, data: QueryDict | None = None) -> ContactForm:
    return ContactForm(
        data,
        initial={
            "full_name": volunteer.full_name,
            "phone": volunteer.phone,
            "email": volunteer.email,
            "postal_code": volunteer.postal_code_id or "",
            "version": volunteer.version,
        },
    )


@login_required
@require_POST
def edit_contact(request: HttpRequest, pk: int) -> HttpResponse:
    """The coordinator corrects name, phone, e-mail and postal code; a stale or bad form is
    shown again on the detail page with what was typed."""
    user = signed_in(request)
    volunteer = get_volunteer_for(user, pk, request=request)
    form = _contact_form(volunteer, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            changed = actions.edit_contact(
                volunteer,
                full_name=data["full_name"],
                phone=data["phone"],
                email=data["email"],
                postal_code=data["postal_code"],
                acting_user=user,
                expected_version=data["version"],
            )
        except StaleEdit as problem:
            form.refuse_stale(problem)
        except ValidationError as problem:
            form.add_error(None, problem)
        else:
            messages.success(
                request,
                _("Kontaktoplysningerne er gemt.") if changed else _("Intet var ændret."),
            )
            return redirect(reverse("volunteers:detail", args=[volunteer.pk]) + "#kontakt")
    return _detail_page(request, volunteer, form=_status_form(volunteer), contact_form=form)


def _detail_page(
    request: HttpRequest,
    volunteer: Volunteer,
    *,
    form: StageForm,
    contact_form: ContactForm | None = None,
) -> HttpResponse:
    contact_form = contact_form or _contact_form(volunteer)
    sites = planning.sites_helped_at(volunteer)
    hosted = set(volunteer.hosts.values_list("site_id", flat=True))
    return render(
        request,
        "volunteers/detail.html",
        {
            "volunteer": volunteer,
            "form": form,
            "contact_form": contact_form,
            "contact_open": contact_form.is_bound,
            "sign_up": sign_up_answers(volunteer),
            "error_forms": [f for f in (form, contact_form) if f.errors],
            "history": volunteer.history.select_related("by"),
            "qualifications": volunteer.qualifications.select_related("kind"),
            "assignments": volunteer.assignments.select_related("role").order_by("-starts_at")[:20],
            "agreement": rules.has_accepted(volunteer, DocumentKind.AGREEMENT),
            "declaration": rules.has_accepted(volunteer, DocumentKind.DECLARATION),
            "recognitions": volunteer.recognitions.select_related("by")[:20],
            "concerns": volunteer.concerns.select_related("written_by"),
            "milestones": milestones_due(volunteer, timezone.localdate()),
            # Own ids: the stage form and the qualification form share field names.
            "recognition_form": RecognitionForm(auto_id="anerkendelse_%s"),
            "concern_form": ConcernForm(),
            "hosts": volunteer.hosts.select_related("site"),
            "without_host": [s for s in sites if s.pk not in hosted],
            "host_form": HostForm(sites=sites),
            "qualification_form": QualificationForm(auto_id="kvalifikation_%s"),
            "courses": volunteer.courses.select_related("course").order_by("-course__held_on"),
            "hours": volunteer.hours.all()[:20],
        },
    )


@login_required
def my_page(request: HttpRequest) -> HttpResponse:
    """The volunteer's day on a phone: next tasks, today's notes, hours, papers, contact."""
    user = signed_in(request)
    volunteer = own_volunteer(user)
    form = HoursForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.log_hours(
            volunteer,
            on=form.cleaned_data["on"],
            hours=form.cleaned_data["hours"],
            note=form.cleaned_data["note"],
            acting_user=user,
        )
        messages.success(request, _("Tak! Dine timer er registreret."))
        return redirect("volunteers:mine")
    # Need-to-know notes only after a second factor (an e-mail code) for volunteers who go to
    # citizens; checked after the hours are saved, so nothing typed is lost.
    if has_citizen_tasks(volunteer) and (challenge := require_second_factor(request)):
        return challenge
    upcoming = volunteer.assignments.filter(
        cancelled_at__isnull=True, ends_at__gte=timezone.now()
    ).select_related(
        "role",
        "role__contact",
        "role__site",
        "offer",
        "offer__location",
        "case__citizen",
        "confirmed_by",
    )[:10]
    hosts = {h.site_id: h for h in volunteer.hosts.select_related("site")}
    texts = rules.current_texts()
    # When the version in force was accepted (None: not yet, or no text in force).
    accepted_at: dict[AgreementText | None, datetime] = {
        a.text: a.accepted_at for a in volunteer.acceptances.select_related("text")
    }
    today = timezone.localdate()
    return render(
        request,
        "volunteers/mine.html",
        {
            "volunteer": volunteer,
            "upcoming": [
                (a, planning.contact_for(a, hosts), companion_brief(a, request=request))
                for a in upcoming
            ],
            "slots": planning.slots_for(volunteer),
            "hosts": hosts.values(),
            "courses": volunteer.courses.filter(course__held_on__gte=today).select_related(
                "course"
            ),
            "qualifications": volunteer.qualifications.select_related("kind").filter(
                Q(expires_on__isnull=True) | Q(expires_on__gte=today)
            ),
            "soon": today + timedelta(days=60),
            "form": form,
            "error_forms": [form] if form.errors else [],
            "notes": notes_for(volunteer, request=request),
            "agreement": texts[DocumentKind.AGREEMENT],
            "declaration": texts[DocumentKind.DECLARATION],
            "accepted_agreement": accepted_at.get(texts[DocumentKind.AGREEMENT]),
            "accepted_declaration": accepted_at.get(texts[DocumentKind.DECLARATION]),
            "hours": [(h, rules.may_change_hours(user, h)) for h in volunteer.hours.all()[:5]],
            "correct_days": rules.CORRECT_HOURS_DAYS,
        },
    )


def _after_hours(user: User, entry: HourLog) -> HttpResponse:
    if entry.volunteer.user_id == user.pk:
        return redirect("volunteers:mine")
    return redirect(reverse("volunteers:detail", args=[entry.volunteer_id]) + "#timer")


@login_required
def hours_entry(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct an hour entry: the volunteer within a week, the coordinator always. After the
    week the volunteer is told why not, and whom to ask."""
    user = signed_in(request)
    entry = hours_entry_for(user, pk, request=request)
    locked = not rules.may_change_hours(user, entry)
    form = HoursForm(
        request.POST if request.method == "POST" and not locked else None,
        initial={"on": entry.on, "hours": hours_text(entry.hours), "note": entry.note},
    )
    if form.is_bound and form.is_valid():
        try:
            actions.correct_hours(
                entry,
                on=form.cleaned_data["on"],
                hours=form.cleaned_data["hours"],
                note=form.cleaned_data["note"],
                acting_user=user,
            )
        except ValidationError as problem:
            form.add_error(None, problem)
        else:
            messages.success(request, _("Timerne er rettet."))
            return _after_hours(user, entry)
    return render(
        request,
        "volunteers/hours_entry.html",
        {
            "entry": entry,
            "form": form,
            "locked": locked,
            "own": entry.volunteer.user_id == user.pk,
            "days": rules.CORRECT_HOURS_DAYS,
            "error_forms": [form] if form.errors else [],
        },
    )


@login_required
@require_POST
def delete_hours(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in(request)
    entry = hours_entry_for(user, pk, request=request)
    try:
        actions.delete_hours(entry, acting_user=user)
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
        return redirect("volunteers:hours", pk=entry.pk)
    messages.success(request, _("Registreringen er slettet."))
    return _after_hours(user, entry)


@login_required
@require_POST
def accept(request: HttpRequest, kind: str) -> HttpResponse:
    user = signed_in(request)
    volunteer = own_volunteer(user)
    if kind not in DocumentKind.values:
        raise Http404
    actions.accept(volunteer, kind, acting_user=user)
    messages.success(request, _("Tak – det er registreret med dato og version."))
    return redirect("volunteers:mine")


@login_required
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """“Meld afbud”: a page that asks once (no JavaScript needed) and takes a reason."""
    user = signed_in(request)
    volunteer = own_volunteer(user)
    assignment = get_object_or_404(
        Assignment.objects.select_related("role", "offer", "offer__location"),
        pk=pk,
        volunteer=volunteer,
        cancelled_at__isnull=True,
    )
    form = CancelForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            actions.cancel(assignment, acting_user=user, reason=form.cleaned_data["reason"])
        except PermissionDenied:
            raise Http404 from None
        messages.success(request, _("Du har meldt afbud. Din koordinator har fået besked."))
        return redirect("volunteers:mine")
    return render(
        request,
        "volunteers/cancel.html",
        {"assignment": assignment, "form": form, "error_forms": [form] if form.errors else []},
    )


def calendar(request: HttpRequest, token: str) -> HttpResponse:
    """The volunteer's own sessions as an iCalendar feed (secret address, no citizen names)."""
    import icalendar

    from brobygger.accounts.models import User

    user = User.objects.filter(calendar_token=token, is_active=True).first()
    volunteer = getattr(user, "volunteer", None) if user else None
    if volunteer is None:
        raise Http404
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Brobygger//Frivillig//DA")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("Mine frivilligopgaver"))
    for task in volunteer.assignments.filter(cancelled_at__isnull=True).select_related(
        "role", "offer", "offer__location"
    )[:500]:
        event = icalendar.Event()
        event.add("uid", f"volunteer-task-{task.pk}@{request.get_host()}")
        event.add("summary", task.offer.title if task.offer else str(task.role))
        event.add("dtstart", task.starts_at)
        event.add("dtend", task.ends_at)
        event.add("dtstamp", timezone.now())
        if task.offer and task.offer.location:
            event.add("location", task.offer.location.address_line)
        cal.add_component(event)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def corps(request: HttpRequest) -> HttpResponse:
    """Active volunteers per site and task against targets, new and leaving, hours, expiring
    qualifications, everyone due a call; ?format=xlsx gives the same as Excel."""
    from .overview import build, to_excel

    user = coordinator(request)
    overview = build(timezone.localdate(), quiet_weeks=settings.VOLUNTEER_QUIET_AFTER_WEEKS)
    if request.GET.get("format") == "xlsx":
        record_event(
            events.VOLUNTEERS_EXPORTED,
            user=user,
            request=request,
            object_type="volunteers.volunteer",
            object_repr=_("Frivilligkorps (Excel)"),
            data={"format": "xlsx"},
        )
        response = HttpResponse(
            to_excel(overview),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="frivilligkorps.xlsx"'
        return response
    # The page names the volunteers due a call and those whose certificates run out.
    record_event(
        events.VOLUNTEERS_LISTED,
        user=user,
        request=request,
        object_type="volunteers.volunteer",
        object_repr=_("Korpset i tal"),
        data={"page": "corps"},
    )
    return render(request, "volunteers/corps.html", {"overview": overview})


@login_required
@require_POST
def recognise(request: HttpRequest, pk: int) -> HttpResponse:
    from .forms import MilestoneForm, RecognitionForm

    user = signed_in(request)
    volunteer = get_volunteer_for(user, pk, request=request)
    if "milestone" in request.POST:
        milestone = MilestoneForm(request.POST)
        if milestone.is_valid():
            actions.mark_milestone(volunteer, milestone.cleaned_data["milestone"], acting_user=user)
            messages.success(request, _("Milepælen er markeret."))
        else:
            messages.error(request, _("Ukendt milepæl."))
        return redirect("volunteers:detail", pk=volunteer.pk)
    form = RecognitionForm(request.POST)
    if form.is_valid():
        actions.thank(
            volunteer,
            kind=form.cleaned_data["kind"],
            note=form.cleaned_data["note"],
            on=timezone.localdate(),
            acting_user=user,
        )
        messages.success(request, _("Anerkendelsen er skrevet ned."))
    else:
        messages.error(request, _("Skriv hvad der blev takket for."))
    return redirect("volunteers:detail", pk=volunteer.pk)


@login_required
@require_POST
def concern(request: HttpRequest, pk: int) -> HttpResponse:
    from .forms import ConcernForm

    user = signed_in(request)
    volunteer = get_volunteer_for(user, pk, request=request)
    form = ConcernForm(request.POST)
    if form.is_valid():
        actions.note_concern(volunteer, text=form.cleaned_data["text"], acting_user=user)
        messages.success(request, _("Den fortrolige note er gemt."))
    else:
        messages.error(request, _("Skriv noten først."))
    return redirect("volunteers:detail", pk=volunteer.pk)


@login_required
@require_POST
def qualify(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a certificate or a criminal-record check the coordinator has seen."""
    user = signed_in(request)
    volunteer = get_volunteer_for(user, pk, request=request)
    form = QualificationForm(request.POST)
    if form.is_valid():
        actions.record_qualification(
            volunteer,
            form.cleaned_data["kind"],
            obtained_on=form.cleaned_data["obtained_on"],
            expires_on=form.cleaned_data["expires_on"],
            acting_user=user,
        )
        messages.success(request, _("Kvalifikationen er registreret."))
    else:
        messages.error(request, error_text(form))
    return redirect(reverse("volunteers:detail", args=[volunteer.pk]) + "#kvalifikationer")
