"""What the privacy app remembers: which people were anonymised, and the retention runs.

No field is added to the models that hold the personal data: whether a citizen, referral or
volunteer is anonymised is known from an ``Erasure`` row pointing at it (one per person).
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Erasure(models.Model):
    """One person (or referral) whose identifying data were replaced by neutral values."""

    # The model that held the data ("referrals.citizen") and the row's primary key.
    object_type = models.CharField(_("objekttype"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("objekt-id"))
    at = models.DateTimeField(_("tidspunkt"), default=timezone.now, db_index=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("udført af"),
    )
    reason = models.CharField(_("begrundelse"), max_length=300)
    # The retention rule that made it due (see retention.RULES); blank for a request (art. 17).
    rule = models.CharField(_("opbevaringsregel"), max_length=40, blank=True)
    # How many rows of each model were neutralised: {"referrals.case": 1, …}.
    rows = models.JSONField(_("rækker"), default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("anonymisering")
        verbose_name_plural = _("anonymiseringer")
        constraints = [
            models.UniqueConstraint(
                fields=["object_type", "object_id"], name="erased_once_per_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.object_type} {self.object_id} {self.at:%Y-%m-%d}"


class RetentionRun(models.Model):
    """One run of ``brobygger apply-retention``: what each rule found and did."""

    started_at = models.DateTimeField(_("startet"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("færdig"), null=True, blank=True)
    dry_run = models.BooleanField(_("prøvekørsel"), default=False)
    # One entry per rule: {"rule", "title", "cutoff", "due", "done", "failed", "left"}.
    results = models.JSONField(_("resultater"), default=list, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("kørsel af opbevaringsregler")
        verbose_name_plural = _("kørsler af opbevaringsregler")

    def __str__(self) -> str:
        return f"{self.started_at:%Y-%m-%d %H:%M}"

    @property
    def done(self) -> int:
        return sum(int(r.get("done", 0)) for r in self.results)

    @property
    def failed(self) -> int:
        return sum(int(r.get("failed", 0)) for r in self.results)


def erasure_of(obj: models.Model) -> Erasure | None:
    """The anonymisation of ``obj``, if it has been anonymised."""
    return Erasure.objects.filter(object_type=obj._meta.label_lower, object_id=obj.pk).first()


def not_erased[T: models.Model](queryset: QuerySet[T]) -> QuerySet[T]:
    """The rows of ``queryset`` that have not been anonymised."""
    erased = Erasure.objects.filter(
        object_type=queryset.model._meta.label_lower, object_id=OuterRef("pk")
    )
    return queryset.filter(~Exists(erased))
