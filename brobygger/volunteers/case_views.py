"""The volunteer side of a citizen's case: finding a companion, a driver or a visiting friend
from the corps, and the need-to-know notes they may read. The link worker's pages; the case
itself belongs to referrals."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from brobygger.lib.forms import error_text
from brobygger.referrals.access import get_case_for
from brobygger.referrals.forms import CompanionTimeForm
from brobygger.referrals.models import Case
from brobygger.referrals.views import (
    HtmxHttpRequest,
    case_changed,
    case_for_change,
    case_url,
    case_worker,
)

from . import actions, planning
from .access import candidates_read, signed_in
from .forms import ChooseVolunteerForm, NeedToKnowForm
from .models import RoleDescription
from .proposals import propose


def case_changed_with_error(request: HtmxHttpRequest, case: Case) -> HttpResponse:
    """Back to the volunteer section of the case, with the message already queued."""
    if request.htmx:
        return case_changed(request, case, "", "#valg")
    return redirect(f"{case_url(case)}#valg")


@dataclass(frozen=True)
class VolunteerTask:
    """A kind of volunteer a link worker finds for a citizen, and how the page words it."""

    kind: str
    title: str
    heading: str
    confirm: str
    done: str
    series: bool = False


def _volunteer_tasks() -> dict[str, VolunteerTask]:
    return {
        "foelgeven": VolunteerTask(
            "companion",
            _("Find en følgeven"),
            _("Følgeven til %(name)s"),
            _("Bekræft følgeven"),
            _("%(name)s er følgeven."),
        ),
        "chauffoer": VolunteerTask(
            "driver",
            _("Find en chauffør"),
            _("Chauffør til %(name)s"),
            _("Bekræft chauffør"),
            _("%(name)s kører."),
        ),
        "besoegsven": VolunteerTask(
            "visiting_friend",
            _("Find en besøgsven"),
            _("Besøgsven til %(name)s"),
            _("Bekræft besøgsven"),
            _("%(name)s er besøgsven."),
            series=True,
        ),
    }


@login_required
def find_companion(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Volunteers who may and can go with the citizen at that time (a companion, a driver,
    or a visiting friend every week); the link worker confirms one."""
    user = case_worker(request)
    tasks = _volunteer_tasks()
    task_key = request.GET.get("opgave", "")
    if task_key not in tasks:
        task_key = "foelgeven"
    task = tasks[task_key]
    case = get_case_for(user, pk, request=request, purpose=task.title)
    role = RoleDescription.objects.filter(kind=task.kind).order_by("pk").first()
    params = {k: v for k, v in request.GET.items() if k != "opgave"}
    form = CompanionTimeForm(params or None, series=task.series)
    candidates, times = [], []
    choose_form = None
    if role is not None and form.is_valid():
        data = form.cleaned_data
        times = planning.weekly_times(
            data["dato"], data["fra"], data["til"], weeks=data.get("uger") or 1
        )
        candidates = propose(role, times=times, area_id=case.local_area_id)
        candidates_read(request, role, candidates)
        choose_form = ChooseVolunteerForm(
            request.POST if request.method == "POST" else None, candidates=candidates
        )
        if choose_form.is_bound and choose_form.is_valid():
            chosen = choose_form.chosen
            try:
                actions.assign_series(chosen, role, times, case=case, acting_user=user)
            except ValidationError as problem:
                messages.error(request, " ".join(problem.messages))
            else:
                return case_changed(request, case, task.done % {"name": chosen}, "#valg")
    return render(
        request,
        "referrals/find_companion.html",
        {
            "case": case,
            "form": form,
            "candidates": candidates,
            "role": role,
            "task": task,
            "task_key": task_key,
            "heading": task.heading % {"name": case.citizen.full_name},
            "times": times,
            "choose_form": choose_form,
            "error_forms": [f for f in (form, choose_form) if f and f.errors],
        },
    )


@login_required
@require_POST
def need_to_know(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """A note the volunteer companion may read — only with the citizen's consent."""
    case = case_for_change(request, pk)
    form = NeedToKnowForm(request.POST)
    if not form.is_valid():
        messages.error(request, error_text(form))
        return case_changed_with_error(request, case)
    try:
        actions.write_need_to_know(case, form.cleaned_data["text"], acting_user=signed_in(request))
    except PermissionDenied as problem:
        messages.error(request, str(problem))
        return case_changed_with_error(request, case)
    return case_changed(request, case, _("Noten er gemt til følgevennen."), "#valg")
