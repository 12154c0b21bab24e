from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from django.utils.translation import gettext_lazy as _

from brobygger.lib.forms import DkfdsFormMixin


class LoginForm(DkfdsFormMixin, AllauthLoginForm):
    """allauth's login form with DKFDS markup and Danish labels."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("E-mail")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].label = _("Adgangskode")
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
        self.fields.pop("remember", None)


class ResetPasswordForm(DkfdsFormMixin, AllauthResetPasswordForm):
    """“Glemt adgangskode”: the e-mail to send a link to."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Din e-mail")
        self.fields["email"].widget.attrs.pop("placeholder", None)


class ResetPasswordKeyForm(DkfdsFormMixin, AllauthResetPasswordKeyForm):
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
