"""The coordinator gives tasks and publishes open slots; the volunteer takes a slot."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from brobygger.audit.log import record_event
from brobygger.lib.forms import error_text

from . import actions, events, planning
from .access import candidates_read, coordinator, get_volunteer_for, own_volunteer, signed_in
from .forms import ChooseVolunteerForm, HostForm, PlacesForm, RoleDescriptionForm, TaskForm
from .models import OpenSlot, RoleDescription
from .proposals import propose


def _times(form: TaskForm) -> planning.Times:
    data = form.cleaned_data
    if data["offer"]:
        return planning.activity_times(data["offer"], weeks=data["weeks"])
    return planning.weekly_times(data["day"], data["opens"], data["closes"], weeks=data["weeks"])


@login_required
def new_task(request: HttpRequest) -> HttpResponse:
    """Find volunteers for a task with reasons and confirm one — or publish open slots."""
    user = coordinator(request)
    form = TaskForm(request.GET or None)
    places_form = PlacesForm(request.POST if "publish" in request.POST else None)
    times, candidates, problems = [], [], []
    choose_form = None
    if form.is_bound and form.is_valid():
        role, offer = form.cleaned_data["role"], form.cleaned_data["offer"]
        times = _times(form)
        if not times:
            form.add_error(None, _("Aktiviteten mødes ikke i perioden. Vælg flere uger."))
        else:
            candidates = propose(role, times=times, top=8)
            candidates_read(request, role, candidates)
            assigning = request.method == "POST" and "publish" not in request.POST
            choose_form = ChooseVolunteerForm(
                request.POST if assigning else None, candidates=candidates
            )
        if times and request.method == "POST" and "publish" in request.POST:
            if places_form.is_valid():
                slots = actions.publish_slots(
                    role,
                    times,
                    places=places_form.cleaned_data["places"],
                    offer=offer,
                    acting_user=user,
                )
                messages.success(
                    request,
                    ngettext(
                        "%(n)s ledig vagt er slået op.",
                        "%(n)s ledige vagter er slået op.",
                        len(slots),
                    )
                    % {"n": len(slots)},
                )
                return redirect("volunteers:slots")
        elif choose_form is not None and choose_form.is_bound and choose_form.is_valid():
            chosen = choose_form.chosen
            try:
                made = actions.assign_series(chosen, role, times, offer=offer, acting_user=user)
            except ValidationError as problem:
                problems = problem.messages
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(name)s har fået opgaven.",
                        "%(name)s har fået opgaven %(n)s gange.",
                        len(made),
                    )
                    % {"name": chosen, "n": len(made)},
                )
                return redirect("volunteers:detail", pk=chosen.pk)
    return render(
        request,
        "volunteers/new_task.html",
        {
            "form": form,
            "places_form": places_form,
            "times": times,
            "candidates": candidates,
            "choose_form": choose_form,
            "problems": problems,
            "error_forms": [f for f in (form, places_form, choose_form) if f and f.errors],
        },
    )


@login_required
def slots(request: HttpRequest) -> HttpResponse:
    """Open slots ahead: how many places are taken, and by whom."""
    user = coordinator(request)
    upcoming = planning.slots_ahead(timezone.now()).prefetch_related("taken__volunteer")[:200]
    # The list names the volunteers who are coming.
    record_event(
        events.SLOTS_LISTED,
        user=user,
        request=request,
        object_type="volunteers.openslot",
        object_repr=_("Ledige vagter"),
        data={"page": "slots"},
    )
    return render(request, "volunteers/slots.html", {"slots": upcoming})


@login_required
def give_slot(request: HttpRequest, pk: int) -> HttpResponse:
    """The coordinator puts one of the volunteers who may and can on an open slot."""
    user = coordinator(request)
    # Only a slot that is still open: in the future, with a place left (a full one is 404).
    slot = get_object_or_404(planning.open_slots(), pk=pk)
    candidates = propose(slot.role, starts=slot.starts_at, ends=slot.ends_at, top=8)
    candidates_read(request, slot.role, candidates)
    problems: list[str] = []
    choose_form = ChooseVolunteerForm(
        request.POST if request.method == "POST" else None, candidates=candidates
    )
    if choose_form.is_bound and choose_form.is_valid():
        chosen = choose_form.chosen
        try:
            actions.give_slot(slot, chosen, acting_user=user)
        except ValidationError as problem:
            problems = problem.messages
        else:
            messages.success(
                request,
                _("%(name)s har fået vagten og får besked på e-mail.") % {"name": chosen},
            )
            return redirect("volunteers:slots")
    return render(
        request,
        "volunteers/give_slot.html",
        {
            "slot": slot,
            "candidates": candidates,
            "choose_form": choose_form,
            "problems": problems,
            "error_forms": [choose_form] if choose_form.errors else [],
        },
    )


@login_required
@require_POST
def cancel_slot(request: HttpRequest, pk: int) -> HttpResponse:
    user = coordinator(request)
    slot = get_object_or_404(OpenSlot, pk=pk, cancelled_at__isnull=True)
    told = actions.cancel_slot(slot, acting_user=user)
    messages.success(
        request,
        ngettext(
            "Vagten er aflyst. %(n)s frivillig har fået besked.",
            "Vagten er aflyst. %(n)s frivillige har fået besked.",
            told,
        )
        % {"n": told},
    )
    return redirect("volunteers:slots")


@login_required
@require_POST
def take_slot(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in(request)
    volunteer = own_volunteer(user)
    slot = get_object_or_404(OpenSlot, pk=pk)
    try:
        actions.take_slot(slot, volunteer, acting_user=user)
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
    else:
        messages.success(request, _("Tak! Vagten er din. Din koordinator har fået besked."))
    return redirect("volunteers:mine")


@login_required
@require_POST
def set_host(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in(request)
    volunteer = get_volunteer_for(user, pk, request=request)
    form = HostForm(request.POST, sites=planning.sites_helped_at(volunteer))
    if form.is_valid():
        actions.set_host(
            volunteer,
            form.cleaned_data["site"],
            name=form.cleaned_data["name"],
            phone=form.cleaned_data["phone"],
            acting_user=user,
        )
        messages.success(request, _("Kontaktpersonen er gemt."))
    else:
        messages.error(request, error_text(form))
    return redirect(reverse("volunteers:detail", args=[volunteer.pk]) + "#vaert")


@login_required
@require_POST
def give_access(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in(request)
    volunteer = get_volunteer_for(user, pk, request=request)
    try:
        actions.give_access(volunteer, acting_user=user, request=request)
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
    else:
        messages.success(
            request,
            _("%(name)s har fået en e-mail med et link til at vælge adgangskode.")
            % {"name": volunteer},
        )
    return redirect("volunteers:detail", pk=volunteer.pk)


@login_required
def roles(request: HttpRequest) -> HttpResponse:
    """The written role descriptions (opgavebeskrivelser) per kind of task and site."""
    coordinator(request)
    listed = RoleDescription.objects.select_related("site", "contact").prefetch_related(
        "required_qualifications"
    )
    return render(request, "volunteers/roles.html", {"roles": listed})


@login_required
def role_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    user = coordinator(request)
    role = get_object_or_404(RoleDescription, pk=pk) if pk else None
    form = RoleDescriptionForm(request.POST if request.method == "POST" else None, instance=role)
    if request.method == "POST" and form.is_valid():
        actions.save_role_description(form, acting_user=user)
        messages.success(request, _("Opgavebeskrivelsen er gemt."))
        return redirect("volunteers:roles")
    return render(
        request,
        "volunteers/role_edit.html",
        {"form": form, "role": role, "error_forms": [form] if form.errors else []},
    )
