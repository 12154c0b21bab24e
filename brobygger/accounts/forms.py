from allauth.account.forms import LoginForm as AllauthLoginForm
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
