"""Setting up an authenticator app with a valid code proves the second factor for the session."""

from typing import Any

from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.dispatch import receiver
from django.http import HttpRequest

from .second_factor import APP_TYPES, record_second_factor


@receiver(authenticator_added)
def count_set_up_as_second_factor(
    sender: object, request: HttpRequest, user: Any, authenticator: Authenticator, **kwargs: Any
) -> None:
    # allauth only adds an app after the person typed a valid code from it, so without this
    # they would be logged out the moment they finished setting it up.
    if authenticator.type in APP_TYPES:
        record_second_factor(request, user, kind=authenticator.type, id=authenticator.pk)
