"""Intake pages (public and staff) and the link worker's pages."""

import functools
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Min, Q
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.middleware import HtmxDetails

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.audit.log import record_event
from brobygger.directory.models import Offer
from brobygger.lib.concurrency import StaleEdit
from brobygger.lib.forms import error_text
from brobygger.lib.validation import parse_id

from . import actions, events
from .access import (
    get_case_for,
    is_team_lead,
    led_teams,
    sent_referrals,
    signed_in,
    visible_cases,
    visible_referrals,
    works_with_cases,
)
from .forms import (
    CloseForm,
    CompanionForm,
    ConversationForm,
    FailureForm,
    FeedbackForm,
    FirstVisitForm,
    HandOverForm,
    NeedsForm,
    PlanForm,
    ReassignForm,
    ReferralForm,
    SelfReferralForm,
    StateForm,
    TaskForm,
)
from .models import Case, ChoiceStatus, PlanChoice, Referral, Task
from .queue import team_queue
from .referrer import sent_referrals_for_page
from .states import OPEN_STATES, TRANSITIONS, CaseState


class HtmxHttpRequest(HttpRequest):
    """A request as django-htmx's middleware leaves every one (typed as its docs show)."""

    htmx: HtmxDetails


def _render_form(
    request: HttpRequest, template: str, form: BaseForm, **extra: object
) -> HttpResponse:
    return render(
        request, template, {"form": form, "error_forms": [form] if form.errors else [], **extra}
    )


# Intake -------------------------------------------------------------------------------------


def refer_external(request: HttpRequest) -> HttpResponse:
    """The secure referral form for GPs, nurses and relatives without an account."""
    referrer = request.user if isinstance(request.user, User) else None
    form = ReferralForm(request.POST or None, referrer=referrer, request=request)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data.get("website"):
            return redirect("referrals:thanks", public_id="00000000-0000-0000-0000-000000000000")
        referral = actions.receive_referral(
            form.referral(), acting_user=referrer, token=form.cleaned_data["form_token"]
        )
        return redirect("referrals:thanks", public_id=referral.public_id)
    return _render_form(request, "referrals/refer.html", form)


def self_referral(request: HttpRequest) -> HttpResponse:
    form = SelfReferralForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data.get("website"):
            return redirect("referrals:thanks", public_id="00000000-0000-0000-0000-000000000000")
        referral = actions.receive_referral(form.referral(), token=form.cleaned_data["form_token"])
        return redirect("referrals:thanks", public_id=referral.public_id)
    return _render_form(request, "referrals/self_referral.html", form)


@login_required
def hand_over(request: HttpRequest) -> HttpResponse:
    """“Jeg har mødt en ensom borger”: the home-care worker's two-tap flag."""
    user = signed_in(request)
    form = HandOverForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        referral = actions.receive_referral(form.referral(user), acting_user=user)
        return redirect("referrals:thanks", public_id=referral.public_id)
    return _render_form(request, "referrals/hand_over.html", form)


def thanks(request: HttpRequest, public_id: str) -> HttpResponse:
    # Only the receipt number: nothing about the citizen is shown after sending.
    referral = Referral.objects.filter(public_id=public_id).values("receipt").first()
    return render(
        request, "referrals/thanks.html", {"receipt": referral["receipt"] if referral else ""}
    )


@login_required
def my_referrals(request: HttpRequest) -> HttpResponse:
    """A referrer's own referrals: whom each was about (first name and initial, birth year,
    as the referrer wrote them), when it was sent, and the dated statuses only while the
    citizen agrees to share them."""
    user = signed_in(request)
    rows = sent_referrals_for_page(sent_referrals(user))
    if rows:
        record_event(
            events.REFERRALS_LISTED,
            user=user,
            request=request,
            object_type="referrals.referral",
            object_repr=_("Mine henvisninger"),
            data={"receipts": [r.receipt for r in rows][:200]},
            purpose="Mine henvisninger",
        )
    return render(request, "referrals/my_referrals.html", {"referrals": rows})


# The link worker's day ----------------------------------------------------------------------


def case_worker(request: HttpRequest) -> User:
    user = signed_in(request)
    if not works_with_cases(user):
        raise Http404
    return user


