from django import forms
from django.utils.translation import gettext_lazy as _

from brobygger.lib.forms import DkfdsFormMixin
from brobygger.referrals.models import ConsentKind


class WithdrawConsentForm(DkfdsFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("Samtykke"),
        choices=ConsentKind.choices,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Vælg et af samtykkerne på listen.")},
    )
    how = forms.CharField(
        label=_("Hvordan trak borgeren samtykket tilbage?"),
        help_text=_("For eksempel “Sagde det i telefonen til mig” eller “Brev af 3. marts”."),
        max_length=200,
        error_messages={"required": _("Skriv hvordan borgeren trak samtykket tilbage.")},
    )


class AnonymiseForm(DkfdsFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Begrundelse"),
        help_text=_(
            "For eksempel “Borgeren bad om sletning i telefonen”. Skriv ikke borgerens navn: "
            "begrundelsen gemmes."
        ),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Skriv hvorfor oplysningerne skal anonymiseres.")},
    )
    confirm = forms.BooleanField(
        label=_("Jeg ved, at navn, kontaktoplysninger og alle noter fjernes for altid"),
        error_messages={"required": _("Bekræft, at oplysningerne skal fjernes for altid.")},
    )
