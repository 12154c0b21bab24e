"""Delivery: one task per message, retried with growing pauses, failures kept in the outbox."""

import logging
from datetime import datetime, timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from .models import Channel, Message, Status
from .sms import get_backend

logger = logging.getLogger(__name__)

# Pauses before the 2nd, 3rd … attempt; after the last the message is marked failed.
BACKOFF = (timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1), timedelta(hours=6))
MAX_ATTEMPTS = len(BACKOFF) + 1


@task()
def deliver(message_id: int) -> str:
    return deliver_now(message_id)


def deliver_now(message_id: int) -> str:
    """Send one queued message. Two workers never send the same one (row lock)."""
    retry_at = None
    with transaction.atomic():
        message = (
            Message.objects.select_for_update()
            .filter(pk=message_id, status__in=[Status.QUEUED, Status.RETRYING])
            .first()
        )
        if message is None:
            return "skipped"
        message.attempts += 1
        try:
            _send(message)
        except Exception as problem:  # any transport error: keep it, retry later
            message.last_error = f"{type(problem).__name__}: {problem}"[:2000]
            if message.attempts >= MAX_ATTEMPTS:
                message.status = Status.FAILED
                message.next_attempt_at = None
                logger.error("Message %s failed for good: %s", message.pk, message.last_error)
            else:
                message.status = Status.RETRYING
                retry_at = timezone.now() + BACKOFF[message.attempts - 1]
                message.next_attempt_at = retry_at
                logger.warning("Message %s failed, retrying: %s", message.pk, message.last_error)
        else:
            message.status = Status.SENT
            message.sent_at = timezone.now()
            message.next_attempt_at = None
            message.last_error = ""
            if message.sensitive:
                message.body = ""
        message.save(
            update_fields=["attempts", "status", "sent_at", "next_attempt_at", "last_error", "body"]
        )
    if retry_at is not None:
        from .send import enqueue_delivery

        enqueue_delivery(message_id, run_after=retry_at)
    return str(message.status)


def _send(message: Message) -> None:
    if message.channel == Channel.EMAIL:
        EmailMessage(message.subject, message.body, None, [message.recipient]).send()
    else:
        get_backend().send(message.recipient, message.body)


def sweep(now: datetime | None = None) -> int:
    """Deliver what is due: retries whose pause is over and messages never handed over."""
    now = now or timezone.now()
    stale = now - timedelta(minutes=5)
    due = Message.objects.filter(status=Status.RETRYING, next_attempt_at__lte=now) | (
        Message.objects.filter(status=Status.QUEUED, created_at__lte=stale)
    )
    count = 0
    for pk in due.values_list("pk", flat=True).order_by("pk")[:1000]:
        deliver_now(pk)
        count += 1
    return count
