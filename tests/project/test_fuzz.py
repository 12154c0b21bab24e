"""Hostile input never gives a 500.

Every URL pattern is requested as the role that uses it: plainly, with hostile query
parameters, and with hostile path numbers. Every form found on those pages (and every POST-only
address no form on them points to) is then sent from a plausible filled-in state with one
field at a time made hostile: dates in year 9999 or 0001, -1, 10**30, digits Python cannot
read, unknown choices, line breaks, very long text; and once with NUL everywhere. Each
request runs in a transaction that is rolled back (and with the cache cleared), so every one
starts from the same world; anything at or above 500 is a finding. 503 counts too: nothing
here takes the database away, so a 503 would hide a real error.
"""

import copy
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from html.parser import HTMLParser
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.directory.models import Pause, Taxonomy, Term
from brobygger.referrals.actions import receive_referral
from brobygger.referrals.models import PlanChoice, Task
from brobygger.volunteers import actions as volunteering
from brobygger.volunteers.models import (
    AgreementText,
    Assignment,
    Course,
    HourLog,
    OpenSlot,
    RoleDescription,
    Volunteer,
)
from tests import factories
from tests.people import TwoStepClient, referral_data, two_factor
from tests.public_forms import hidden_fields

pytestmark = pytest.mark.django_db

CPH = ZoneInfo("Europe/Copenhagen")
HUGE = str(10**30)
LONG = "x" * 5000
# Route name → the role that uses it (first match wins). Anonymous visitors get the rest.
ROLES = [
    (r"^directory:(my_offers|new_offer|edit_offer|confirm_offer)$", "contact"),
    (r"^(directory|hsds):", "anonymous"),
    (r"^referrals:(refer|self_referral|thanks|task_calendar)$", "anonymous"),
    (r"^referrals:(hand_over|my_referrals)$", "referrer"),
    (r"^referrals:", "worker"),
    (r"^volunteers:(sign_up|calendar)$", "anonymous"),
    (r"^volunteers:(mine|take_slot|accept|cancel|hours|delete_hours)$", "volunteer"),
    (r"^volunteers:", "coordinator"),
    (r"^privacy:(volunteer|anonymise_volunteer)", "coordinator"),
    (r"^privacy:", "lead"),
    (r"^admin:", "admin"),
    (r"^(home|start|api_docs)$", "worker"),
    (r".", "anonymous"),
]
# Django's own admin pages beyond the index and the lists need an object and a whole
# inline formset; the lists are what take free text (search, ordering, paging, filters).
ADMIN_WALKED = re.compile(r"^admin:(index|\w+_changelist)$")
# Query parameters views read without a form, and the common names of paging and search.
QUERY_NAMES = [
    "side", "page", "next", "format", "vis", "opgave", "tilbud", "q", "organisation", "o", "p",
    "e", "all", "sorter", "full", "modified_after", "per_page", "status", "search",
]  # fmt: skip
QUERY_VALUES = ["-1", HUGE, "²", "\x00"]
# Django's admin lists read search, ordering, paging and filters from the query string.
ADMIN_VALUES = ["-1", HUGE, "²"]
# Names views read from a POST without a form (the fallback when no form points there).
POST_NAMES = [
    "next", "milestone", "to", "state", "note", "offer", "kind", "given", "how", "same",
    "volunteer", "present", "text", "publish", "places", "reason", "message", "outcome",
]  # fmt: skip
POST_VALUES = ["-1", HUGE, "9999-12-31", "ukendt", "²"]
HOSTILE = {
    "date": ["9999-12-31", "0001-01-01"],
    "datetime-local": ["9999-12-31T10:00"],
    "time": ["24:00"],
    "number": [HUGE, "-1", "²"],
    "choice": ["ukendt", HUGE, "²"],
    "hidden": [HUGE, "²"],
    "text": ["a\r\nBcc: x@example.dk", LONG],
}
# Pages that render a PDF take a second each: requested, not fuzzed with query parameters.
SLOW = re.compile(r"_pdf$")


# The world ------------------------------------------------------------------------------


