from typing import Any, ClassVar

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from django import forms
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from brobygger.lib.forms import DkfdsFormMixin, SafeInputMixin
from brobygger.lib.validation import local_path

from . import email_code
from .models import User


# allauth has no type hints: its base class is Any to mypy.
class LoginForm(DkfdsFormMixin, AllauthLoginForm):  # type: ignore[misc]
    """allauth's login form with DKFDS markup and Danish labels."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("E-mail")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].label = _("Adgangskode")
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
        self.fields.pop("remember", None)


# allauth has no type hints: its base class is Any to mypy.
class ResetPasswordForm(DkfdsFormMixin, AllauthResetPasswordForm):  # type: ignore[misc]
    """“Glemt adgangskode”: the e-mail to send a link to."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Din e-mail")
        self.fields["email"].widget.attrs.pop("placeholder", None)


# allauth has no type hints: its base class is Any to mypy.
class ResetPasswordKeyForm(DkfdsFormMixin, AllauthResetPasswordKeyForm):  # type: ignore[misc]
    """Choosing a password from the link in an e-mail (also a new volunteer's first)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password1"].label = _("Ny adgangskode")
        self.fields["password2"].label = _("Skriv den igen")
        for field in ("password1", "password2"):
            self.fields[field].widget.attrs.pop("placeholder", None)
        self.fields["password1"].help_text = _(
            "Mindst 12 tegn. Tip: tre eller fire almindelige ord i træk er let at huske."
        )


class EmailCodeForm(DkfdsFormMixin, forms.Form):
    """The six digits from the e-mail (spaces, as in “123 456”, are allowed)."""

    code = forms.CharField(
        label=_("Kode fra e-mailen"),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "class": "input-width-s",
            }
        ),
        error_messages={"required": _("Skriv koden fra e-mailen.")},
    )

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isascii() and code.isdigit() and len(code) == email_code.CODE_DIGITS):
            raise forms.ValidationError(_("Koden er 6 cifre."))
        return code


class NextForm(forms.Form):
    """Where to go afterwards: only an address on this site (anything else goes home)."""

    next = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args: Any, host: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.host = host

    def clean_next(self) -> str:
        return local_path(self.cleaned_data["next"], self.host)


class UniqueEmailMixin:
    """An address belongs to one person, whatever its case; it is stored in lower case."""

    cleaned_data: dict[str, Any]
    instance: User

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        taken = User.objects.filter(email__iexact=email)
        if self.instance.pk is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("Der findes allerede en bruger med denne e-mailadresse."))
        return email


class UserAdminChangeForm(SafeInputMixin, UniqueEmailMixin, UserChangeForm[User]):
    class Meta(UserChangeForm.Meta):
        model = User
        fields = "__all__"
        field_classes: ClassVar[dict[str, type[forms.Field]]] = {}


class UserAdminCreationForm(SafeInputMixin, UniqueEmailMixin, AdminUserCreationForm[User]):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ("email", "full_name")
        field_classes: ClassVar[dict[str, type[forms.Field]]] = {}
