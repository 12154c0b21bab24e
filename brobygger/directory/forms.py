"""Forms of the directory: the public search and the owner's offer form."""

from datetime import time
from decimal import Decimal
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from brobygger.areas.models import LocalArea
from brobygger.areas.validation import clean_postal_code
from brobygger.lib.concurrency import VersionedFormMixin
from brobygger.lib.forms import DkfdsFormMixin
from brobygger.lib.validation import clean_phone

from .models import Frequency, Location, Offer, OfferStatus, Pause, Schedule, Term
from .schedules import WEEKDAY_CODES, ScheduleError, parse_byday

WEEKDAY_CHOICES = [
    ("MO", _("Mandag")),
    ("TU", _("Tirsdag")),
    ("WE", _("Onsdag")),
    ("TH", _("Torsdag")),
    ("FR", _("Fredag")),
    ("SA", _("Lørdag")),
    ("SU", _("Søndag")),
]
PERIOD_CHOICES = [
    ("morning", _("Formiddag (før kl. 12)")),
    ("afternoon", _("Eftermiddag (kl. 12–17)")),
    ("evening", _("Aften (efter kl. 17)")),
]
DISTANCE_CHOICES = [
    ("", _("Vilkårlig afstand")),
    ("1", _("Højst 1 km")),
    ("2", _("Højst 2 km")),
    ("5", _("Højst 5 km")),
    ("10", _("Højst 10 km")),
    ("25", _("Højst 25 km")),
]
SORT_CHOICES = [
    ("relevance", _("Bedste match")),
    ("distance", _("Nærmest først")),
    ("title", _("Alfabetisk")),
]


def _choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    """A choice field whose choices are filled in per request (they come from the database)."""
    return cast(forms.ChoiceField, form.fields[name])


def term_choices(prefix: str) -> list[tuple[str, str]]:
    language = get_language() or "da"
    return [(t.code, t.label(language)) for t in Term.objects.filter(code__startswith=f"{prefix}:")]