@pytest.fixture
def world(teams, worker, lead):
    today = timezone.localdate()
    for kind in ("agreement", "declaration"):
        AgreementText.objects.create(kind=kind, version=1, text=kind, valid_from=date(2026, 1, 1))
    org = factories.organisation("Roskilde Seniorkor")
    contact = factories.user(Role.ASSOCIATION_CONTACT, organisation=org)
    offer = factories.offer(
        "Seniorkoret", org=org, contact_name="Birthe", contact_email="birthe@example.dk"
    )
    Pause.objects.create(offer=offer, starts_on=date(2026, 7, 1), ends_on=date(2026, 7, 31))
    referrer = factories.user(Role.REFERRER, full_name="Hanne Hjemmepleje")
    case = receive_referral(referral_data()).case
    case.assigned_to = worker
    case.save(update_fields=["assigned_to"])
    referral = case.referrals.first()
    choice = PlanChoice.objects.create(case=case, offer=offer)
    task = Task.objects.create(
        case=case, title="Ring op", due_on=today + timedelta(days=3), assigned_to=worker
    )
    coordinator = two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, full_name="Karen"))
    role = RoleDescription.objects.create(
        title="Følgeven", kind="companion", purpose="-", does="-", does_not="-"
    )
    volunteer_user = factories.user(Role.VOLUNTEER, full_name="Villy")
    volunteer = Volunteer.objects.create(
        user=volunteer_user, full_name="Villy", stage="active", coordinator=coordinator
    )
    for kind in ("agreement", "declaration"):
        volunteering.accept(volunteer, kind, acting_user=volunteer_user)
    starts = datetime.combine(today + timedelta(days=5), time(10), CPH)
    slot = OpenSlot.objects.create(
        role=role,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        places=2,
        created_by=coordinator,
    )
    assignment = Assignment.objects.create(
        volunteer=volunteer,
        role=role,
        starts_at=starts + timedelta(days=1),
        ends_at=starts + timedelta(days=1, hours=2),
        confirmed_by=coordinator,
    )
    hours = HourLog.objects.create(volunteer=volunteer, on=today, hours=2)
    course = Course.objects.create(
        title="Førstehjælp", held_on=today + timedelta(days=14), created_by=coordinator
    )
    admin = two_factor(
        User.objects.create_superuser("admin@kommune.dk", factories.PASSWORD, full_name="Ada")
    )
    taxonomy = Taxonomy.objects.first()
    term = Term.objects.first()
    return SimpleNamespace(**locals())


def path_value(name: str, kwarg: str, w: SimpleNamespace) -> Any:
    """A real object for each part of an address, so the page behind it is reached."""
    from brobygger.hsds.serializers import service_at_location_id

    by_route = {
        "directory:organisation": w.org.pk,
        "referrals:task_calendar": w.worker.calendar_token,
        "volunteers:calendar": w.volunteer_user.calendar_token,
        "volunteers:role_edit": w.role.pk,
        "volunteers:cancel_slot": w.slot.pk,
        "volunteers:take_slot": w.slot.pk,
        "volunteers:course": w.course.pk,
        "volunteers:attendance": w.course.pk,
        "volunteers:cancel": w.assignment.pk,
        "volunteers:hours": w.hours.pk,
        "volunteers:delete_hours": w.hours.pk,
        "hsds:service": w.offer.hsds_id,
        "hsds:organization": w.org.hsds_id,
        "hsds:taxonomy": getattr(w.taxonomy, "hsds_id", uuid.uuid4()),
        "hsds:taxonomy_term": getattr(w.term, "hsds_id", uuid.uuid4()),
        "hsds:service_at_location": service_at_location_id(
            w.offer.hsds_id, w.offer.location.hsds_id
        ),
    }
    if name in by_route:
        return by_route[name]
    namespace = name.split(":")[0]
    by_kwarg = {
        ("directory", "pk"): w.offer.pk,
        ("referrals", "pk"): w.case.pk,
        ("referrals", "choice_id"): w.choice.pk,
        ("referrals", "task_id"): w.task.pk,
        ("referrals", "referral_id"): w.referral.pk,
        ("referrals", "public_id"): w.referral.public_id,
        ("referrals", "section"): "valg",
        ("volunteers", "pk"): w.volunteer.pk,
        ("volunteers", "kind"): "agreement",
        ("privacy", "pk"): w.volunteer.pk if "volunteer" in name else w.case.citizen_id,
    }
    return by_kwarg.get((namespace, kwarg), "1" if kwarg in ("uidb36", "pk") else "x")


