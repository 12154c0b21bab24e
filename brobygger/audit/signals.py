"""Log-ins are part of the trail: who was signed in when a record was read."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from .log import record
from .models import Action


@receiver(user_logged_in)
def log_login(sender: object, request: HttpRequest, user: object, **kwargs: object) -> None:
    record(Action.LOGIN, user=user, request=request)
