"""The community directory: organisations, places, offers and when they meet.

The shapes follow Open Referral HSDS 3 closely (organization, location, service, schedule,
taxonomy_term, attribute) so the public API and the importer map one to one.
"""

import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from brobygger.lib.text import join_address


class Taxonomy(models.Model):
    """A vocabulary: interests, accessibility and support, target groups, status."""

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(_("kode"), max_length=40, unique=True)
    name = models.CharField(_("navn"), max_length=100)
    name_en = models.CharField(_("navn på engelsk"), max_length=100, blank=True)
    description = models.TextField(_("beskrivelse"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("ordliste")
        verbose_name_plural = _("ordlister")

    def __str__(self) -> str:
        return self.name


class Term(models.Model):
    """One term of a taxonomy, coded ``<taxonomy>:<code>`` as in docs/matching.md."""

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.PROTECT, related_name="terms")
    code = models.CharField(_("kode"), max_length=80, unique=True)
    name = models.CharField(_("navn"), max_length=100)
    name_en = models.CharField(_("navn på engelsk"), max_length=100, blank=True)
    description = models.TextField(_("beskrivelse"), blank=True)
    position = models.PositiveSmallIntegerField(_("rækkefølge"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["taxonomy__slug", "position", "name"]
        verbose_name = _("begreb")
        verbose_name_plural = _("begreber")

    def __str__(self) -> str:
        return self.name

    @property
    def short_code(self) -> str:
        return self.code.split(":", 1)[-1]

    def label(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("Forening")
    SCHOOL = "school", _("Skole")
    CHURCH = "church", _("Kirke")
    LIBRARY = "library", _("Bibliotek")
    HOUSING_ASSOCIATION = "housing_association", _("Boligforening")
    MUNICIPAL_UNIT = "municipal_unit", _("Kommunal enhed")
    NURSING_HOME = "nursing_home", _("Plejecenter")
    OTHER = "other", _("Andet")


class Organisation(models.Model):
    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("navn"), max_length=200)
    kind = models.CharField(
        _("type"),
        max_length=30,
        choices=OrganisationKind.choices,
        default=OrganisationKind.ASSOCIATION,
    )
    description = models.TextField(_("beskrivelse"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    website = models.URLField(_("hjemmeside"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")

    def __str__(self) -> str:
        return self.name


class Contact(models.Model):
    """A contact person of an organisation, as published in the directory."""

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("navn"), max_length=150)
    title = models.CharField(_("titel"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")

    def __str__(self) -> str:
        return self.name


class LocationKind(models.TextChoices):
    NURSING_HOME = "nursing_home", _("Plejecenter")
    MEETING_PLACE = "meeting_place", _("Mødested")
    VILLAGE_HALL = "village_hall", _("Forsamlingshus")
    LIBRARY = "library", _("Bibliotek")
    CHURCH = "church", _("Kirke")
    SCHOOL = "school", _("Skole")
    SPORTS_HALL = "sports_hall", _("Idrætshal")
    ASSOCIATION_HOUSE = "association_house", _("Foreningshus")
    OUTDOOR = "outdoor", _("Udendørs mødested")
    ACTIVITY_CENTRE = "activity_centre", _("Aktivitetscenter")
    OTHER = "other", _("Andet")
    VIRTUAL = "virtual", _("Online")


class Location(models.Model):
    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="locations"
    )
    name = models.CharField(_("navn"), max_length=200)
    kind = models.CharField(
        _("type"), max_length=30, choices=LocationKind.choices, default=LocationKind.OTHER
    )
    street = models.CharField(_("adresse"), max_length=200, blank=True)
    postal_code = models.ForeignKey(
        "areas.PostalCode",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="locations",
        verbose_name=_("postnummer"),
    )
    latitude = models.FloatField(
        _("breddegrad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("længdegrad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    # False when the point is the postal code's centre because no exact position is known.
    position_exact = models.BooleanField(_("præcis position"), default=False)
    accessibility = models.TextField(_("tilgængelighed"), blank=True)
    wheelchair = models.BooleanField(_("kørestolsvenlig"), default=False)
    hearing_loop = models.BooleanField(_("teleslynge"), default=False)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sted")
        verbose_name_plural = _("steder")
        indexes = [models.Index(fields=["latitude", "longitude"], name="location_position_idx")]

    def __str__(self) -> str:
        return self.name

    @property
    def city(self) -> str:
        return self.postal_code.name if self.postal_code is not None else ""

    @property
    def address_line(self) -> str:
        """ "Algade 1, 4000 Roskilde", or whichever part is known."""
        return join_address(self.street, self.postal_code if self.postal_code_id else "")

    @property
    def full_address(self) -> str:
        """The place's name and address on one line: "Medborgerhuset, Algade 1, 4000 Roskilde"."""
        return join_address(self.name, self.address_line)


class OfferStatus(models.TextChoices):
    ACTIVE = "active", _("Aktiv")
    PAUSED = "paused", _("Holder pause")
    ENDED = "ended", _("Stoppet")


class Offer(models.Model):
    """An activity or community (HSDS: service) that citizens can join."""

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="offers",
        verbose_name=_("arrangør"),
    )
    location = models.ForeignKey(
        Location,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("sted"),
    )
    title = models.CharField(_("navn"), max_length=200)
    summary = models.CharField(_("kort beskrivelse"), max_length=300, blank=True)
    description = models.TextField(_("beskrivelse"), blank=True)
    terms = models.ManyToManyField(
        Term, blank=True, related_name="offers", verbose_name=_("kategorier")
    )
    price_kr = models.DecimalField(
        _("pris i kr."),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    price_note = models.CharField(_("om prisen"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(_("antal pladser"), null=True, blank=True)
    has_places = models.BooleanField(_("der er ledige pladser"), default=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=OfferStatus.choices,
        default=OfferStatus.ACTIVE,
        db_index=True,
    )
    min_age = models.PositiveSmallIntegerField(_("mindstealder"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("højeste alder"), null=True, blank=True)
    host = models.CharField(_("vært for nye"), max_length=150, blank=True)
    registration = models.CharField(_("tilmelding"), max_length=300, blank=True)
    contact_name = models.CharField(_("kontaktperson"), max_length=150, blank=True)
    contact_phone = models.CharField(_("telefon"), max_length=30, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    last_confirmed_at = models.DateTimeField(_("senest bekræftet"), default=timezone.now)
    last_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    stale_notified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The owner's form carries the version it was read at: no silently lost edits.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    # Words, stems and concept tags (brobygger.danish) that free-text search matches against.
    search_document = models.TextField(blank=True, editable=False)
    # The same for the title alone: PostgreSQL weighs it highest when ranking.
    title_document = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["title"]
        verbose_name = pgettext_lazy("singular", "tilbud")
        verbose_name_plural = pgettext_lazy("plural", "tilbud")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(min_age__isnull=True)
                | models.Q(max_age__isnull=True)
                | models.Q(min_age__lte=models.F("max_age")),
                name="offer_age_range_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "last_confirmed_at"]),
            # The default order of lists: page 50 of 100,000 without sorting them all.
            models.Index(fields=["title", "id"], name="offer_title_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def is_stale(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.last_confirmed_at < now - timedelta(days=settings.STALE_AFTER_DAYS)

    @property
    def is_free(self) -> bool:
        return not self.price_kr


class Frequency(models.TextChoices):
    WEEKLY = "WEEKLY", _("Hver uge")
    MONTHLY = "MONTHLY", _("Hver måned")
    ONCE = "ONCE", _("Én gang")


class Schedule(models.Model):
    """When an offer meets, as an iCalendar-style recurrence rule (RFC 5545 subset).

    WEEKLY with ``byday`` "TU,TH" and ``interval`` 2 for every other week; MONTHLY with
    ``byday`` "1TH" (first Thursday) or "-1FR" (last Friday); ONCE on ``date``.
    """

    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="schedules")
    freq = models.CharField(_("gentagelse"), max_length=10, choices=Frequency.choices)
    interval = models.PositiveSmallIntegerField(_("interval"), default=1)
    byday = models.CharField(_("ugedage"), max_length=40, blank=True)
    date = models.DateField(_("dato"), null=True, blank=True)
    opens_at = models.TimeField(_("fra kl."))
    closes_at = models.TimeField(_("til kl."))
    valid_from = models.DateField(_("gælder fra"), null=True, blank=True)
    valid_to = models.DateField(_("gælder til"), null=True, blank=True)
    note = models.CharField(_("bemærkning"), max_length=200, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("mødetid")
        verbose_name_plural = _("mødetider")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(opens_at__lt=models.F("closes_at")),
                name="schedule_opens_before_closes",
            ),
            models.CheckConstraint(
                condition=~models.Q(freq="ONCE") | models.Q(date__isnull=False),
                name="schedule_once_has_date",
            ),
        ]

    def __str__(self) -> str:
        from .schedules import describe

        return describe(self)


class Pause(models.Model):
    """A break in an offer's schedule, e.g. the summer break; repeats yearly if asked."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="pauses")
    starts_on = models.DateField(_("fra"))
    ends_on = models.DateField(_("til og med"))
    every_year = models.BooleanField(_("hvert år"), default=True)
    note = models.CharField(_("bemærkning"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_on"]
        verbose_name = _("pause")
        verbose_name_plural = _("pauser")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_on__lte=models.F("ends_on")),
                name="pause_starts_before_end",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.starts_on:%d.%m.}–{self.ends_on:%d.%m.}"
