"""Intake forms (staff, external referrers, home-care hand-over, self-referral) and the
link worker's forms for a case."""

from datetime import date
from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.areas.models import PostalCode
from brobygger.areas.services import in_municipality
from brobygger.areas.validation import clean_postal_code
from brobygger.directory.forms import WEEKDAY_CHOICES
from brobygger.lib.concurrency import VersionedFormMixin
from brobygger.lib.forms import DkfdsFormMixin
from brobygger.lib.public_forms import PublicFormMixin
from brobygger.lib.timezones import check_exists
from brobygger.lib.validation import clean_phone

from .actions import FEEDBACK_MESSAGES, ReferralData
from .models import Case, FailureReason, LifeDomain, StepLevel
from .states import CaseState, FeedbackLevel, Outcome, Reason, ReferrerKind, Urgency

_phone = clean_phone


def _postal_code(value: str, *, required: bool) -> str:
    if required and not value.strip():
        raise ValidationError(_("Skriv postnummeret, så henvisningen kommer til det rigtige team."))
    return clean_postal_code(value)[0]


class MunicipalityCheckMixin(forms.Form):
    """A postal code outside the municipality is asked about, not silently sent to the
    fallback team: the person corrects it, or ticks that it should go to the central team.
    Everything typed stays in the form meanwhile."""

    send_outside = forms.BooleanField(required=False)
    outside_message = _(
        "Postnummeret %(code)s ligger uden for %(municipality)s. Vil du sende henvisningen "
        "alligevel til det centrale team, eller rette postnummeret?"
    )
    outside_label = _("Ja, send henvisningen til det centrale team alligevel")
    # Set by clean(): the template shows the choice only then.
    outside_municipality = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["send_outside"].label = self.outside_label

    def clean(self) -> dict[str, Any]:
        # Before the public-form guards count the attempt: asking is not a sent form.
        super().clean()
        self.check_municipality()
        return self.cleaned_data

    def check_municipality(self) -> None:
        code = self.cleaned_data.get("citizen_postal_code")
        if not code or in_municipality(code):
            return
        self.outside_municipality = True
        if self.cleaned_data.get("send_outside"):
            return
        place = PostalCode.objects.filter(code=code).first()
        self.add_error(
            "citizen_postal_code",
            ValidationError(
                self.outside_message,
                params={"code": place or code, "municipality": settings.MUNICIPALITY_NAME},
            ),
        )


