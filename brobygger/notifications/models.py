"""The outbox: every e-mail and text message Brobygger sends, with its delivery state.

A message is written inside the action that causes it (so it vanishes with a rolled-back
action) and delivered after the commit by a task; a failed delivery is retried, never lost.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")


class Status(models.TextChoices):
    QUEUED = "queued", _("I kø")
    SENT = "sent", _("Sendt")
    RETRYING = "retrying", _("Prøves igen")
    FAILED = "failed", _("Fejlet")


class Message(models.Model):
    channel = models.CharField(_("kanal"), max_length=10, choices=Channel.choices)
    template = models.CharField(_("skabelon"), max_length=100)
    # One recipient per message, so a retry never reaches someone who already got it.
    recipient = models.CharField(_("modtager"), max_length=254)
    subject = models.CharField(_("emne"), max_length=255, blank=True)
    body = models.TextField(_("tekst"))
    # Batch commands set a key per item and event, so a rerun never sends the same twice.
    key = models.CharField(_("nøgle"), max_length=200, blank=True, default="")
    # A text holding a secret (a link that sets a password) is blanked once it has gone.
    sensitive = models.BooleanField(_("fortroligt indhold"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("forsøg"), default=0)
    last_error = models.TextField(_("seneste fejl"), blank=True)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("næste forsøg"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sendt"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("besked")
        verbose_name_plural = _("beskeder")
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["key"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["key", "recipient"],
                condition=~models.Q(key=""),
                name="message_once_per_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()}: {self.subject or self.template}"
