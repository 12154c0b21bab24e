"""Volunteers: the corps, what each may do, what they agreed to, and where they help.

Volunteers are people too: their data is personal data, seen by coordinators and logged.
A volunteer sees citizens only through need-to-know notes, and only with an accepted
confidentiality declaration (``rules.py``).
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .stages import ACTIVE_STAGES, IN_CORPS_STAGES, Commitment, LeavingReason, Stage, TaskKind


class VolunteerQuerySet(models.QuerySet["Volunteer"]):
    def active(self) -> "VolunteerQuerySet":
        """Active volunteers (``stages.ACTIVE_STAGES``): what every page counts as active."""
        return self.filter(stage__in=ACTIVE_STAGES)

    def in_corps(self) -> "VolunteerQuerySet":
        """Active volunteers and those on a pause: everyone who still belongs to the corps."""
        return self.filter(stage__in=IN_CORPS_STAGES)


class Volunteer(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="volunteer",
    )
    full_name = models.CharField(_("navn"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("fødselsår"), null=True, blank=True)
    postal_code = models.ForeignKey(
        "areas.PostalCode",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("postnummer"),
    )
    areas = models.ManyToManyField(
        "areas.LocalArea", blank=True, related_name="volunteers", verbose_name=_("områder")
    )
    interests = models.JSONField(_("interesser"), default=list, blank=True)
    skills = models.TextField(_("kompetencer"), blank=True)
    languages = models.CharField(_("sprog"), max_length=200, blank=True)
    task_kinds = models.JSONField(_("opgaver"), default=list, blank=True)
    commitment = models.CharField(
        _("hvor fast"), max_length=10, choices=Commitment.choices, default=Commitment.REGULAR
    )
    available = models.JSONField(_("hvornår"), default=list, blank=True)
    stage = models.CharField(
        _("status"), max_length=12, choices=Stage.choices, default=Stage.INTERESTED, db_index=True
    )
    stage_since = models.DateField(default=timezone.localdate)
    trial_ends_on = models.DateField(_("prøveperioden slutter"), null=True, blank=True)
    next_action = models.CharField(_("næste skridt"), max_length=200, blank=True)
    next_action_due = models.DateField(_("senest"), null=True, blank=True)
    leaving_reason = models.CharField(
        _("grund til at stoppe"), max_length=12, choices=LeavingReason.choices, blank=True
    )
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coordinated_volunteers",
        verbose_name=_("koordinator"),
    )
    last_active_on = models.DateField(null=True, blank=True)
    # The coordinator's status form carries the version it was read at: no silently lost edits.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = VolunteerQuerySet.as_manager()

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("frivillig")
        verbose_name_plural = _("frivillige")

    def __str__(self) -> str:
        return self.full_name

    @property
    def is_active(self) -> bool:
        return self.stage in ACTIVE_STAGES


class StageChange(models.Model):
    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="history")
    from_stage = models.CharField(max_length=12, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=12, choices=Stage.choices)
    on = models.DateField(default=timezone.localdate)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return f"{self.from_stage} → {self.to_stage}"


class QualificationKind(models.Model):
    """A course or check a task may require (senior-sport instructor, first aid, a
    criminal-record check), and how long it stays valid."""

    name = models.CharField(_("navn"), max_length=100, unique=True)
    valid_months = models.PositiveSmallIntegerField(_("gyldig i måneder"), null=True, blank=True)
    is_record_check = models.BooleanField(_("er en straffeattest"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("kvalifikation")
        verbose_name_plural = _("kvalifikationer")

    def __str__(self) -> str:
        return self.name


class Qualification(models.Model):
    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.CASCADE, related_name="qualifications"
    )
    kind = models.ForeignKey(QualificationKind, on_delete=models.PROTECT, related_name="+")
    obtained_on = models.DateField(_("opnået"))
    expires_on = models.DateField(_("udløber"), null=True, blank=True)
    # When the volunteer and coordinator were told it runs out (so they are told once).
    warned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["kind__name", "-obtained_on"]

    def __str__(self) -> str:
        return f"{self.kind} ({self.volunteer})"

    def valid_on(self, day: date) -> bool:
        return self.obtained_on <= day and (self.expires_on is None or day <= self.expires_on)


class RoleDescription(models.Model):
    """An opgavebeskrivelse: what a volunteer does (and does not do) in one kind of task."""

    title = models.CharField(_("titel"), max_length=150)
    kind = models.CharField(_("slags opgave"), max_length=20, choices=TaskKind.choices)
    site = models.ForeignKey(
        "directory.Location",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sted"),
    )
    purpose = models.TextField(_("formål"))
    does = models.TextField(_("den frivillige gør"))
    does_not = models.TextField(_("den frivillige gør ikke"))
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kontaktperson"),
    )
    time_commitment = models.CharField(_("tid"), max_length=150, blank=True)
    requires_record_check = models.BooleanField(_("kræver straffeattest"), default=False)
    required_qualifications = models.ManyToManyField(
        QualificationKind, blank=True, related_name="+", verbose_name=_("kræver")
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("opgavebeskrivelse")
        verbose_name_plural = _("opgavebeskrivelser")

    def __str__(self) -> str:
        return self.title


class DocumentKind(models.TextChoices):
    AGREEMENT = "agreement", _("Frivilligaftale")
    DECLARATION = "declaration", _("Tavshedserklæring")


class AgreementText(models.Model):
    """A version of the volunteer agreement or the confidentiality declaration."""

    kind = models.CharField(max_length=12, choices=DocumentKind.choices)
    version = models.PositiveSmallIntegerField()
    text = models.TextField()
    valid_from = models.DateField(default=timezone.localdate)

    class Meta:
        ordering = ["kind", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "version"], name="one_text_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} v{self.version}"


class Acceptance(models.Model):
    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="acceptances")
    text = models.ForeignKey(AgreementText, on_delete=models.PROTECT, related_name="+")
    accepted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-accepted_at"]
        constraints = [models.UniqueConstraint(fields=["volunteer", "text"], name="accepted_once")]

    def __str__(self) -> str:
        return f"{self.volunteer}: {self.text}"


class Assignment(models.Model):
    """A volunteer's task: at a recurring activity, with a citizen (companion, visiting
    friend) or as a driver — at set times, so double bookings can be refused."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.PROTECT, related_name="assignments")
    role = models.ForeignKey(RoleDescription, on_delete=models.PROTECT, related_name="+")
    offer = models.ForeignKey(
        "directory.Offer", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    case = models.ForeignKey(
        "referrals.Case",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="volunteer_assignments",
    )
    starts_at = models.DateTimeField(_("fra"))
    ends_at = models.DateTimeField(_("til"))
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # What the volunteer wrote when cancelling, for the coordinator (optional).
    cancel_reason = models.CharField(_("grund til afbud"), max_length=300, blank=True)
    slot = models.ForeignKey(
        "OpenSlot", on_delete=models.SET_NULL, null=True, blank=True, related_name="taken"
    )

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="assignment_starts_before_end",
            )
        ]

    def __str__(self) -> str:
        return f"{self.volunteer}: {self.role} {self.starts_at:%Y-%m-%d %H:%M}"