# Routes ---------------------------------------------------------------------------------


@dataclass
class Route:
    name: str
    kwargs: list[str]
    int_kwargs: list[str]


def _routes(patterns: list[Any] | None = None, namespace: str = "", outer=()) -> list[Route]:
    found = []
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        groups = tuple(pattern.pattern.regex.groupindex)
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace or ""]))
            found += _routes(pattern.url_patterns, inner, outer + groups)
        elif isinstance(pattern, URLPattern) and pattern.name:
            converters = getattr(pattern.pattern, "converters", {})
            ints = [k for k, c in converters.items() if type(c).__name__ == "IntConverter"]
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            found.append(Route(name, list(outer + groups), ints))
    return found


def role_for(name: str) -> str:
    return next(role for rule, role in ROLES if re.search(rule, name))


def walked_routes() -> list[Route]:
    routes = []
    for route in _routes():
        if route.name.startswith("admin:") and not ADMIN_WALKED.match(route.name):
            continue
        if route.name in ("account_logout", "javascript-catalog"):
            continue  # logging out is not input; the catalogue takes none
        routes.append(route)
    return routes


# Forms ----------------------------------------------------------------------------------


@dataclass
class Field:
    name: str
    kind: str
    values: list[str] = field(default_factory=list)  # options, or the current value
    chosen: list[str] = field(default_factory=list)


@dataclass
class Form:
    method: str
    action: str
    fields: dict[str, Field] = field(default_factory=dict)


class FormParser(HTMLParser):
    KINDS = {"date": "date", "time": "time", "number": "number", "hidden": "hidden"}
    KINDS |= {"datetime-local": "datetime-local", "checkbox": "choice", "radio": "choice"}

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.forms: list[Form] = []
        self.form: Form | None = None
        self.select: Field | None = None
        self.textarea: Field | None = None

    def parse(self, html: str) -> list[Form]:
        self.feed(html)
        self.close()
        return self.forms

    def _add(self, name: str, kind: str) -> Field:
        assert self.form is not None
        return self.form.fields.setdefault(name, Field(name, kind))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            action = a.get("action") or self.url
            self.form = Form(a.get("method", "get").lower(), urlsplit(action).path or self.url)
            self.forms.append(self.form)
            return
        if self.form is None or not a.get("name"):
            if tag == "option" and self.select is not None:
                self._option(a)
            return
        name = a["name"]
        if tag == "input":
            kind = self.KINDS.get(a.get("type", "text"), "text")
            if a.get("type") in ("submit", "button", "image", "reset", "file"):
                return
            f = self._add(name, kind)
            value = a.get("value", "")
            if kind == "choice":
                f.values.append(value or "on")
                if "checked" in a:
                    f.chosen.append(value or "on")
            elif kind == "hidden" and "data-challenge" in a:
                f.kind = "challenge"
            else:
                f.chosen = [value] if value else f.chosen
        elif tag == "button" and a.get("type", "submit") == "submit":
            f = self._add(name, "choice")
            f.values.append(a.get("value", ""))
            f.chosen = f.chosen or [a.get("value", "")]
        elif tag == "select":
            self.select = self._add(name, "choice")
        elif tag == "textarea":
            self.textarea = self._add(name, "text")

    def _option(self, a: dict[str, str]) -> None:
        assert self.select is not None
        value = a.get("value", "")
        self.select.values.append(value)
        if "selected" in a:
            self.select.chosen.append(value)

    def handle_data(self, data: str) -> None:
        if self.textarea is not None and data.strip():
            self.textarea.chosen = [data.strip()]

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def plausible(f: Field, today: date) -> list[str]:
    """What a person would have in the field: its current value, else something valid."""
    if f.chosen and any(f.chosen):
        return f.chosen
    if f.kind == "choice":
        options = [v for v in f.values if v]
        return options[:1]
    name = f.name.lower()
    if f.kind == "date":
        return [(today + timedelta(days=10)).isoformat()]
    if f.kind == "time":
        late = any(w in name for w in ("close", "til", "ends", "slut"))
        return ["12:00" if late else "10:00"]
    if f.kind == "number":
        return ["1"]
    if "postal" in name or "postnr" in name:
        return ["4000"]
    if "phone" in name or "telefon" in name:
        return ["20 30 40 50"]
    if "email" in name or "login" in name:
        return ["person@example.dk"]
    if "password" in name:
        return [factories.PASSWORD]
    return ["Tekst"] if f.kind != "hidden" else [""]


