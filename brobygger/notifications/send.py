"""Queue e-mail and text messages from actions: written in the action's transaction, delivered
after the commit, retried on failure. A failed delivery never fails or rolls back the action.

Texts are templates in ``templates/notifications/``: ``NAME.subject.txt`` and ``NAME.txt``
for e-mail, ``NAME.sms.txt`` for SMS (falling back to ``NAME.txt``).
"""

import functools
import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.db import transaction
from django.template import Context, Engine, TemplateDoesNotExist
from django.utils import translation

from .models import Channel, Message
from .sms import danish_msisdn

logger = logging.getLogger(__name__)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def render(name: str, context: Mapping[str, Any]) -> str:
    """Render a plain-text template without HTML escaping."""
    # The engine's own Template (not the backend wrapper) renders a Context, which can switch
    # autoescape off; it is the same engine and loaders as ``get_template``.
    template = Engine.get_default().get_template(name)
    return str(template.render(Context(dict(context), autoescape=False)))


def one_line(text: str, limit: int = 255) -> str:
    """A mail subject: no line breaks or control characters (they break mail headers)."""
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]


def send_email(
    to: str | Iterable[str],
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    key: str | None = None,
    language: str | None = None,
    sensitive: bool = False,
) -> list[Message]:
    """Queue one e-mail to each address in ``to``. Returns nothing when there is nobody to
    send to or when ``key`` was used before (a rerun of a batch command sends nothing twice).
    """
    recipients = _clean_addresses([to] if isinstance(to, str) else to)
    if not recipients:
        return []
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = one_line(render(f"notifications/{template}.subject.txt", context or {}))
        body = render(f"notifications/{template}.txt", context or {}).strip() + "\n"
    return _queue(Channel.EMAIL, template, recipients, subject, body, key, sensitive)


def send_sms(
    to: str | Iterable[str],
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    key: str | None = None,
    language: str | None = None,
) -> list[Message]:
    """Queue one text message to each phone number in ``to``."""
    numbers = sorted(
        {danish_msisdn(p) for p in ([to] if isinstance(to, str) else to) if p and p.strip()}
    )
    if not numbers:
        return []
    with translation.override(language or settings.LANGUAGE_CODE):
        try:
            body = render(f"notifications/{template}.sms.txt", context or {})
        except TemplateDoesNotExist:
            body = render(f"notifications/{template}.txt", context or {})
    return _queue(Channel.SMS, template, numbers, "", body.strip(), key, False)


def send_rendered_email(
    to: str, subject: str, body: str, *, template: str, sensitive: bool = False
) -> list[Message]:
    """Queue a mail another library rendered (allauth's password-reset mail)."""
    recipients = _clean_addresses([to])
    if not recipients:
        return []
    return _queue(
        Channel.EMAIL, template, recipients, one_line(subject), body.strip() + "\n", "", sensitive
    )


def _clean_addresses(addresses: Iterable[str | None]) -> list[str]:
    return sorted({a.strip() for a in addresses if a and a.strip() and not _CONTROL.search(a)})


def _queue(
    channel: str,
    template: str,
    recipients: list[str],
    subject: str,
    body: str,
    key: str | None,
    sensitive: bool,
) -> list[Message]:
    key = (key or "")[:200]
    if key and Message.objects.filter(key=key).exists():
        return []
    with transaction.atomic():
        messages = [
            Message.objects.create(
                channel=channel,
                template=template,
                recipient=recipient,
                subject=subject,
                body=body,
                key=key,
                sensitive=sensitive,
            )
            for recipient in recipients
        ]
    for message in messages:
        transaction.on_commit(functools.partial(enqueue_delivery, message.pk), robust=True)
    return messages


def enqueue_delivery(message_id: int, *, run_after: Any = None) -> None:
    """Hand the message to the task worker; if that fails the sweep picks it up later."""
    from .tasks import deliver

    try:
        if run_after is not None and deliver.get_backend().supports_defer:
            deliver.using(run_after=run_after).enqueue(message_id)
        elif run_after is None:
            deliver.enqueue(message_id)
    except Exception:
        logger.exception("Could not enqueue message %s; the sweep will retry it", message_id)