class NeedToKnowNote(models.Model):
    """What a volunteer may know about a citizen ("uses a walker"), only with consent."""

    case = models.ForeignKey(
        "referrals.Case", on_delete=models.CASCADE, related_name="need_to_know"
    )
    text = models.CharField(_("det den frivillige skal vide"), max_length=300)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    written_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["written_at"]

    def __str__(self) -> str:
        return self.text


class HourLog(models.Model):
    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="hours")
    on = models.DateField(_("dato"))
    hours = models.DecimalField(_("timer"), max_digits=4, decimal_places=1)
    assignment = models.ForeignKey(
        Assignment, on_delete=models.SET_NULL, null=True, blank=True, related_name="hours"
    )
    note = models.CharField(_("bemærkning"), max_length=200, blank=True)
    # When it was written: the volunteer may correct it for a week after (``rules``). Entries
    # from before this column have none; their date counts instead.
    logged_at = models.DateTimeField(_("skrevet"), null=True, blank=True, default=timezone.now)

    class Meta:
        ordering = ["-on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__gt=0) & models.Q(hours__lte=24), name="hours_in_a_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.volunteer} {self.on} {self.hours}"


class CorpsTarget(models.Model):
    """How many active volunteers a site (or the whole municipality) aims for in a task."""

    site = models.ForeignKey(
        "directory.Location",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sted"),
    )
    kind = models.CharField(_("slags opgave"), max_length=20, choices=TaskKind.choices)
    target = models.PositiveSmallIntegerField(_("mål"))

    class Meta:
        ordering = ["site__name", "kind"]
        verbose_name = _("mål for frivilligkorps")
        verbose_name_plural = _("mål for frivilligkorps")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "kind"],
                name="one_target_per_site",
                condition=models.Q(site__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["kind"], name="one_target_for_all", condition=models.Q(site__isnull=True)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.site or _('Hele kommunen')}: {self.get_kind_display()} {self.target}"