def spring_forward_sunday(after: date) -> date:
    for year in range(after.year, after.year + 2):
        day = date(year, 3, 31)
        day -= timedelta(days=(day.weekday() - 6) % 7)
        if day > after:
            return day
    raise AssertionError("no spring night ahead")


# The fuzzer -----------------------------------------------------------------------------


class Fuzzer:
    def __init__(self, world: SimpleNamespace) -> None:
        self.world = world
        self.findings: list[str] = []
        self.seen: set[str] = set()
        self.forms_done: set[tuple[str, str, tuple[str, ...]]] = set()
        self.actions_posted: set[str] = set()
        self.count = 0
        self.clients: dict[str, Client] = {"anonymous": Client()}
        for role in ("worker", "lead", "contact", "referrer", "coordinator", "admin"):
            self.clients[role] = TwoStepClient()
            self.clients[role].force_login(getattr(world, role))
        self.clients["volunteer"] = TwoStepClient()
        self.clients["volunteer"].force_login(world.volunteer_user)

    def send(self, role: str, method: str, url: str, data: Any = None) -> Any:
        """One request, undone afterwards; a crash or a 5xx is written down."""
        client = self.clients[role]
        cookies = copy.deepcopy(client.cookies)
        cache.clear()  # rate limits and one-time proofs start afresh, like the database
        self.count += 1
        response = None
        try:
            with transaction.atomic():
                response = getattr(client, method)(url, data or {})
                transaction.set_rollback(True)
        except Exception as crash:  # the test client re-raises what the view raised
            self.note(role, method, url, data, f"{type(crash).__name__}: {crash}")
        finally:
            client.cookies = cookies
        if response is not None and response.status_code >= 500:
            self.note(role, method, url, data, f"status {response.status_code}")
        return response

    def note(self, role: str, method: str, url: str, data: Any, what: str) -> None:
        """One line per address and failure, with the first input that caused it."""
        key = f"{role} {method.upper()} {url}: {what[:200]}"
        if key not in self.seen:
            self.seen.add(key)
            shown = {k: v for k, v in (data or {}).items() if "csrf" not in k}
            self.findings.append(f"{key}\n    with {str(shown)[:300]}")

    def route(self, route: Route) -> None:
        role = role_for(route.name)
        values = {k: path_value(route.name, k, self.world) for k in route.kwargs}
        try:
            url = reverse(route.name, kwargs=values)
        except NoReverseMatch:
            self.findings.append(f"cannot build an address for {route.name} with {values}")
            return
        page = self.send(role, "get", url)
        admin = route.name.startswith("admin:")
        post_only = page is not None and page.status_code == 405
        if not (post_only or SLOW.search(route.name)):
            for value in ADMIN_VALUES if admin else QUERY_VALUES:
                self.send(role, "get", url, dict.fromkeys(QUERY_NAMES, value))
        for kwarg in route.int_kwargs:
            odd = reverse(route.name, kwargs={**values, kwarg: HUGE})
            self.send(role, "post" if post_only else "get", odd, {"note": "x"})
        if page is not None and "html" in page.get("Content-Type", "") and not admin:
            for form in FormParser(url).parse(page.content.decode()):
                self.form(role, url, page.content.decode(), form)

    def form(self, role: str, page_url: str, page: str, form: Form) -> None:
        key = (form.method, form.action, tuple(sorted(form.fields)))
        if key in self.forms_done or not form.action.startswith("/"):
            return
        self.forms_done.add(key)
        self.actions_posted.add(form.action)
        today = timezone.localdate()
        base = {name: plausible(f, today) for name, f in form.fields.items()}
        if any(f.kind == "challenge" for f in form.fields.values()):
            base |= {k: [v] for k, v in hidden_fields(page).items()}
        method = form.method if form.method in ("get", "post") else "post"
        target = form.action
        self.send(role, method, target, base)
        self.send(role, method, target, dict.fromkeys(base, "\x00"))
        # One kind at a time, every field of that kind at once: the other fields stay
        # plausible, so the form gets as far as it can with the hostile value.
        kinds: dict[str, list[str]] = {}
        for name, f in form.fields.items():
            if f.kind != "challenge":
                kinds.setdefault(f.kind, []).append(name)
        for kind, names in kinds.items():
            for value in HOSTILE.get(kind, HOSTILE["text"]):
                self.send(role, method, target, base | {n: [value] for n in names})
        dates = [n for n, f in form.fields.items() if f.kind == "date"]
        clocks = [n for n, f in form.fields.items() if f.kind == "time"]
        if dates and clocks:  # the night the clocks skip 02:00-03:00
            night = spring_forward_sunday(today).isoformat()
            skipped = {d: [night] for d in dates} | {clocks[0]: ["02:30"]}
            self.send(
                role, method, target, {**base, **skipped, **{c: ["03:30"] for c in clocks[1:]}}
            )

    def post_only(self, route: Route) -> None:
        """POST to an address no form pointed at, with the names views read directly."""
        values = {k: path_value(route.name, k, self.world) for k in route.kwargs}
        url = reverse(route.name, kwargs=values)
        if url in self.actions_posted or route.name.startswith("admin:"):
            return
        self.send(role_for(route.name), "post", url, {})
        for value in POST_VALUES:
            self.send(role_for(route.name), "post", url, dict.fromkeys(POST_NAMES, value))


