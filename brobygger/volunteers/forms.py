from datetime import date
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from brobygger.directory.forms import WEEKDAY_CHOICES, term_choices
from brobygger.lib.forms import DkfdsFormMixin
from brobygger.lib.validation import clean_phone, clean_postal_code

from .stages import Commitment, LeavingReason, Stage, TaskKind


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

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["interests"].choices = term_choices("interest")

    def clean_phone(self) -> str:
        phone = clean_phone(self.cleaned_data["phone"])
        if not phone:
            raise ValidationError(_("Skriv dit telefonnummer, så vi kan ringe til dig."))
        return phone

    def clean_postal_code(self) -> str:
        return clean_postal_code(self.cleaned_data["postal_code"])[0]


class StageForm(DkfdsFormMixin, forms.Form):
    stage = forms.ChoiceField(label=_("Ny status"), choices=Stage.choices)
    reason = forms.ChoiceField(
        label=_("Hvorfor stopper den frivillige?"),
        required=False,
        choices=[("", "—"), *LeavingReason.choices],
    )
    note = forms.CharField(label=_("Bemærkning"), required=False, max_length=300)


class HoursForm(DkfdsFormMixin, forms.Form):
    on = forms.DateField(
        label=_("Dato"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    hours = forms.DecimalField(
        label=_("Timer"),
        min_value=Decimal("0.5"),
        max_value=Decimal(24),
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
    )
    note = forms.CharField(label=_("Hvad lavede du?"), required=False, max_length=200)

    def clean_on(self) -> date:
        on = self.cleaned_data["on"]
        if on > timezone.localdate():
            raise ValidationError(_("Timer kan ikke registreres i fremtiden."))
        return on


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