class RecognitionKind(models.TextChoices):
    THANKS = "thanks", _("Tak")
    EVENT = "event", _("Arrangement")
    MILESTONE = "milestone", _("Milepæl")


class Recognition(models.Model):
    """“De frivilliges løn er anerkendelse”: thanks, events and milestones, remembered."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="recognitions")
    kind = models.CharField(_("slags"), max_length=10, choices=RecognitionKind.choices)
    on = models.DateField(_("dato"), default=timezone.localdate)
    note = models.CharField(_("hvad"), max_length=300)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-on", "-id"]

    def __str__(self) -> str:
        return self.note


class ConcernNote(models.Model):
    """A conflict or concern, noted confidentially: only coordinators ever see it."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="concerns")
    text = models.TextField(_("note"))
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    written_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-written_at"]

    def __str__(self) -> str:
        return f"{self.volunteer} {self.written_at:%Y-%m-%d}"


class OpenSlot(models.Model):
    """A task at a set time that volunteers take themselves from their own page (“ledig
    vagt”). Publishing it is the coordinator's confirmation; the rules still apply."""

    role = models.ForeignKey(
        RoleDescription, on_delete=models.PROTECT, related_name="+", verbose_name=_("opgave")
    )
    offer = models.ForeignKey(
        "directory.Offer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aktivitet"),
    )
    starts_at = models.DateTimeField(_("fra"))
    ends_at = models.DateTimeField(_("til"))
    places = models.PositiveSmallIntegerField(_("antal frivillige"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="slot_starts_before_end",
            ),
            models.CheckConstraint(condition=models.Q(places__gte=1), name="slot_has_places"),
        ]

    def __str__(self) -> str:
        return f"{self.role} {self.starts_at:%Y-%m-%d %H:%M}"


class SiteHost(models.Model):
    """The named person a volunteer turns to at a site where they help (værten)."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="hosts")
    site = models.ForeignKey(
        "directory.Location", on_delete=models.CASCADE, related_name="+", verbose_name=_("sted")
    )
    name = models.CharField(_("kontaktperson"), max_length=150)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)

    class Meta:
        ordering = ["site__name"]
        constraints = [
            models.UniqueConstraint(fields=["volunteer", "site"], name="one_host_per_site")
        ]

    def __str__(self) -> str:
        return f"{self.site}: {self.name}"


class Course(models.Model):
    """A course where staff and volunteers train together; attending may give a
    qualification (first aid, senior-sport instructor, dementia)."""

    title = models.CharField(_("titel"), max_length=150)
    gives = models.ForeignKey(
        QualificationKind,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="courses",
        verbose_name=_("giver kvalifikationen"),
    )
    held_on = models.DateField(_("dato"))
    place = models.CharField(_("sted"), max_length=200, blank=True)
    capacity = models.PositiveSmallIntegerField(_("pladser"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-held_on", "title"]
        verbose_name = _("kursus")
        verbose_name_plural = _("kurser")

    def __str__(self) -> str:
        return f"{self.title} {self.held_on:%d.%m.%Y}"


class CourseParticipant(models.Model):
    """A volunteer or a member of staff on a course, and whether they came."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="participants")
    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.CASCADE, null=True, blank=True, related_name="courses"
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="courses",
    )
    attended = models.BooleanField(null=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(volunteer__isnull=True) ^ models.Q(staff__isnull=True),
                name="participant_is_volunteer_or_staff",
            ),
            models.UniqueConstraint(
                fields=["course", "volunteer"], name="volunteer_once_per_course"
            ),
            models.UniqueConstraint(fields=["course", "staff"], name="staff_once_per_course"),
        ]

    def __str__(self) -> str:
        return f"{self.course}: {self.name}"

    @property
    def name(self) -> str:
        # Exactly one of the two is set (the check constraint above).
        person = self.volunteer or self.staff
        return person.full_name if person is not None else ""