# Parts of the site, one test each, so pytest-xdist can run them side by side.
AREAS = {
    "public": re.compile(r"^(directory|hsds):|^(account_|socialaccount|openid|mfa_|set_lang)"),
    "cases": re.compile(r"^referrals:(?!refer$|self_referral|hand_over|thanks|my_referrals)"),
    "intake and rights": re.compile(r"^referrals:|^privacy:|^(home|start|api_docs|accounts:)"),
    "volunteers": re.compile(r"^volunteers:"),
    "admin": re.compile(r"^admin:"),
}


def area_of(name: str) -> str | None:
    return next((area for area, rule in AREAS.items() if rule.search(name)), None)


def test_every_route_is_walked_by_one_area():
    unclaimed = [r.name for r in walked_routes() if area_of(r.name) is None]
    assert not unclaimed, f"add these routes to an area of the fuzz test: {unclaimed}"


@pytest.mark.parametrize("area", list(AREAS))
def test_hostile_input_never_gives_a_500(world, area):
    fuzzer = Fuzzer(world)
    routes = [r for r in walked_routes() if area_of(r.name) == area]
    assert routes
    for route in routes:
        fuzzer.route(route)
    for route in routes:
        fuzzer.post_only(route)
    assert fuzzer.count >= 4 * len(routes)
    assert not fuzzer.findings, "\n".join(fuzzer.findings)


def test_the_form_reader_sees_what_a_browser_would_send():
    html = """<form method="post" action="/x/"><input type="hidden" name="t" value="1">
    <input type="date" name="d"><select name="s"><option value="">-</option>
    <option value="a" selected>A</option></select><textarea name="n">hej</textarea>
    <input type="checkbox" name="c" value="v1"><input type="checkbox" name="c" value="v2" checked>
    <button name="milestone" value="m1">M</button></form>"""
    [form] = FormParser("/side/").parse(html)
    kinds = {n: f.kind for n, f in form.fields.items()}
    assert kinds == {
        "t": "hidden", "d": "date", "s": "choice", "n": "text", "c": "choice", "milestone": "choice"
    }  # fmt: skip
    assert (form.method, form.action) == ("post", "/x/")
    assert plausible(form.fields["s"], date(2026, 1, 1)) == ["a"]
    assert plausible(form.fields["c"], date(2026, 1, 1)) == ["v2"]
    assert plausible(form.fields["n"], date(2026, 1, 1)) == ["hej"]
    assert plausible(form.fields["d"], date(2026, 1, 1)) == ["2026-01-11"]


def test_the_fuzzer_reports_a_crash(world):
    fuzzer = Fuzzer(world)
    fuzzer.send("anonymous", "get", "/api/hsds/services", {"modified_after": "2026-01-01"})
    assert not fuzzer.findings
    from unittest import mock

    with mock.patch("brobygger.hsds.views.queries.page_request", side_effect=OverflowError):
        fuzzer.send("anonymous", "get", "/api/hsds/services")
    assert fuzzer.findings and "OverflowError" in fuzzer.findings[0]