@login_required
def day(request: HttpRequest) -> HttpResponse:
    user = case_worker(request)
    cases = visible_cases(user).select_related("citizen", "citizen__postal_code", "assigned_to")
    now = timezone.now()
    queue = team_queue(cases)
    mine = (
        cases.filter(assigned_to=user, state__in=OPEN_STATES)
        .annotate(next_task=Min("tasks__due_on", filter=Q(tasks__done_at__isnull=True)))
        .order_by("next_task", "opened_at")
    )
    quiet_since = now - timedelta(days=settings.REFERRAL_QUIET_AFTER_DAYS)
    quiet = mine.filter(
        Q(last_contact_at__lt=quiet_since)
        | Q(last_contact_at__isnull=True, opened_at__lt=quiet_since)
    )
    tasks = Task.objects.filter(
        assigned_to=user, done_at__isnull=True, due_on__lte=timezone.localdate(), case__in=cases
    ).select_related("case", "case__citizen")
    duplicates = visible_referrals(user).filter(case__isnull=True, suspected_case__isnull=False)
    leads = is_team_lead(user, Case(team_id=user.unit_id)) if user.unit_id else False
    # The lists show citizens' names: the view itself is a read of personal data.
    record_event(
        events.CASES_LISTED,
        user=user,
        request=request,
        object_type="referrals.case",
        object_repr=_("Min dag: kø, forløb og opgaver"),
        purpose="Min dag",
    )
    return render(
        request,
        "referrals/day.html",
        {
            "queue": queue,
            "mine": mine,
            "quiet": quiet,
            "tasks": tasks,
            "now": now,
            "duplicates": duplicates.select_related("suspected_case__citizen"),
            "is_lead": leads or user.has_role(Role.ADMINISTRATOR),
            "team_counts": cases.filter(state__in=OPEN_STATES)
            .values("assigned_to__full_name")
            .annotate(n=Count("id"))
            .order_by("assigned_to__full_name")
            if leads
            else [],
        },
    )


@login_required
def case_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    user = case_worker(request)
    case = get_case_for(user, pk, request=request)
    return _case_page(request, case)


# The case page is made of sections (template partials in referrals/case.html). Each can be
# reloaded on its own by htmx, and a form in one answers with just its section.
SECTIONS = (
    "overblik",
    "borger",
    "henvisninger",
    "samtale",
    "plan",
    "forslag",
    "valg",
    "opgaver",
    "status",
    "historik",
)


def _case_context(
    request: HttpRequest, case: Case, *, proposals: bool, **forms: object
) -> dict[str, object]:
    """Everything the page shows, lazily: querysets and the proposals (a callable, so the
    matching engine runs only where the proposals are rendered)."""
    from .matching import proposals_for

    conversation = case.conversations.order_by("-held_on", "-id").first()
    lead = is_team_lead(signed_in(request), case)
    choices = list(case.choices.select_related("offer", "offer__location"))
    referrals = list(case.referrals.order_by("-received_at", "-pk"))
    ready = case.state not in (CaseState.RECEIVED, CaseState.CONTACTED)
    return {
        "case": case,
        "citizen": case.citizen,
        "referrals": referrals,
        "history": case.history.select_related("by"),
        "conversation": conversation,
        "choices": choices,
        "failure_forms": {
            c.pk: forms.get(f"failure_form_{c.pk}") or FailureForm(prefix=f"valg-{c.pk}")
            for c in choices
        },
        "tasks": case.tasks.select_related("assigned_to"),
        "targets": [CaseState(t) for t in sorted(TRANSITIONS[CaseState(case.state)])],
        "is_lead": lead,
        "reassign_form": (forms.get("reassign_form") or ReassignForm(case=case)) if lead else None,
        "consents": _consents(case),
        "proposals_ready": ready,
        "proposals_loaded": proposals and ready,
        # Cached: the template asks twice ("any?" and the loop), the engine runs once.
        "proposals": functools.cache(lambda: proposals_for(case)) if proposals and ready else [],
        "conversation_form": forms.get("conversation_form")
        or ConversationForm(initial={"wishes": conversation.wishes if conversation else ""}),
        "plan_form": forms.get("plan_form") or PlanForm(initial=_plan_initial(case)),
        "needs_form": forms.get("needs_form") or NeedsForm(initial=NeedsForm.initial_for(case)),
        "task_form": forms.get("task_form") or TaskForm(),
        "visit_form": forms.get("visit_form") or FirstVisitForm(initial=_visit_initial(case)),
        "companion_form": forms.get("companion_form")
        or CompanionForm(
            initial={"companion_name": case.companion_name, "companion_phone": case.companion_phone}
        ),
        "close_form": forms.get("close_form") or CloseForm(),
        "need_to_know": case.need_to_know.all(),
        # One form per referral, each with its own prefix: ids on the page stay unique.
        "feedback_forms": {r.pk: FeedbackForm(prefix=f"henvisning-{r.pk}") for r in referrals},
        "error_forms": [f for f in forms.values() if getattr(f, "errors", None)],
    }


