from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.areas.validation import clean_postal_code
from brobygger.directory.forms import WEEKDAY_CHOICES, term_choices
from brobygger.directory.models import Location, Offer
from brobygger.lib.concurrency import VersionedFormMixin
from brobygger.lib.forms import DkfdsFormMixin
from brobygger.lib.public_forms import PublicFormMixin
from brobygger.lib.timezones import check_exists
from brobygger.lib.validation import clean_phone

from .milestones import MILESTONES
from .models import Course, QualificationKind, RoleDescription, Volunteer
from .rules import LONG_DAY_HOURS
from .stages import Commitment, LeavingReason, Stage, TaskKind

if TYPE_CHECKING:
    from .proposals import Candidate

# Staff who train beside volunteers: nursing-home and meeting-place staff, link workers,
# coordinators, and home-care staff (who log in as referrers).
STAFF_ROLES = [
    Role.SITE_KEY_PERSON,
    Role.LINK_WORKER,
    Role.TEAM_LEAD,
    Role.VOLUNTEER_COORDINATOR,
    Role.REFERRER,
]


class SignUpForm(DkfdsFormMixin, forms.Form):
    """“Bliv frivillig” on the public site: enough for a coordinator to call."""

    full_name = forms.CharField(label=_("Dit navn"), max_length=150)
    phone = forms.CharField(
        label=_("Dit telefonnummer"),
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(label=_("Din e-mail"), required=False)
    postal_code = forms.CharField(
        label=_("Dit postnummer"),
        max_length=4,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    task_kinds = forms.MultipleChoiceField(
        label=_("Hvad har du lyst til at hjælpe med?"),
        choices=TaskKind.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    interests = forms.MultipleChoiceField(
        label=_("Hvad interesserer du dig for?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    days = forms.MultipleChoiceField(
        label=_("Hvilke dage kan du?"),
        required=False,
        choices=WEEKDAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    commitment = forms.ChoiceField(
        label=_("Hvor fast?"),
        choices=Commitment.choices,
        initial=Commitment.TRIAL,
        widget=forms.RadioSelect,
    )
    skills = forms.CharField(
        label=_("Er der noget, du er god til?"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For eksempel: kører bil, spiller guitar, taler arabisk"),
    )
    languages = forms.CharField(label=_("Sprog ud over dansk"), required=False, max_length=200)
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["interests"]).choices = term_choices("interest")

    def clean_phone(self) -> str:
        phone = clean_phone(self.cleaned_data["phone"])
        if not phone:
            raise ValidationError(_("Skriv dit telefonnummer, så vi kan ringe til dig."))
        return phone

    def clean_postal_code(self) -> str:
        return clean_postal_code(self.cleaned_data["postal_code"])[0]


class PublicSignUpForm(PublicFormMixin, SignUpForm):
    """The public "Bliv frivillig" form with its guard against floods."""

    rate_scope = "volunteer-sign-up"

    def contact_key(self) -> str:
        return str(self.cleaned_data.get("email") or self.cleaned_data.get("phone") or "").lower()


class StaffEntryForm(SignUpForm):
    """The same facts, written in by a coordinator who met the person (at a fair, on the
    phone): worded about the volunteer, not to them."""

    LABELS = {
        "full_name": _("Navn"),
        "phone": _("Telefon"),
        "email": _("E-mail"),
        "postal_code": _("Postnummer"),
        "task_kinds": _("Hvad vil den frivillige gerne hjælpe med?"),
        "interests": _("Interesser"),
        "days": _("Hvilke dage kan den frivillige?"),
        "skills": _("Kompetencer"),
    }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        for name, label in self.LABELS.items():
            self.fields[name].label = label
        self.fields["phone"].required = False
        del self.fields["website"]

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])


class ContactForm(VersionedFormMixin, DkfdsFormMixin, forms.Form):
    """The coordinator corrects a volunteer's name, phone, e-mail and postal code."""

    full_name = forms.CharField(label=_("Navn"), max_length=150)
    phone = forms.CharField(
        label=_("Telefon"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("Den e-mail, den frivillige logger ind med, ændres ikke her."),
    )
    postal_code = forms.CharField(
        label=_("Postnummer"),
        required=False,
        max_length=4,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The detail page has other forms with a phone and a name: ids must differ.
        kwargs.setdefault("prefix", "kontakt")
        super().__init__(*args, **kwargs)

    def clean_full_name(self) -> str:
        name = " ".join(str(self.cleaned_data["full_name"]).split())
        if not name:
            raise ValidationError(_("Skriv den frivilliges navn."))
        return name

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])

    def clean_postal_code(self) -> str:
        return clean_postal_code(self.cleaned_data["postal_code"])[0]


class StageForm(VersionedFormMixin, DkfdsFormMixin, forms.Form):
    stage = forms.ChoiceField(label=_("Ny status"), choices=Stage.choices)
    reason = forms.ChoiceField(
        label=_("Hvorfor stopper den frivillige?"),
        required=False,
        choices=[("", "—"), *LeavingReason.choices],
    )
    note = forms.CharField(label=_("Bemærkning"), required=False, max_length=300)
    next_action = forms.CharField(
        label=_("Næste skridt"),
        required=False,
        max_length=200,
        help_text=_("Tomt: Brobygger foreslår et ud fra den nye status."),
    )
    next_action_due = forms.DateField(
        label=_("Senest"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class HoursField(forms.DecimalField):
    """Hours as people write them in Danish: "1,5" as well as "1.5" (never a thousands
    separator: nobody gives 1.500 hours in one entry)."""

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        return super().to_python(value)


def hours_text(hours: Decimal) -> str:
    """14 or 1,5: hours as a Danish sentence writes them."""
    if hours == hours.to_integral_value():
        return str(int(hours))
    return f"{hours:f}".rstrip("0").replace(".", ",")


class HoursForm(DkfdsFormMixin, forms.Form):
    on = forms.DateField(
        label=_("Dato"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    hours = HoursField(
        label=_("Timer"),
        min_value=Decimal("0.5"),
        max_value=Decimal(24),
        decimal_places=1,
        help_text=_("For eksempel 2 eller 1,5"),
        # A text field: a number field refuses the Danish comma in some browsers.
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    note = forms.CharField(label=_("Hvad lavede du?"), required=False, max_length=200)
    # Shown only when a long day is asked about; a second submit with it ticked saves.
    sure = forms.BooleanField(label=_("Ja, det passer"), required=False, widget=forms.HiddenInput)

    def clean_on(self) -> date:
        on: date = self.cleaned_data["on"]
        if on > timezone.localdate():
            raise ValidationError(_("Timer kan ikke registreres i fremtiden."))
        return on

    def clean(self) -> dict[str, Any]:
        super().clean()
        hours = self.cleaned_data.get("hours")
        if hours is not None and hours > LONG_DAY_HOURS and not self.cleaned_data.get("sure"):
            self.fields["sure"].widget = forms.CheckboxInput(attrs={"class": "form-checkbox"})
            self.add_error(
                "sure",
                _("Er du sikker på %(hours)s timer? Sæt kryds og gem igen.")
                % {"hours": hours_text(hours)},
            )
        return self.cleaned_data


class CancelForm(DkfdsFormMixin, forms.Form):
    """“Meld afbud”: asked once, with an optional word for the coordinator."""

    reason = forms.CharField(
        label=_("Vil du skrive hvorfor? (frivilligt)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Din koordinator får beskeden. Du behøver ikke skrive noget."),
    )


class RecognitionForm(DkfdsFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("Slags"), choices=[("thanks", _("Tak")), ("event", _("Arrangement"))]
    )
    note = forms.CharField(
        label=_("Hvad"),
        max_length=300,
        help_text=_("For eksempel “Tak for hjælpen til sommerfesten”"),
    )


class ConcernForm(DkfdsFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Fortrolig note"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kun koordinatorer kan se den."),
    )


class OfferChoiceField(forms.ModelChoiceField[Offer]):
    """Activities named with their place: the same title is held at several sites."""

    def label_from_instance(self, obj: Offer) -> str:
        return f"{obj.title} ({obj.location.name})" if obj.location else obj.title


class PersonChoiceField(forms.ModelChoiceField[User]):
    def label_from_instance(self, obj: User) -> str:
        return obj.full_name


class TaskForm(DkfdsFormMixin, forms.Form):
    """What the task is and when: every meeting of an activity for some weeks, or a time."""

    role = forms.ModelChoiceField(
        label=_("Opgave"),
        queryset=RoleDescription.objects.none(),
        help_text=_("Opgavebeskrivelsen siger, hvad der kræves af den frivillige."),
    )
    offer = OfferChoiceField(
        label=_("Aktivitet"),
        required=False,
        queryset=Offer.objects.none(),
        empty_label=_("Ingen – en opgave på et bestemt tidspunkt"),
        help_text=_("Vælg en aktivitet for at give den frivillige alle dens gange."),
    )
    day = forms.DateField(
        label=_("Dato"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Kun når der ikke er valgt en aktivitet."),
    )
    opens = forms.TimeField(
        label=_("Fra kl."),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    closes = forms.TimeField(
        label=_("Til kl."),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    weeks = forms.IntegerField(
        label=_("Antal uger"),
        min_value=1,
        max_value=26,
        initial=1,
        help_text=_("1 er én gang. Flere uger: samme tid hver uge, eller aktivitetens gange."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        roles = RoleDescription.objects.select_related("site")
        cast("forms.ModelChoiceField[RoleDescription]", self.fields["role"]).queryset = roles
        sites = roles.exclude(site=None).values("site")
        cast(OfferChoiceField, self.fields["offer"]).queryset = (
            Offer.objects.filter(location__in=sites, schedules__isnull=False)
            .select_related("location")
            .distinct()
            .order_by("location__name", "title")
        )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        role, offer = data.get("role"), data.get("offer")
        if role and offer and role.site_id and offer.location_id != role.site_id:
            self.add_error("offer", _("Aktiviteten holdes ikke på opgavens sted."))
        if not offer:
            for name in ("day", "opens", "closes"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, _("Udfyld dato og tid, eller vælg en aktivitet."))
            if data.get("opens") and data.get("closes") and data["opens"] >= data["closes"]:
                self.add_error("closes", _("Sluttidspunktet skal ligge efter starttidspunktet."))
            if data.get("day") and data["day"] < timezone.localdate():
                self.add_error("day", _("Vælg en dato i dag eller senere."))
            if data.get("day"):
                for name in ("opens", "closes"):
                    if data.get(name):
                        try:
                            check_exists(data["day"], data[name], weeks=data.get("weeks") or 1)
                        except ValidationError as skipped:  # the spring-forward hour
                            self.add_error(name, skipped)
        return data


class ChooseVolunteerForm(DkfdsFormMixin, forms.Form):
    """One of the volunteers proposed for a task, a slot or a citizen; anything else posted (an
    id that was not proposed, or nothing) is a Danish form error."""

    volunteer = forms.TypedChoiceField(
        label=_("Vælg en frivillig"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Vælg en af de foreslåede frivillige."),
            "invalid_choice": _("Vælg en af de foreslåede frivillige."),
        },
    )

    def __init__(self, *args: Any, candidates: Sequence["Candidate"], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.proposed = {c.volunteer.pk: c.volunteer for c in candidates}
        field = cast(forms.TypedChoiceField, self.fields["volunteer"])
        field.choices = [
            (c.volunteer.pk, f"{c.volunteer.full_name} – {', '.join(c.reasons)}")
            for c in candidates
        ]
        if candidates:
            field.initial = candidates[0].volunteer.pk

    @property
    def chosen(self) -> Volunteer:
        """The chosen volunteer; only after is_valid()."""
        return self.proposed[self.cleaned_data["volunteer"]]


class PlacesForm(DkfdsFormMixin, forms.Form):
    places = forms.IntegerField(label=_("Hvor mange frivillige?"), min_value=1, max_value=50)


class HostForm(DkfdsFormMixin, forms.Form):
    site = forms.ModelChoiceField(label=_("Sted"), queryset=Location.objects.none())
    name = forms.CharField(label=_("Kontaktperson"), max_length=150)
    phone = forms.CharField(
        label=_("Telefon"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel"}),
    )

    def __init__(self, *args: Any, sites: Sequence[Location] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        role_sites = RoleDescription.objects.exclude(site=None).values("site")
        site = cast("forms.ModelChoiceField[Location]", self.fields["site"])
        site.queryset = Location.objects.filter(
            Q(pk__in=role_sites) | Q(pk__in=[s.pk for s in sites])
        ).order_by("name")

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])


class CourseForm(DkfdsFormMixin, forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=150)
    held_on = forms.DateField(
        label=_("Dato"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    place = forms.CharField(label=_("Sted"), required=False, max_length=200)
    gives = forms.ModelChoiceField(
        label=_("Giver kvalifikationen"),
        required=False,
        queryset=QualificationKind.objects.filter(is_record_check=False),
        empty_label=_("Ingen"),
        help_text=_("Frivillige der deltager, får den registreret."),
    )
    capacity = forms.IntegerField(label=_("Pladser"), required=False, min_value=1, max_value=500)


class ParticipantForm(DkfdsFormMixin, forms.Form):
    """One list, volunteers and staff in groups: they train together."""

    who = forms.ChoiceField(label=_("Deltager"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        volunteers = Volunteer.objects.in_corps().values_list("pk", "full_name")
        staff = (
            User.objects.filter(is_active=True, role_assignments__role__in=STAFF_ROLES)
            .distinct()
            .order_by("full_name")
            .values_list("pk", "full_name")
        )
        cast(forms.ChoiceField, self.fields["who"]).choices = [
            ("", "—"),
            (_("Frivillige"), [(f"v{pk}", name) for pk, name in volunteers]),
            (_("Medarbejdere"), [(f"s{pk}", name) for pk, name in staff]),
        ]

    def participant(self) -> "Participant":
        """The chosen person as the keyword ``add_participant`` takes."""
        value = self.cleaned_data["who"]
        if value.startswith("v"):
            return {"volunteer": Volunteer.objects.get(pk=int(value[1:]))}
        return {"staff": User.objects.get(pk=int(value[1:]))}


class Participant(TypedDict, total=False):
    volunteer: Volunteer
    staff: User


class QualificationForm(DkfdsFormMixin, forms.Form):
    """A course certificate or a criminal-record check, seen by the coordinator."""

    kind = forms.ModelChoiceField(
        label=_("Kvalifikation"), queryset=QualificationKind.objects.all()
    )
    obtained_on = forms.DateField(
        label=_("Dato"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Datoen på beviset eller straffeattesten."),
    )
    expires_on = forms.DateField(
        label=_("Udløber"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Tomt: beregnes ud fra, hvor længe den slags gælder."),
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        obtained, expires = data.get("obtained_on"), data.get("expires_on")
        if obtained and obtained > timezone.localdate():
            self.add_error("obtained_on", _("Datoen kan ikke ligge i fremtiden."))
        if obtained and expires and expires <= obtained:
            self.add_error("expires_on", _("Udløbsdatoen skal ligge efter datoen."))
        return data


# Where volunteers help: the kinds of site a role description can belong to.
SITE_KINDS = [
    "nursing_home",
    "meeting_place",
    "village_hall",
    "activity_centre",
    "association_house",
]


class RoleDescriptionForm(DkfdsFormMixin, forms.ModelForm[RoleDescription]):
    class Meta:
        model = RoleDescription
        fields = [
            "title",
            "kind",
            "site",
            "purpose",
            "does",
            "does_not",
            "contact",
            "time_commitment",
            "requires_record_check",
            "required_qualifications",
        ]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 2}),
            "does": forms.Textarea(attrs={"rows": 3}),
            "does_not": forms.Textarea(attrs={"rows": 3}),
            "required_qualifications": forms.CheckboxSelectMultiple,
        }
        field_classes = {"contact": PersonChoiceField}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        site = cast("forms.ModelChoiceField[Location]", self.fields["site"])
        site.queryset = Location.objects.filter(kind__in=SITE_KINDS).order_by("name")
        site.empty_label = _("Hele kommunen")
        cast(PersonChoiceField, self.fields["contact"]).queryset = (
            User.objects.filter(
                is_active=True,
                role_assignments__role__in=[Role.VOLUNTEER_COORDINATOR, Role.SITE_KEY_PERSON],
            )
            .distinct()
            .order_by("full_name")
        )
        cast(
            "forms.ModelMultipleChoiceField[QualificationKind]",
            self.fields["required_qualifications"],
        ).queryset = QualificationKind.objects.filter(is_record_check=False)


class MilestoneForm(DkfdsFormMixin, forms.Form):
    """Marking a milestone as celebrated: only the milestones there are."""

    milestone = forms.ChoiceField(choices=[(k, k) for k in MILESTONES])


class AttendanceForm(DkfdsFormMixin, forms.Form):
    """Who came to a course: only the course's own participants can be ticked."""

    present = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())

    def __init__(self, *args: Any, course: Course, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["present"]).choices = [
            (p.pk, str(p.pk)) for p in course.participants.only("pk")
        ]


class NeedToKnowForm(DkfdsFormMixin, forms.Form):
    """What a volunteer companion needs to know about the citizen, in one short line."""

    text = forms.CharField(label=_("Ny note til følgevennen"), max_length=300)