class CitizenFields(DkfdsFormMixin, MunicipalityCheckMixin, forms.Form):
    citizen_name = forms.CharField(label=_("Borgerens navn"), max_length=150)
    citizen_phone = forms.CharField(
        label=_("Borgerens telefon"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )
    citizen_street = forms.CharField(label=_("Adresse"), max_length=200, required=False)
    citizen_postal_code = forms.CharField(
        label=_("Postnummer"), max_length=4, widget=forms.TextInput(attrs={"inputmode": "numeric"})
    )

    def clean_citizen_phone(self) -> str:
        return _phone(self.cleaned_data["citizen_phone"])

    def clean_citizen_postal_code(self) -> str:
        return _postal_code(self.cleaned_data["citizen_postal_code"], required=True)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (
            not data.get("citizen_phone")
            and not data.get("citizen_street")
            and "citizen_phone" not in self.errors
        ):
            self.add_error(
                "citizen_phone",
                _(
                    "Skriv borgerens telefonnummer eller adresse, så "
                    "brobyggeren kan komme i kontakt."
                ),
            )
        return data


class ReferralForm(PublicFormMixin, CitizenFields):
    """The full referral: under two minutes for a GP, nurse, home carer or relative."""

    rate_scope = "referral"

    def contact_key(self) -> str:
        return str(
            self.cleaned_data.get("referrer_email") or self.cleaned_data.get("referrer_phone") or ""
        ).lower()

    citizen_birth_year = forms.IntegerField(
        label=_("Fødselsår"), required=False, min_value=1900, max_value=2010
    )
    reasons = forms.MultipleChoiceField(
        label=_("Hvorfor henviser du?"), choices=Reason.choices, widget=forms.CheckboxSelectMultiple
    )
    needs_text = forms.CharField(
        label=_("Hvad ved du om borgerens behov?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    interests_text = forms.CharField(
        label=_("Hvad interesserer borgeren sig for?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    urgency = forms.ChoiceField(
        label=_("Hvor hurtigt?"),
        choices=Urgency.choices,
        initial=Urgency.NORMAL,
        widget=forms.RadioSelect,
    )
    consent_contact = forms.BooleanField(
        label=_("Borgeren har sagt ja til, at en brobygger kontakter hende eller ham"),
        required=False,
    )
    feedback = forms.ChoiceField(
        label=_("Må du få en kort besked om, hvordan det går?"),
        widget=forms.RadioSelect,
        choices=[
            (FeedbackLevel.STATUS, _("Ja, borgeren har sagt ja til en kort status")),
            (FeedbackLevel.NONE, _("Nej")),
        ],
        initial=FeedbackLevel.NONE,
        help_text=_("Du får aldrig indholdet af samtalen – kun en kort status."),
    )
    referrer_kind = forms.ChoiceField(
        label=_("Du er"), choices=[c for c in ReferrerKind.choices if c[0] != ReferrerKind.SELF]
    )
    referrer_name = forms.CharField(label=_("Dit navn"), max_length=150)
    referrer_organisation = forms.CharField(label=_("Arbejdssted"), max_length=150, required=False)
    referrer_phone = forms.CharField(label=_("Dit telefonnummer"), max_length=30, required=False)
    referrer_email = forms.EmailField(label=_("Din e-mail"), required=False)
    # A field people never see: bots fill it in, and their referrals are dropped.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, referrer: User | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.referrer = referrer
        if referrer is not None:
            for name in (
                "referrer_name",
                "referrer_organisation",
                "referrer_phone",
                "referrer_email",
            ):
                del self.fields[name]

    def clean_referrer_phone(self) -> str:
        return _phone(self.cleaned_data["referrer_phone"])

    def clean_consent_contact(self) -> bool:
        if not self.cleaned_data["consent_contact"]:
            raise ValidationError(
                _("Spørg borgeren først: en brobygger kontakter kun borgere, der har sagt ja.")
            )
        return True

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (
            self.referrer is None
            and not (data.get("referrer_phone") or data.get("referrer_email"))
            and "referrer_phone" not in self.errors
        ):
            self.add_error(
                "referrer_phone",
                _(
                    "Skriv dit telefonnummer eller din e-mail, så vi "
                    "kan kontakte dig ved spørgsmål."
                ),
            )
        return data

    def referral(self) -> ReferralData:
        d = self.cleaned_data
        referrer = self.referrer
        return ReferralData(
            citizen_name=d["citizen_name"],
            citizen_phone=d["citizen_phone"],
            citizen_street=d["citizen_street"],
            citizen_postal_code=d["citizen_postal_code"],
            citizen_birth_year=d.get("citizen_birth_year"),
            reasons=tuple(d["reasons"]),
            needs_text=d["needs_text"],
            interests_text=d["interests_text"],
            urgency=d["urgency"],
            consent_contact=True,
            feedback=d["feedback"],
            referrer_kind=d["referrer_kind"],
            referrer_name=str(referrer) if referrer else d["referrer_name"],
            referrer_organisation=(
                (referrer.unit.name if referrer.unit else "")
                if referrer
                else d["referrer_organisation"]
            ),
            referrer_phone=referrer.phone if referrer else d["referrer_phone"],
            referrer_email=referrer.email if referrer else d["referrer_email"],
        )


class HandOverForm(CitizenFields):
    """The loneliness ambassador's flag from a phone in a hallway: who, where, and a yes."""

    note = forms.CharField(
        label=_("Kort om borgeren"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For eksempel: “Sidder meget alene, kan lide kortspil”"),
    )
    consent_contact = forms.BooleanField(label=_("Borgeren har sagt ja til at blive ringet op"))

    def referral(self, user: User) -> ReferralData:
        d = self.cleaned_data
        return ReferralData(
            citizen_name=d["citizen_name"],
            citizen_phone=d["citizen_phone"],
            citizen_street=d["citizen_street"],
            citizen_postal_code=d["citizen_postal_code"],
            reasons=(Reason.LONELINESS,),
            needs_text=d["note"],
            consent_contact=True,
            referrer_kind=ReferrerKind.HOME_CARE,
            referrer_name=str(user),
            referrer_phone=user.phone,
            referrer_email=user.email,
        )


class SelfReferralForm(PublicFormMixin, DkfdsFormMixin, MunicipalityCheckMixin, forms.Form):
    """“Jeg vil gerne være med”: a citizen (or a relative on their behalf) asks for a call."""

    rate_scope = "self-referral"

    def contact_key(self) -> str:
        return str(self.cleaned_data.get("citizen_phone") or "")

    citizen_name = forms.CharField(label=_("Dit navn"), max_length=150)
    citizen_phone = forms.CharField(
        label=_("Dit telefonnummer"),
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    citizen_postal_code = forms.CharField(
        label=_("Dit postnummer"),
        max_length=4,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    interests_text = forms.CharField(
        label=_("Hvad har du lyst til?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Skriv med dine egne ord, for eksempel “Jeg savner at synge sammen med andre”."
        ),
    )
    consent_contact = forms.BooleanField(label=_("Ja, I må ringe til mig"))
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_citizen_phone(self) -> str:
        phone = _phone(self.cleaned_data["citizen_phone"])
        if not phone:
            raise ValidationError(_("Skriv dit telefonnummer, så vi kan ringe til dig."))
        return phone

    outside_message = _(
        "Postnummeret %(code)s ligger uden for %(municipality)s. Vil du alligevel have, at en "
        "brobygger ringer til dig, eller vil du rette postnummeret?"
    )
    outside_label = _("Ja, I må gerne ringe til mig alligevel")

    def clean_citizen_postal_code(self) -> str:
        return _postal_code(self.cleaned_data["citizen_postal_code"], required=True)

    def referral(self) -> ReferralData:
        d = self.cleaned_data
        return ReferralData(
            citizen_name=d["citizen_name"],
            citizen_phone=d["citizen_phone"],
            citizen_postal_code=d["citizen_postal_code"],
            interests_text=d["interests_text"],
            consent_contact=True,
            referrer_kind=ReferrerKind.SELF,
            referrer_name=d["citizen_name"],
            referrer_phone=d["citizen_phone"],
        )


class ConversationForm(DkfdsFormMixin, forms.Form):
    held_on = forms.DateField(
        label=_("Dato for samtalen"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    wishes = forms.CharField(
        label=_("Det borgeren ønsker, med egne ord"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Det bruges til at finde fællesskaber, der passer."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for domain in LifeDomain:
            self.fields[f"domain_{domain.value}"] = forms.CharField(
                label=domain.label,
                required=False,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 2, "class": "form-input"}),
            )

    def clean_held_on(self) -> date:
        held: date = self.cleaned_data["held_on"]
        if held > timezone.localdate():
            raise ValidationError(_("Samtalen kan ikke ligge i fremtiden."))
        return held

    def notes(self) -> dict[str, str]:
        return {d.value: self.cleaned_data.get(f"domain_{d.value}", "") for d in LifeDomain}


class PlanForm(VersionedFormMixin, DkfdsFormMixin, forms.Form):
    goals = forms.CharField(
        label=_("Mål med borgerens egne ord"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    transport = forms.ChoiceField(
        label=_("Transport til første besøg"),
        required=False,
        choices=[
            ("", _("Ikke afklaret")),
            ("own", _("Kommer selv")),
            ("neighbour", _("Med en nabo eller ven")),
            ("volunteer_driver", _("Frivillig chauffør")),
            ("flex", _("Flextur")),
        ],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for n in range(1, 4):
            self.fields[f"step_{n}"] = forms.CharField(
                label=_("Lille skridt %(n)s") % {"n": n},
                required=False,
                max_length=300,
                widget=forms.TextInput(attrs={"class": "form-input"}),
            )
            self.fields[f"level_{n}"] = forms.ChoiceField(
                label=_("Hvor meget"),
                choices=StepLevel.choices,
                initial=StepLevel.TRY,
                required=False,
                widget=forms.Select(attrs={"class": "form-select"}),
            )

    def steps(self) -> list[tuple[str, str]]:
        return [
            (
                self.cleaned_data.get(f"step_{n}", ""),
                self.cleaned_data.get(f"level_{n}") or StepLevel.TRY,
            )
            for n in range(1, 4)
        ]


class TaskForm(DkfdsFormMixin, forms.Form):
    title = forms.CharField(label=_("Opgave"), max_length=200)
    due_on = forms.DateField(
        label=_("Dato"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


class FirstVisitForm(DkfdsFormMixin, forms.Form):
    """The first visit: its day (the follow-up calls count from it), and the clock time and
    place the citizen reads on "Min samtale"."""

    first_visit = forms.DateField(
        label=_("Dato for første besøg"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    first_visit_time = forms.TimeField(
        label=_("Klokken"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    first_visit_place = forms.CharField(
        label=_("Sted"),
        required=False,
        max_length=200,
        help_text=_("Tomt: adressen på det valgte fællesskab"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        day, clock = data.get("first_visit"), data.get("first_visit_time")
        if day and clock:
            try:
                check_exists(day, clock)
            except ValidationError as skipped:  # the spring-forward hour
                self.add_error("first_visit_time", skipped)
        return data


class CompanionForm(DkfdsFormMixin, forms.Form):
    companion_name = forms.CharField(
        label=_("Følgeven"),
        max_length=150,
        help_text=_("Navnet på den frivillige, der følger borgeren første gang"),
    )
    companion_phone = forms.CharField(
        label=_("Følgevennens telefon"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
        help_text=_("Står på “Min samtale”, så borgeren kan ringe, hvis noget driller"),
    )

    def clean_companion_phone(self) -> str:
        return _phone(self.cleaned_data["companion_phone"])


class StateForm(DkfdsFormMixin, forms.Form):
    """A status button on the case page: the state to move to and an optional note."""

    state = forms.ChoiceField(
        choices=CaseState.choices, error_messages={"invalid_choice": _("Ukendt status.")}
    )
    note = forms.CharField(required=False, max_length=300)


class ReassignForm(DkfdsFormMixin, forms.Form):
    """The team lead gives the case to a link worker, of this team or another one (grouped by
    team), with a reason; the action checks who may be chosen."""

    to = forms.TypedChoiceField(
        label=_("Giv forløbet til"),
        coerce=int,
        error_messages={
            "required": _("Vælg en brobygger."),
            "invalid_choice": _("Vælg en brobygger."),
        },
    )
    reason = forms.CharField(
        label=_("Hvorfor?"),
        max_length=300,
        help_text=_("Står i forløbets historik, så den nye brobygger kan se det."),
        error_messages={"required": _("Skriv hvorfor forløbet gives videre.")},
    )

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "giv-videre-%s")
        super().__init__(*args, **kwargs)
        self.case = case
        workers = (
            User.objects.filter(
                is_active=True, role_assignments__role=Role.LINK_WORKER, unit__isnull=False
            )
            .select_related("unit")
            .distinct()
            .order_by("unit__name", "full_name")
        )
        own: list[tuple[int, str]] = []
        others: dict[str, list[tuple[int, str]]] = {}
        for worker in workers:
            unit = worker.unit
            if unit is None:  # filtered above; kept for the type checker
                continue
            if worker.unit_id == case.team_id:
                own.append((worker.pk, worker.full_name))
            else:
                others.setdefault(unit.name, []).append((worker.pk, worker.full_name))
        self.workers = {w.pk: w for w in workers}
        choices: list[Any] = [("", _("Vælg brobygger"))]
        if own:
            choices.append((str(case.team), own))
        choices += list(others.items())
        field = cast(forms.TypedChoiceField, self.fields["to"])
        field.choices = choices

    def clean_to(self) -> User:
        return self.workers[self.cleaned_data["to"]]


class CloseForm(DkfdsFormMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Resultat"), choices=Outcome.choices, widget=forms.RadioSelect
    )


class FailureForm(DkfdsFormMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("Hvorfor blev det ikke til noget?"), choices=FailureReason.choices
    )
    note = forms.CharField(label=_("Bemærkning"), required=False, max_length=300)


class FeedbackForm(DkfdsFormMixin, forms.Form):
    message = forms.ChoiceField(
        label=_("Besked til henviseren"),
        widget=forms.RadioSelect,
        choices=[(k, _(v)) for k, v in FEEDBACK_MESSAGES.items()],
    )


NEED_CHOICES = [
    ("koerestol", _("Kørestol eller rollator: skal være kørestolsvenligt")),
    ("teleslynge", _("Hører dårligt: skal have teleslynge")),
    ("demensvenlig", _("Demens: skal være demensvenligt")),
    ("ekstra-stoette", _("Har brug for ekstra støtte")),
]
SUPPORT_CHOICES = [
    ("foelgeven", _("Vil gerne have en følgeven første gang")),
    ("transport", _("Har brug for hjælp til transport")),
]
PERIODS = {
    "morning": ("08:00", "12:00"),
    "afternoon": ("12:00", "17:00"),
    "evening": ("17:00", "22:00"),
}


class NeedsForm(VersionedFormMixin, DkfdsFormMixin, forms.Form):
    """What any proposal must respect, in the terms of the matching rules."""

    needs = forms.MultipleChoiceField(
        label=_("Skal passe til"),
        required=False,
        choices=NEED_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    support = forms.MultipleChoiceField(
        label=_("Ønsker"),
        required=False,
        choices=SUPPORT_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    days = forms.MultipleChoiceField(
        label=_("Dage borgeren kan"),
        required=False,
        choices=WEEKDAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    periods = forms.MultipleChoiceField(
        label=_("Tid på dagen"),
        required=False,
        choices=[
            ("morning", _("Formiddag")),
            ("afternoon", _("Eftermiddag")),
            ("evening", _("Aften")),
        ],
        widget=forms.CheckboxSelectMultiple,
    )
    max_distance_km = forms.TypedChoiceField(
        label=_("Højst så langt væk"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            ("", _("Ingen grænse")),
            ("1", "1 km"),
            ("2", "2 km"),
            ("5", "5 km"),
            ("10", "10 km"),
            ("25", "25 km"),
        ],
    )
    max_cost_kr = forms.IntegerField(
        label=_("Højst pris i kr. pr. gang"), required=False, min_value=0, max_value=10000
    )

    def windows(self) -> list[dict[str, str]]:
        days = self.cleaned_data.get("days") or []
        periods = self.cleaned_data.get("periods") or []
        if not days and not periods:
            return []
        days = days or ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        periods = periods or list(PERIODS)
        return [
            {"weekday": d, "from": PERIODS[p][0], "to": PERIODS[p][1]}
            for d in days
            for p in periods
        ]

    @staticmethod
    def initial_for(case: Case) -> dict[str, object]:
        windows = case.available or []
        periods = sorted(
            {p for w in windows for p, span in PERIODS.items() if (w["from"], w["to"]) == span}
        )
        return {
            "needs": case.needs,
            "support": case.wishes_support,
            "days": sorted({w["weekday"] for w in windows}),
            "periods": periods,
            "max_distance_km": case.max_distance_km,
            "max_cost_kr": case.max_cost_kr,
            "version": case.version,
        }


class CompanionTimeForm(DkfdsFormMixin, forms.Form):
    """When the first visit is, so volunteers who are free then can be proposed."""

    dato = forms.DateField(
        label=_("Dato for første besøg"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    fra = forms.TimeField(
        label=_("Fra kl."), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    til = forms.TimeField(
        label=_("Til kl."), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )

    uger = forms.IntegerField(
        label=_("Antal uger"),
        min_value=1,
        max_value=26,
        initial=8,
        help_text=_("Besøgsvennen kommer samme dag og tid hver uge."),
    )

    def __init__(self, *args: Any, series: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not series:
            del self.fields["uger"]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("fra") and data.get("til") and data["fra"] >= data["til"]:
            self.add_error("til", _("Sluttidspunktet skal ligge efter starttidspunktet."))
        if data.get("dato") and data["dato"] < timezone.localdate():
            self.add_error("dato", _("Vælg en dato i dag eller senere."))
        if data.get("dato"):
            for name in ("fra", "til"):
                if data.get(name):
                    try:
                        check_exists(data["dato"], data[name], weeks=data.get("uger") or 1)
                    except ValidationError as skipped:  # the spring-forward hour
                        self.add_error(name, skipped)
        return data