def _case_page(
    request: HtmxHttpRequest, case: Case, section: str = "", **forms: object
) -> HttpResponse:
    """The whole page, or (for htmx) the one section a form belongs to."""
    partial = section if section and request.htmx else ""
    context = _case_context(
        request, case, proposals=bool(partial == "forslag" or request.GET.get("forslag")), **forms
    )
    errors = context["error_forms"]
    if partial:
        # htmx swaps 200 answers only; the errors are shown inside the section.
        return render(request, f"referrals/case.html#{partial}", context)
    return render(request, "referrals/case.html", context, status=400 if errors else 200)


@login_required
def case_section(request: HttpRequest, pk: int, section: str) -> HttpResponse:
    """One section of the case page, for htmx (the proposals load after the page)."""
    if section not in SECTIONS:
        raise Http404
    user = case_worker(request)
    case = get_case_for(user, pk, request=request)
    context = _case_context(request, case, proposals=section == "forslag")
    return render(request, f"referrals/case.html#{section}", context)


def _consents(case: Case) -> dict[str, bool]:
    from .models import ConsentKind

    return {kind.value: actions.consent_in_force(case.citizen, kind) for kind in ConsentKind}


def _visit_initial(case: Case) -> dict[str, object]:
    at = timezone.localtime(case.first_visit_at) if case.first_visit_at else None
    return {
        "first_visit": case.first_visit_on,
        "first_visit_time": at.time() if at else None,
        "first_visit_place": case.first_visit_place,
    }


def _plan_initial(case: Case) -> dict[str, object]:
    initial: dict[str, object] = {
        "goals": case.goals,
        "transport": case.transport,
        "version": case.version,
    }
    for n, step in enumerate(case.steps.all()[:3], start=1):
        initial[f"step_{n}"] = step.text
        initial[f"level_{n}"] = step.level
    return initial


def case_for_change(request: HttpRequest, pk: int) -> Case:
    """The case a form posts to, if the user may change it (else 404); the read is logged."""
    user = case_worker(request)
    return get_case_for(user, pk, request=request, purpose="Ændring af forløb")


def case_changed(
    request: HtmxHttpRequest,
    case: Case,
    message: str,
    anchor: str = "",
    *,
    refresh_proposals: bool = False,
) -> HttpResponse:
    """After a change: for htmx the changed section, plus the header, status and history
    (which show the state) swapped out of band in the same answer; else back to the page.
    ``refresh_proposals`` adds the proposals too, for changes that can alter them."""
    if message:
        messages.success(request, message)
    section = anchor.lstrip("#")
    if not (request.htmx and section in SECTIONS):
        return redirect(f"{case_url(case)}{anchor}")
    case.refresh_from_db()
    extra = ["overblik", "status", "historik"]
    if refresh_proposals and section != "forslag":
        extra.append("forslag")
    response = _case_page(request, case, section)
    context = _case_context(request, case, proposals="forslag" in extra)
    context["oob"] = True
    context["messages"] = []  # shown once, in the section that was changed
    for name in extra:
        if name != section:
            response.content += render_to_string(
                f"referrals/case.html#{name}", context, request=request
            ).encode()
    return response


def case_url(case: Case) -> str:
    from django.urls import reverse

    return reverse("referrals:case", args=[case.pk])


