"""Social prescribing: citizens, referrals, cases (forløb), conversations, plans, tasks.

Everything here is personal data. Views reach it only through ``access.py``; every read and
change is written to the audit trail by ``actions.py``/``access.py``.
"""

import secrets
import uuid
from datetime import date
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .states import CaseState, FeedbackLevel, Outcome, Reason, ReferrerKind, Urgency


class Gender(models.TextChoices):
    WOMAN = "kvinde", _("Kvinde")
    MAN = "mand", _("Mand")
    OTHER = "andet", _("Andet eller vil ikke oplyse")


class Citizen(models.Model):
    full_name = models.CharField(_("navn"), max_length=150)
    birth_year = models.PositiveSmallIntegerField(_("fødselsår"), null=True, blank=True)
    gender = models.CharField(_("køn"), max_length=10, choices=Gender.choices, blank=True)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    street = models.CharField(_("adresse"), max_length=200, blank=True)
    postal_code = models.ForeignKey(
        "areas.PostalCode",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("postnummer"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Normalised copies for the duplicate check (an index lookup, never a loop over cases);
    # kept in step with the name and phone on every save.
    name_key = models.CharField(max_length=150, blank=True, db_index=True, editable=False)
    phone_key = models.CharField(max_length=8, blank=True, db_index=True, editable=False)

    class Meta:
        verbose_name = _("borger")
        verbose_name_plural = _("borgere")

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.name_key, self.phone_key = name_key(self.full_name), phone_key(self.phone)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "name_key", "phone_key"}
        super().save(*args, **kwargs)

    def age(self, today: date | None = None) -> int | None:
        if not self.birth_year:
            return None
        return (today or timezone.localdate()).year - self.birth_year


def name_key(name: str) -> str:
    """A name as the duplicate check compares it: case and spacing do not matter."""
    return " ".join(name.casefold().split())[:150]


def phone_key(phone: str) -> str:
    """The last eight digits: "+45 20 30 40 50" and "20304050" are the same number."""
    return "".join(c for c in phone if c.isdigit())[-8:]


class ConsentKind(models.TextChoices):
    CONTACT = "contact", _("Må kontaktes af en brobygger")
    FEEDBACK = "feedback", _("Henviseren må få en kort status")
    VOLUNTEER_NOTES = "volunteer_notes", _("En frivillig må få de nødvendige oplysninger")


class Consent(models.Model):
    """One recorded consent or withdrawal; the newest record of a kind is in force."""

    citizen = models.ForeignKey(Citizen, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(_("samtykke"), max_length=20, choices=ConsentKind.choices)
    given = models.BooleanField(_("givet"))
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    how = models.CharField(_("hvordan"), max_length=200, blank=True)

    class Meta:
        ordering = ["-recorded_at", "-id"]
        verbose_name = _("samtykke")
        verbose_name_plural = _("samtykker")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {'ja' if self.given else 'nej'}"


def consent_in_force(citizen: Citizen, kind: str) -> bool:
    """Whether the citizen's consent of this kind is given now (the newest record of it)."""
    latest = citizen.consents.filter(kind=kind).order_by("-recorded_at", "-id").first()
    return bool(latest and latest.given)


def new_receipt() -> str:
    # Short, unambiguous and unguessable: what a referrer writes down or reads over the phone.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "H-" + "".join(secrets.choice(alphabet) for _ in range(8))


class Case(models.Model):
    """A forløb: one citizen's way from a referral to a community, owned by one team."""

    citizen = models.ForeignKey(Citizen, on_delete=models.PROTECT, related_name="cases")
    team = models.ForeignKey(
        "accounts.OrganisationalUnit",
        on_delete=models.PROTECT,
        related_name="cases",
        verbose_name=_("team"),
    )
    local_area = models.ForeignKey(
        "areas.LocalArea", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("brobygger"),
    )
    state = models.CharField(
        _("status"),
        max_length=20,
        choices=CaseState.choices,
        default=CaseState.RECEIVED,
        db_index=True,
    )
    outcome = models.CharField(_("resultat"), max_length=20, choices=Outcome.choices, blank=True)
    opened_at = models.DateTimeField(default=timezone.now, db_index=True)
    taken_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    last_contact_at = models.DateTimeField(null=True, blank=True)
    # Plan (the citizen's own words) and practicalities of the first visit.
    goals = models.TextField(_("mål med borgerens egne ord"), blank=True)
    companion = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="companion_cases",
        verbose_name=_("følgeven"),
    )
    companion_name = models.CharField(_("følgeven (navn)"), max_length=150, blank=True)
    companion_phone = models.CharField(_("følgevennens telefon"), max_length=30, blank=True)
    # The first visit as the citizen is told it ("Min samtale"): the day, the moment when the
    # clock time is known, and the place when it is not the chosen community's own address.
    first_visit_on = models.DateField(_("første besøg"), null=True, blank=True)
    first_visit_at = models.DateTimeField(_("første besøg, klokken"), null=True, blank=True)
    first_visit_place = models.CharField(_("sted for første besøg"), max_length=200, blank=True)
    # What matching must respect (the hard rules of docs/matching.md).
    needs = models.JSONField(_("behov"), default=list, blank=True)
    wishes_support = models.JSONField(_("ønsker om støtte"), default=list, blank=True)
    max_distance_km = models.PositiveSmallIntegerField(_("højst antal km"), null=True, blank=True)
    max_cost_kr = models.PositiveIntegerField(_("højst pris i kr."), null=True, blank=True)
    available = models.JSONField(_("tider borgeren kan"), default=list, blank=True)
    transport = models.CharField(
        _("transport"),
        max_length=20,
        blank=True,
        choices=[
            ("own", _("Kommer selv")),
            ("neighbour", _("Med en nabo eller ven")),
            ("volunteer_driver", _("Frivillig chauffør")),
            ("flex", _("Flextur")),
        ],
    )
    # The plan and the needs are edited in forms; a save based on an older version is
    # refused (no lost updates). Bumped by those edits only, not by state changes.
    version = models.PositiveIntegerField(default=1)
    edited_at = models.DateTimeField(null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["opened_at"]
        verbose_name = pgettext_lazy("singular", "forløb")
        verbose_name_plural = pgettext_lazy("plural", "forløb")
        indexes = [models.Index(fields=["team", "state"])]

    def __str__(self) -> str:
        return _("Forløb %(id)s") % {"id": self.pk}


class Referral(models.Model):
    """What a referrer sent. It joins a case when a link worker takes it (or joins a
    duplicate to the citizen's open case)."""

    receipt = models.CharField(
        _("kvitteringsnummer"), max_length=12, unique=True, default=new_receipt, editable=False
    )
    case = models.ForeignKey(
        Case, on_delete=models.PROTECT, null=True, blank=True, related_name="referrals"
    )
    # A possible duplicate: the open case this referral seems to be about, until confirmed.
    suspected_case = models.ForeignKey(
        Case, on_delete=models.SET_NULL, null=True, blank=True, related_name="suspected_referrals"
    )
    citizen_name = models.CharField(_("borgerens navn"), max_length=150)
    citizen_phone = models.CharField(_("borgerens telefon"), max_length=30, blank=True)
    citizen_email = models.EmailField(_("borgerens e-mail"), blank=True)
    citizen_street = models.CharField(_("adresse"), max_length=200, blank=True)
    citizen_postal_code = models.ForeignKey(
        "areas.PostalCode", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    citizen_birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    reasons = models.JSONField(_("årsager"), default=list)
    needs_text = models.TextField(_("behov"), blank=True)
    interests_text = models.TextField(_("interesser"), blank=True)
    urgency = models.CharField(
        _("hast"), max_length=10, choices=Urgency.choices, default=Urgency.NORMAL
    )
    consent_contact = models.BooleanField(_("må kontaktes"))
    feedback = models.CharField(
        _("tilbagemelding"),
        max_length=10,
        choices=FeedbackLevel.choices,
        default=FeedbackLevel.NONE,
    )
    referrer_kind = models.CharField(_("henviser"), max_length=20, choices=ReferrerKind.choices)
    referrer_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="referrals_sent",
    )
    referrer_name = models.CharField(_("henviserens navn"), max_length=150, blank=True)
    referrer_organisation = models.CharField(_("arbejdssted"), max_length=150, blank=True)
    referrer_phone = models.CharField(_("henviserens telefon"), max_length=30, blank=True)
    referrer_email = models.EmailField(_("henviserens e-mail"), blank=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The intake form's one-time token: a form sent twice (a double click, a retry after a
    # time-out) makes one referral, not two.
    intake_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["received_at"]
        verbose_name = _("henvisning")
        verbose_name_plural = _("henvisninger")

    def __str__(self) -> str:
        return self.receipt

    def reason_labels(self) -> list[str]:
        """The reasons as the referrer ticked them, in words (unknown codes left out)."""
        return [str(Reason(code).label) for code in self.reasons if code in Reason.values]


class StateChange(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="history")
    from_state = models.CharField(max_length=20, choices=CaseState.choices, blank=True)
    to_state = models.CharField(max_length=20, choices=CaseState.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_state} → {self.to_state}"


class LifeDomain(models.TextChoices):
    """The conversation wheel's life domains."""

    RELATIONS = "relations", _("Relationer og fællesskab")
    ACTIVITY = "activity", _("Aktivitet og bevægelse")
    INTERESTS = "interests", _("Interesser")
    EVERYDAY = "everyday", _("Hverdagsliv og praktiske forhold")
    HEALTH = "health", _("Helbred")
    DREAMS = "dreams", _("Drømme og ønsker")


class Conversation(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="conversations")
    held_on = models.DateField(_("dato"), default=timezone.localdate)
    held_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    notes = models.JSONField(_("noter pr. livsområde"), default=dict)
    wishes = models.TextField(_("det borgeren ønsker, med egne ord"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["held_on", "id"]
        verbose_name = _("samtale")
        verbose_name_plural = _("samtaler")

    def __str__(self) -> str:
        return f"{self.case} {self.held_on}"


class StepLevel(models.TextChoices):
    """The participation spiral: small steps from watching to taking part."""

    WATCH = "watch", _("Kigge med")
    TRY = "try", _("Prøve en gang")
    JOIN = "join", _("Være med fast")
    CONTRIBUTE = "contribute", _("Bidrage selv")


class PlanStep(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="steps")
    text = models.CharField(_("skridt"), max_length=300)
    level = models.CharField(
        _("niveau"), max_length=12, choices=StepLevel.choices, default=StepLevel.TRY
    )
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text


class ChoiceStatus(models.TextChoices):
    CHOSEN = "chosen", _("Valgt")
    ATTENDING = "attending", _("Deltager")
    FAILED = "failed", _("Blev ikke til noget")


class FailureReason(models.TextChoices):
    DID_NOT_GO = "did_not_go", _("Borgeren kom ikke af sted")
    STOPPED = "stopped", _("Borgeren stoppede igen")
    NOT_A_FIT = "not_a_fit", _("Passede ikke til borgeren")
    TRANSPORT = "transport", _("Transporten lykkedes ikke")
    HEALTH = "health", _("Helbredet")
    FULL = "full", _("Der var ikke plads")
    OTHER = "other", _("Andet")


class PlanChoice(models.Model):
    """An offer chosen with the citizen, and how it went."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="choices")
    offer = models.ForeignKey("directory.Offer", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        max_length=10, choices=ChoiceStatus.choices, default=ChoiceStatus.CHOSEN
    )
    reasons = models.JSONField(default=list)
    chosen_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.CharField(max_length=12, choices=FailureReason.choices, blank=True)
    failure_note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["chosen_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["case", "offer"], name="offer_chosen_once_per_case")
        ]

    def __str__(self) -> str:
        return f"{self.case} → {self.offer}"


class Task(models.Model):
    """A follow-up on the link worker's calendar (a call after the first visit, …)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("opgave"), max_length=200)
    due_on = models.DateField(_("dato"))
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="referral_tasks"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = _("opgave")
        verbose_name_plural = _("opgaver")

    def __str__(self) -> str:
        return self.title


class FeedbackShare(models.Model):
    """A status shared with a referrer: only what the citizen consented to."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="shares")
    message = models.CharField(max_length=200)
    shared_at = models.DateTimeField(default=timezone.now)
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["shared_at"]

    def __str__(self) -> str:
        return self.message
