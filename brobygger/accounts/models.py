import uuid
from typing import ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from brobygger.lib.text import first_name

from .roles import CITIZEN_DATA_ROLES, DIRECTORY_EDITOR_ROLES, Role


class OrganisationalUnit(models.Model):
    """A unit of the municipality (a team, a centre, a department)."""

    name = models.CharField(_("navn"), max_length=150, unique=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("overordnet enhed"),
    )
    local_areas = models.ManyToManyField(
        "areas.LocalArea", blank=True, related_name="units", verbose_name=_("lokalområder")
    )
    # Referrals from outside every local area (or without a postal code) go to this team.
    handles_unrouted = models.BooleanField(
        _("modtager henvisninger uden lokalområde"), default=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatorisk enhed")
        verbose_name_plural = _("organisatoriske enheder")

    def __str__(self) -> str:
        return self.name


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: object) -> "User":
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> "User":
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        user = self.create_user(email, password, **extra)
        RoleAssignment.objects.get_or_create(user=user, role=Role.ADMINISTRATOR)
        return user


class User(AbstractUser):
    """A person who logs in: staff, referrers, association contacts, volunteers.

    Citizens do not have accounts; they use the public pages.
    """

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(_("e-mail"), unique=True)
    full_name = models.CharField(_("navn"), max_length=150)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    unit = models.ForeignKey(
        OrganisationalUnit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("enhed"),
    )
    local_areas = models.ManyToManyField(
        "areas.LocalArea", blank=True, related_name="staff", verbose_name=_("lokalområder")
    )

    # A secret address for the person's own calendar feed (tasks, later sessions); it can be
    # renewed if it leaks. The feed never carries a citizen's name.
    calendar_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]
    # Not django.contrib.auth's UserManager (its create_user takes a username; ours the e-mail),
    # so the type differs from the one AbstractUser declares.
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("bruger")
        verbose_name_plural = _("brugere")
        constraints = [
            # One person per address, whatever the case: addresses identify people at log-in.
            models.UniqueConstraint(
                Lower("email"),
                name="unique_user_email_any_case",
                violation_error_message=_("Der findes allerede en bruger med denne e-mailadresse."),
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        """The first name, without a title ("Dr. Helle Henriksen" → "Helle"); "" if none."""
        return first_name(self.full_name)

    @property
    def roles(self) -> frozenset[str]:
        # Cached per request-bound instance: role checks happen many times per page.
        cached = getattr(self, "_roles_cache", None)
        if cached is None:
            cached = frozenset(self.role_assignments.values_list("role", flat=True))
            self._roles_cache = cached
        return cached

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def sees_citizen_data(self) -> bool:
        return bool(self.roles & CITIZEN_DATA_ROLES)

    @property
    def edits_whole_directory(self) -> bool:
        return bool(self.roles & DIRECTORY_EDITOR_ROLES)


class RoleAssignment(models.Model):
    """One role of one user, optionally scoped to an organisation (association contacts)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("rolle"), max_length=40, choices=Role.choices)
    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("organisation"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("rolle")
        verbose_name_plural = _("roller")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=models.Q(organisation__isnull=True),
                name="unique_unscoped_role",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "organisation"],
                condition=models.Q(organisation__isnull=False),
                name="unique_scoped_role",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_role_display()
        return f"{label} ({self.organisation})" if self.organisation_id else str(label)