@login_required
@require_POST
def take(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    actions.take_case(case, acting_user=signed_in(request))
    return case_changed(request, case, _("Forløbet er dit."))


@login_required
@require_POST
def reassign(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """A team lead gives the case to a link worker of this team or another, with a reason."""
    case = case_for_change(request, pk)
    user = signed_in(request)
    if not is_team_lead(user, case):
        raise Http404
    form = ReassignForm(request.POST, case=case)
    if not form.is_valid():
        return _case_page(request, case, reassign_form=form)
    to = form.cleaned_data["to"]
    try:
        changed = actions.reassign_case(
            case, to, reason=form.cleaned_data["reason"], acting_user=user
        )
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as problem:
        form.add_error(None, problem)
        return _case_page(request, case, reassign_form=form)
    if not changed:
        messages.info(
            request,
            _("Forløbet er allerede givet til %(name)s. Intet er ændret.") % {"name": to},
        )
        return redirect(case_url(case))
    if not visible_cases(user).filter(pk=case.pk).exists():
        # Given to another team: the lead no longer sees it, so back to the team's overview.
        messages.success(
            request,
            _("Forløbet er givet til %(name)s i %(team)s.") % {"name": to, "team": to.unit},
        )
        return redirect("referrals:team")
    return case_changed(request, case, _("Forløbet er givet til %(name)s.") % {"name": to})


@login_required
def team(request: HttpRequest) -> HttpResponse:
    """The team lead's overview: each link worker's open cases, and the queue."""
    from .team import team_overview

    user = case_worker(request)
    teams = list(led_teams(user))
    if not teams:
        raise Http404
    overviews = [team_overview(t) for t in teams]
    # The lists show citizens' names: the page is a read of personal data.
    record_event(
        events.CASES_LISTED,
        user=user,
        request=request,
        object_type="referrals.case",
        object_repr=_("Teamets forløb"),
        data={"teams": [t.pk for t in teams]},
        purpose="Teamoverblik",
    )
    return render(request, "referrals/team.html", {"overviews": overviews})


@login_required
@require_POST
def change_state(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    state_form = StateForm(request.POST)
    if not state_form.is_valid():
        messages.error(request, error_text(state_form))
        return redirect(case_url(case))
    target = state_form.cleaned_data["state"]
    if target == CaseState.CLOSED:
        form = CloseForm(request.POST)
        if not form.is_valid():
            return _case_page(request, case, close_form=form)
        outcome = form.cleaned_data["outcome"]
    else:
        outcome = ""
    try:
        actions.change_state(
            case,
            target,
            acting_user=signed_in(request),
            note=state_form.cleaned_data["note"],
            outcome=outcome,
        )
    except (ValidationError, PermissionDenied) as problem:
        messages.error(
            request, " ".join(getattr(problem, "messages", [])) or _("Det har du ikke adgang til.")
        )
        return redirect(case_url(case))
    return case_changed(
        request, case, _("Status er nu “%(state)s”.") % {"state": CaseState(target).label}
    )


@login_required
@require_POST
def conversation(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    form = ConversationForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, "samtale", conversation_form=form)
    actions.record_conversation(
        case,
        notes=form.notes(),
        wishes=form.cleaned_data["wishes"],
        held_on=form.cleaned_data["held_on"],
        acting_user=signed_in(request),
    )
    return case_changed(request, case, _("Samtalen er gemt."), "#samtale", refresh_proposals=True)


@login_required
@require_POST
def plan(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    form = PlanForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, "plan", plan_form=form)
    try:
        actions.save_plan(
            case,
            goals=form.cleaned_data["goals"],
            steps=form.steps(),
            transport=form.cleaned_data["transport"],
            acting_user=signed_in(request),
            expected_version=form.cleaned_data["version"],
        )
    except StaleEdit as problem:
        form.refuse_stale(problem)
        return _case_page(request, case, "plan", plan_form=form)
    return case_changed(request, case, _("Planen er gemt."), "#plan", refresh_proposals=True)


@login_required
@require_POST
def needs(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    form = NeedsForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, "forslag", needs_form=form)
    d = form.cleaned_data
    try:
        actions.save_needs(
            case,
            needs=d["needs"],
            support=d["support"],
            available=form.windows(),
            max_distance_km=d["max_distance_km"],
            max_cost_kr=d["max_cost_kr"],
            acting_user=signed_in(request),
            expected_version=d["version"],
        )
    except StaleEdit as problem:
        form.refuse_stale(problem)
        return _case_page(request, case, "forslag", needs_form=form)
    return case_changed(request, case, _("Behov og tider er gemt."), "#forslag")


@login_required
@require_POST
def choose(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    from .matching import proposals_for

    case = case_for_change(request, pk)
    offer_id = request.POST.get("offer", "")
    proposal = next((p for p in proposals_for(case, top=50) if str(p.offer.pk) == offer_id), None)
    offer = proposal.offer if proposal else None
    if offer is None and parse_id(offer_id):
        # Not proposed (e.g. chosen from the directory directly): allowed, without reasons.
        offer = Offer.objects.filter(pk=offer_id, status="active").first()
    if offer is None:
        messages.error(request, _("Fællesskabet findes ikke længere."))
        return redirect(case_url(case))
    actions.choose_offer(
        case, offer, reasons=proposal.reasons if proposal else [], acting_user=signed_in(request)
    )
    return case_changed(request, case, _("“%(title)s” er valgt.") % {"title": offer.title}, "#valg")


def _choice(request: HttpRequest, case: Case, choice_id: int) -> PlanChoice:
    return get_object_or_404(PlanChoice, pk=choice_id, case=case)


@login_required
@require_POST
def attending(request: HtmxHttpRequest, pk: int, choice_id: int) -> HttpResponse:
    case = case_for_change(request, pk)
    actions.record_attendance(_choice(request, case, choice_id), acting_user=signed_in(request))
    return case_changed(request, case, _("Registreret: borgeren deltager."), "#valg")


@login_required
@require_POST
def failed(request: HtmxHttpRequest, pk: int, choice_id: int) -> HttpResponse:
    case = case_for_change(request, pk)
    choice = _choice(request, case, choice_id)
    form = FailureForm(request.POST, prefix=f"valg-{choice.pk}")
    if not form.is_valid():
        return _case_page(request, case, "valg", **{f"failure_form_{choice.pk}": form})
    actions.record_failure(
        choice,
        reason=form.cleaned_data["reason"],
        note=form.cleaned_data["note"],
        acting_user=signed_in(request),
    )
    return case_changed(request, case, _("Årsagen er registreret."), "#valg")


@login_required
@require_POST
def companion(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    form = CompanionForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, "valg", companion_form=form)
    actions.set_companion(
        case,
        name=form.cleaned_data["companion_name"],
        phone=form.cleaned_data["companion_phone"],
        volunteer=None,
        acting_user=signed_in(request),
    )
    return case_changed(request, case, _("Følgeven er registreret."), "#valg")


@login_required
@require_POST
def add_task(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    form = TaskForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, "opgaver", task_form=form)
    actions.add_task(
        case,
        title=form.cleaned_data["title"],
        due_on=form.cleaned_data["due_on"],
        acting_user=signed_in(request),
    )
    return case_changed(request, case, _("Opgaven er oprettet."), "#opgaver")


@login_required
@require_POST
def first_visit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    case = case_for_change(request, pk)
    form = FirstVisitForm(request.POST)
    if not form.is_valid():
        return _case_page(request, case, "opgaver", visit_form=form)
    actions.plan_follow_ups(
        case,
        first_visit=form.cleaned_data["first_visit"],
        at=form.cleaned_data["first_visit_time"],
        place=form.cleaned_data["first_visit_place"],
        acting_user=signed_in(request),
    )
    return case_changed(request, case, _("Opfølgningerne er sat i kalenderen."), "#opgaver")


@login_required
@require_POST
def task_done(request: HtmxHttpRequest, pk: int, task_id: int) -> HttpResponse:
    case = case_for_change(request, pk)
    task = get_object_or_404(Task, pk=task_id, case=case)
    actions.complete_task(task, acting_user=signed_in(request))
    return case_changed(request, case, _("Opgaven er udført."), "#opgaver")


@login_required
@require_POST
def feedback(request: HtmxHttpRequest, pk: int, referral_id: int) -> HttpResponse:
    case = case_for_change(request, pk)
    referral = get_object_or_404(Referral, pk=referral_id, case=case)
    form = FeedbackForm(request.POST, prefix=f"henvisning-{referral.pk}")
    if not form.is_valid():
        messages.error(request, _("Vælg en besked."))
        return redirect(case_url(case))
    try:
        shared = actions.share_feedback(
            referral, message=form.cleaned_data["message"], acting_user=signed_in(request)
        )
    except PermissionDenied as problem:
        refused = str(problem) or _("Det har du ikke adgang til.")
        messages.error(request, f"{refused} {_('Henviseren har ikke fået besked.')}")
        return redirect(case_url(case))
    if shared.told:
        return case_changed(request, case, _("Henviseren har fået besked."))
    # Only "told" when a message really left: otherwise say so, and how to reach them.
    messages.warning(request, not_told_text(referral))
    return case_changed(request, case, "")


def not_told_text(referral: Referral) -> str:
    """What the link worker reads when the referrer could not be sent the status."""
    told = _("Henviseren har ikke fået besked: der er ingen e-mailadresse at sende til.")
    name = referral.referrer_name or referral.get_referrer_kind_display()
    if referral.referrer_phone:
        how = _("Ring til %(name)s på %(phone)s, hvis henviseren skal vide det.") % {
            "name": name,
            "phone": referral.referrer_phone,
        }
    else:
        how = _("Der står ingen telefon på henvisningen, så henviseren kan ikke nås herfra.")
    return f"{told} {how}"


@login_required
@require_POST
def consent(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    from .models import ConsentKind

    case = case_for_change(request, pk)
    kind = request.POST.get("kind", "")
    if kind not in ConsentKind.values:
        raise Http404
    given = request.POST.get("given") == "yes"
    actions.record_consent(
        case.citizen,
        kind=kind,
        given=given,
        how=request.POST.get("how", "")[:200] or _("Registreret af brobyggeren"),
        acting_user=signed_in(request),
    )
    return case_changed(request, case, _("Samtykket er registreret."))


@login_required
@require_POST
def duplicate(request: HtmxHttpRequest, referral_id: int) -> HttpResponse:
    user = case_worker(request)
    referral = visible_referrals(user).filter(pk=referral_id, case__isnull=True).first()
    if referral is None:
        raise Http404
    case = actions.resolve_duplicate(
        referral, same_citizen=request.POST.get("same") == "yes", acting_user=user
    )
    return case_changed(request, case, _("Henvisningen er lagt på forløbet."))


@login_required
def conversation_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """“Min samtale”: the summary the citizen keeps, as a PDF."""
    from .documents import conversation_summary_pdf

    user = case_worker(request)
    case = get_case_for(user, pk, request=request, purpose="Min samtale (PDF)")
    record_event(
        events.CASE_EXPORTED,
        user=user,
        obj=case.citizen,
        request=request,
        data={"case": case.pk, "document": "min-samtale"},
    )
    pdf = conversation_summary_pdf(case, request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="min-samtale-{case.pk}.pdf"'
    return response


@login_required
def compare(request: HttpRequest, pk: int) -> HttpResponse:
    """Proposals side by side: when, where, price, access and why they were proposed."""
    from .matching import proposals_for

    user = case_worker(request)
    case = get_case_for(user, pk, request=request, purpose="Sammenligning af forslag")
    wanted = set(request.GET.getlist("tilbud"))
    proposals = [p for p in proposals_for(case, top=50) if str(p.offer.pk) in wanted]
    return render(request, "referrals/compare.html", {"case": case, "proposals": proposals})


@login_required
def choice_print(request: HttpRequest, pk: int) -> HttpResponse:
    """The chosen communities, printed for the citizen to keep by the phone."""
    user = case_worker(request)
    case = get_case_for(user, pk, request=request, purpose="Udskrift af valg")
    choices = (
        case.choices.exclude(status=ChoiceStatus.FAILED)
        .select_related(
            "offer", "offer__location", "offer__location__postal_code", "offer__organisation"
        )
        .prefetch_related("offer__schedules")
    )
    return render(request, "referrals/choice_print.html", {"case": case, "choices": choices})


def task_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """The link worker's follow-ups as an iCalendar feed for their own calendar app.

    The address is secret per person; events say "Forløb 17", never who the citizen is, since
    calendars travel to phones and other systems.
    """
    import icalendar

    user = User.objects.filter(calendar_token=token, is_active=True).first()
    if user is None or not works_with_cases(user):
        raise Http404
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Brobygger//Opgaver//DA")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("Brobygger: mine opgaver"))
    tasks = Task.objects.filter(
        assigned_to=user, done_at__isnull=True, case__in=visible_cases(user)
    ).order_by("due_on")[:500]
    host = request.get_host()
    for task in tasks:
        event = icalendar.Event()
        event.add("uid", f"task-{task.pk}@{host}")
        event.add("summary", f"{_(task.title)} – {_('Forløb %(id)s') % {'id': task.case_id}}")
        event.add("dtstart", task.due_on)
        event.add("dtstamp", timezone.now())
        event.add("url", request.build_absolute_uri(case_url_by_id(task.case_id)))
        cal.add_component(event)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response


def case_url_by_id(case_id: int) -> str:
    from django.urls import reverse

    return reverse("referrals:case", args=[case_id])
