from django.contrib import admin, messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from . import actions, email_code
from .forms import EmailCodeForm, NextForm
from .models import User
from .second_factor import has_authenticator, passed_second_factor, url_with_next


@login_required
def renew_calendar_link(request: HttpRequest) -> HttpResponse:
    """“Forny link”: a new secret calendar address for the person; the old one stops working."""
    form = NextForm(
        request.POST if request.method == "POST" else request.GET, host=request.get_host()
    )
    if request.method == "POST" and form.is_valid():
        actions.renew_calendar_token(request.user, acting_user=request.user, request=request)  # type: ignore[arg-type]
        messages.success(
            request,
            _(
                "Dit kalenderlink er fornyet. Det gamle virker ikke længere: abonnér igen med "
                "det nye link."
            ),
        )
        return redirect(form.cleaned_data["next"] or "home")
    next_url = (form.is_valid() and form.cleaned_data["next"]) or ""
    return render(request, "accounts/renew_calendar_link.html", {"next_url": next_url})


@login_required
def email_managed_by_staff(request: HttpRequest) -> HttpResponse:
    """allauth's page for adding and changing one's own e-mail addresses is closed: staff
    create and change accounts, and an address added here could be someone else's."""
    messages.info(
        request,
        _("Din e-mailadresse styres af kommunen. Kontakt en administrator, hvis den skal ændres."),
    )
    return redirect("home")


def admin_login(request: HttpRequest, extra_context: object = None) -> HttpResponse:
    """Replaces the Django admin's own log-in page, which knew neither the second factor nor
    the lockout: everyone logs in through allauth, and credentials posted here are ignored."""
    if request.user.is_authenticated:
        if admin.site.has_permission(request):
            return redirect("admin:index")
        # Logged in without admin access: the log-in page would send them straight back here.
        messages.error(request, _("Du har ikke adgang til administrationen."))
        return redirect("home")
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("admin:index")
    return redirect(url_with_next("account_login", next_url))


# What the person is told after each attempt to send or check a code.
_OUTCOME_MESSAGES = {
    email_code.Outcome.SENT: (messages.SUCCESS, _lazy("Vi har sendt en kode til din e-mail.")),
    email_code.Outcome.NOT_SENT: (
        messages.ERROR,
        _lazy("Vi kunne ikke sende e-mailen lige nu. Prøv igen om lidt."),
    ),
    email_code.Outcome.TOO_MANY_SENT: (
        messages.ERROR,
        _lazy("Du har fået sendt mange koder. Vent 10 minutter, og prøv så igen."),
    ),
}
_CODE_ERRORS = {
    email_code.Outcome.WRONG: _lazy("Koden passer ikke. Prøv igen."),
    email_code.Outcome.USED_UP: _lazy("Koden er prøvet for mange gange. Send en ny kode."),
    email_code.Outcome.EXPIRED: _lazy("Koden er udløbet. Send en ny kode."),
    email_code.Outcome.NONE_PENDING: _lazy("Send dig selv en kode først."),
    email_code.Outcome.LOCKED: _lazy(
        "For mange forkerte forsøg. Vent 15 minutter, og prøv så igen."
    ),
}


@login_required
def confirm_with_email_code(request: HttpRequest) -> HttpResponse:
    """“Bekræft, at det er dig”: a code by e-mail before pages that show citizens' notes."""
    target = NextForm(request.GET, host=request.get_host())
    next_url = (target.is_valid() and target.cleaned_data["next"]) or reverse("home")
    if passed_second_factor(request) or has_authenticator(request):
        return redirect(next_url)
    form = EmailCodeForm(request.POST if "code" in request.POST else None)
    if request.method == "POST" and "send" in request.POST:
        level, text = _OUTCOME_MESSAGES[email_code.send_code(request)]
        messages.add_message(request, level, text)
        return redirect(request.get_full_path())
    if form.is_bound and form.is_valid():
        outcome = email_code.check_code(request, form.cleaned_data["code"])
        if outcome is email_code.Outcome.PASSED:
            return redirect(next_url)
        if email_code.pending(request):
            form.add_error("code", _CODE_ERRORS[outcome])
        else:  # nothing left to type the code into: say so above the "send" button
            messages.error(request, _CODE_ERRORS[outcome])
            return redirect(request.get_full_path())
    user = request.user
    if not isinstance(user, User):  # login_required lets only a signed-in person this far
        raise Http404
    return render(
        request,
        "accounts/email_code.html",
        {"form": form, "pending": email_code.pending(request), "email": user.email},
    )