class SearchForm(DkfdsFormMixin, forms.Form):
    q = forms.CharField(
        label=_("Hvad har du lyst til?"),
        required=False,
        max_length=200,
        help_text=_("For eksempel: synge, gåtur, kortspil eller strikke"),
    )
    interesse = forms.MultipleChoiceField(
        label=_("Interesser"), required=False, widget=forms.CheckboxSelectMultiple
    )
    adgang = forms.MultipleChoiceField(
        label=_("Tilgængelighed og støtte"), required=False, widget=forms.CheckboxSelectMultiple
    )
    omraade = forms.ChoiceField(label=_("Lokalområde"), required=False)
    postnr = forms.CharField(
        label=_("Postnummer"),
        required=False,
        max_length=4,
        help_text=_("Fire cifre, for eksempel 4000"),
    )
    afstand = forms.ChoiceField(
        label=_("Afstand fra postnummeret"), required=False, choices=DISTANCE_CHOICES
    )
    dag = forms.MultipleChoiceField(
        label=_("Ugedag"),
        required=False,
        choices=WEEKDAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    tid = forms.MultipleChoiceField(
        label=_("Tid på dagen"),
        required=False,
        choices=PERIOD_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    gratis = forms.BooleanField(label=_("Kun gratis"), required=False)
    ledige = forms.BooleanField(label=_("Kun med ledige pladser"), required=False)
    sorter = forms.ChoiceField(label=_("Sortér efter"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choice_field(self, "interesse").choices = term_choices("interest")
        _choice_field(self, "adgang").choices = term_choices("access")
        _choice_field(self, "omraade").choices = [("", _("Hele kommunen"))] + [
            (a.slug, a.name) for a in LocalArea.objects.all()
        ]
        self.postal_point: tuple[float, float] | None = None

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].replace("\x00", "").split())

    def clean_postnr(self) -> str:
        code, self.postal_point = clean_postal_code(self.cleaned_data["postnr"])
        return code

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("afstand") and not data.get("postnr") and "postnr" not in self.errors:
            self.add_error("postnr", _("Skriv et postnummer, så vi kan måle afstanden."))
        if data.get("sorter") == "distance" and not data.get("postnr"):
            data["sorter"] = "relevance"
        return data


class OfferForm(VersionedFormMixin, DkfdsFormMixin, forms.Form):
    """What an association contact keeps current about one offer."""

    title = forms.CharField(label=_("Navn på tilbuddet"), max_length=200)
    summary = forms.CharField(
        label=_("Kort beskrivelse"),
        max_length=300,
        required=False,
        help_text=_("Én sætning: hvad er det?"),
    )
    description = forms.CharField(
        label=_("Beskrivelse"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    status = forms.ChoiceField(label=_("Status"), choices=OfferStatus.choices)
    has_places = forms.BooleanField(label=_("Der er ledige pladser"), required=False)
    capacity = forms.IntegerField(
        label=_("Antal pladser"), required=False, min_value=0, max_value=100000
    )
    price_kr = forms.DecimalField(
        label=_("Pris i kr."),
        required=False,
        min_value=Decimal(0),
        max_value=Decimal(100000),
        decimal_places=2,
        help_text=_("Tom eller 0 betyder gratis"),
    )
    price_note = forms.CharField(label=_("Om prisen"), max_length=200, required=False)
    interests = forms.MultipleChoiceField(
        label=_("Interesser"), required=False, widget=forms.CheckboxSelectMultiple
    )
    access = forms.MultipleChoiceField(
        label=_("Tilgængelighed og støtte"), required=False, widget=forms.CheckboxSelectMultiple
    )
    targets = forms.MultipleChoiceField(
        label=_("Særlig målgruppe"), required=False, widget=forms.CheckboxSelectMultiple
    )
    location = forms.ModelChoiceField(
        label=_("Sted"),
        queryset=Location.objects.none(),
        required=False,
        empty_label=_("Intet fast sted"),
    )
    host = forms.CharField(
        label=_("Vært for nye"),
        max_length=150,
        required=False,
        help_text=_("Hvem tager imod nye? For eksempel “Grethe (tovholder)”"),
    )
    registration = forms.CharField(label=_("Tilmelding"), max_length=300, required=False)
    contact_name = forms.CharField(label=_("Kontaktperson"), max_length=150, required=False)
    contact_phone = forms.CharField(label=_("Telefon"), max_length=30, required=False)
    contact_email = forms.EmailField(label=_("E-mail"), required=False)
    min_age = forms.IntegerField(
        label=_("Mindstealder"), required=False, min_value=0, max_value=120
    )
    max_age = forms.IntegerField(
        label=_("Højeste alder"), required=False, min_value=0, max_value=120
    )

    def __init__(
        self, *args: Any, locations: QuerySet[Location] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        _choice_field(self, "interests").choices = term_choices("interest")
        _choice_field(self, "access").choices = term_choices("access")
        _choice_field(self, "targets").choices = term_choices("target")
        cast("forms.ModelChoiceField[Location]", self.fields["location"]).queryset = (
            locations if locations is not None else Location.objects.all()
        )

    def clean_contact_phone(self) -> str:
        return clean_phone(self.cleaned_data["contact_phone"])

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        low, high = data.get("min_age"), data.get("max_age")
        if low is not None and high is not None and low > high:
            self.add_error(
                "max_age", _("Højeste alder skal være mindst lige så høj som mindstealderen.")
            )
        return data

    @staticmethod
    def initial_for(offer: Offer) -> dict[str, object]:
        codes = list(offer.terms.values_list("code", flat=True))
        return {
            "version": offer.version,
            "title": offer.title,
            "summary": offer.summary,
            "description": offer.description,
            "status": offer.status,
            "has_places": offer.has_places,
            "capacity": offer.capacity,
            "price_kr": offer.price_kr,
            "price_note": offer.price_note,
            "interests": [c for c in codes if c.startswith("interest:")],
            "access": [c for c in codes if c.startswith("access:")],
            "targets": [c for c in codes if c.startswith("target:")],
            "location": offer.location_id,
            "host": offer.host,
            "registration": offer.registration,
            "contact_name": offer.contact_name,
            "contact_phone": offer.contact_phone,
            "contact_email": offer.contact_email,
            "min_age": offer.min_age,
            "max_age": offer.max_age,
        }


class ScheduleForm(DkfdsFormMixin, forms.Form):
    """One meeting time, written the way people say it."""

    freq = forms.ChoiceField(
        label=_("Hvor ofte"),
        # The empty choice keeps an untouched extra row "unchanged", so it is skipped.
        choices=[
            ("", _("Vælg")),
            ("WEEKLY", _("Hver uge")),
            ("BIWEEKLY", _("Hver anden uge")),
            ("MONTHLY", _("En bestemt ugedag i måneden")),
            ("ONCE", _("Én gang (arrangement)")),
        ],
    )
    weekdays = forms.MultipleChoiceField(
        label=_("Ugedag"),
        required=False,
        choices=WEEKDAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    week_of_month = forms.ChoiceField(
        label=_("Hvilken uge i måneden"),
        required=False,
        choices=[
            ("", _("Kun ved månedlige tilbud")),
            ("1", _("Første")),
            ("2", _("Anden")),
            ("3", _("Tredje")),
            ("4", _("Fjerde")),
            ("-1", _("Sidste")),
        ],
    )
    date = forms.DateField(
        label=_("Dato"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    opens_at = forms.TimeField(
        label=_("Fra kl."), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    closes_at = forms.TimeField(
        label=_("Til kl."), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    note = forms.CharField(label=_("Bemærkning"), max_length=200, required=False)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        freq = data.get("freq")
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if isinstance(opens, time) and isinstance(closes, time) and opens >= closes:
            self.add_error("closes_at", _("Sluttidspunktet skal ligge efter starttidspunktet."))
        if freq == "ONCE":
            if not data.get("date"):
                self.add_error("date", _("Vælg datoen for arrangementet."))
        elif freq in {"WEEKLY", "BIWEEKLY", "MONTHLY"}:
            days = data.get("weekdays") or []
            if not days:
                self.add_error("weekdays", _("Vælg mindst én ugedag."))
            if freq == "MONTHLY" and len(days) > 1:
                self.add_error("weekdays", _("Vælg én ugedag for et månedligt tilbud."))
            if freq == "MONTHLY" and not data.get("week_of_month"):
                self.add_error("week_of_month", _("Vælg hvilken uge i måneden."))
        return data

    def rule(self) -> dict[str, object]:
        """The cleaned form as Schedule fields."""
        data = self.cleaned_data
        freq = data["freq"]
        days = [d for d in WEEKDAY_CODES if d in (data.get("weekdays") or [])]
        byday = ",".join(days)
        if freq == "MONTHLY":
            byday = f"{data['week_of_month']}{days[0]}"
        if freq == "ONCE":
            byday = WEEKDAY_CODES[data["date"].weekday()]
        parse_byday(byday)  # raises ScheduleError on nonsense; the form checks prevent it
        return {
            "freq": Frequency.WEEKLY if freq == "BIWEEKLY" else freq,
            "interval": 2 if freq == "BIWEEKLY" else 1,
            "byday": byday,
            "date": data.get("date") if freq == "ONCE" else None,
            "opens_at": data["opens_at"],
            "closes_at": data["closes_at"],
            "note": data.get("note", ""),
        }

    @staticmethod
    def initial_for(schedule: Schedule) -> dict[str, object]:
        try:
            days = parse_byday(schedule.byday) if schedule.byday else []
        except ScheduleError:
            days = []
        freq = schedule.freq
        if freq == "WEEKLY" and schedule.interval == 2:
            freq = "BIWEEKLY"
        return {
            "freq": freq,
            "weekdays": [WEEKDAY_CODES[d.weekday] for d in days],
            "week_of_month": str(days[0].position) if days and days[0].position else "",
            "date": schedule.date,
            "opens_at": schedule.opens_at,
            "closes_at": schedule.closes_at,
            "note": schedule.note,
        }


class BaseScheduleFormSet(forms.BaseFormSet[ScheduleForm]):
    def kept(self) -> list[ScheduleForm]:
        return [f for f in self.forms if f.has_changed() and not f.cleaned_data.get("DELETE")]

    def clean(self) -> None:
        if any(self.errors):
            return
        if not self.kept():
            raise ValidationError(_("Angiv mindst én mødetid."))

    def rules(self) -> list[dict[str, object]]:
        return [f.rule() for f in self.kept()]


# formset_factory makes a subclass of ``formset``; the stubs return only BaseFormSet.
ScheduleFormSet = cast(
    type[BaseScheduleFormSet],
    forms.formset_factory(
        ScheduleForm,
        formset=BaseScheduleFormSet,
        extra=1,
        max_num=6,
        absolute_max=6,
        can_delete=True,
        validate_max=True,
    ),
)


class PauseForm(DkfdsFormMixin, forms.Form):
    """A break, e.g. the summer holiday; it can repeat every year."""

    starts_on = forms.DateField(
        label=_("Pause fra"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    ends_on = forms.DateField(
        label=_("Pause til og med"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    every_year = forms.BooleanField(label=_("Gentages hvert år"), required=False)
    note = forms.CharField(
        label=_("Bemærkning"),
        max_length=200,
        required=False,
        help_text=_("For eksempel “Sommerferie”"),
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("Pausen skal slutte samme dag eller efter, den begynder."))
        return data

    @staticmethod
    def initial_for(pause: Pause) -> dict[str, object]:
        return {
            "starts_on": pause.starts_on,
            "ends_on": pause.ends_on,
            "every_year": pause.every_year,
            "note": pause.note,
        }


class BasePauseFormSet(forms.BaseFormSet[PauseForm]):
    def periods(self) -> list[dict[str, object]]:
        return [
            {k: f.cleaned_data[k] for k in ("starts_on", "ends_on", "every_year", "note")}
            for f in self.forms
            if f.has_changed() and not f.cleaned_data.get("DELETE")
        ]


PauseFormSet = cast(
    type[BasePauseFormSet],
    forms.formset_factory(
        PauseForm,
        formset=BasePauseFormSet,
        extra=1,
        max_num=4,
        absolute_max=4,
        can_delete=True,
        validate_max=True,
    ),
)
