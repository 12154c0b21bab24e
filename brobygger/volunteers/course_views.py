"""Courses where staff and volunteers train together: plan, sign up, tick who came."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from brobygger.audit.log import record_event
from brobygger.lib.forms import error_text

from . import actions, events
from .access import coordinator
from .forms import AttendanceForm, CourseForm, ParticipantForm
from .models import Course


@login_required
def course_list(request: HttpRequest) -> HttpResponse:
    user = coordinator(request)
    form = CourseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        course = actions.create_course(acting_user=user, **form.cleaned_data)
        messages.success(request, _("Kurset er oprettet. Tilmeld deltagerne."))
        return redirect("volunteers:course", pk=course.pk)
    today = timezone.localdate()
    listed = Course.objects.annotate(n=Count("participants")).select_related("gives")
    return render(
        request,
        "volunteers/courses.html",
        {
            "form": form,
            "error_forms": [form] if form.errors else [],
            "upcoming": listed.filter(held_on__gte=today).order_by("held_on")[:50],
            "past": listed.filter(held_on__lt=today)[:50],
        },
    )


@login_required
def course_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = coordinator(request)
    course = get_object_or_404(Course.objects.select_related("gives"), pk=pk)
    form = ParticipantForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.add_participant(course, acting_user=user, **form.participant())
        except ValidationError as problem:
            form.add_error(None, problem)
        else:
            messages.success(request, _("Deltageren er tilmeldt."))
            return redirect("volunteers:course", pk=course.pk)
    record_event(
        events.COURSE_PARTICIPANTS_READ,
        user=user,
        request=request,
        obj=course,
        data={"course": course.pk},
    )
    return render(
        request,
        "volunteers/course.html",
        {
            "course": course,
            "form": form,
            "error_forms": [form] if form.errors else [],
            "participants": course.participants.select_related("volunteer", "staff").order_by(
                "volunteer__full_name", "staff__full_name"
            ),
            "attendance_open": course.held_on <= timezone.localdate(),
        },
    )


@login_required
@require_POST
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    user = coordinator(request)
    course = get_object_or_404(Course, pk=pk)
    form = AttendanceForm(request.POST, course=course)
    if not form.is_valid():
        messages.error(request, error_text(form))
        return redirect("volunteers:course", pk=course.pk)
    try:
        given = actions.record_attendance(
            course, set(form.cleaned_data["present"]), acting_user=user
        )
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
    else:
        text = _("Fremmødet er gemt.")
        if given:
            text += " " + ngettext(
                "%(n)s frivillig har fået kvalifikationen.",
                "%(n)s frivillige har fået kvalifikationen.",
                given,
            ) % {"n": given}
        messages.success(request, text)
    return redirect("volunteers:course", pk=course.pk)
