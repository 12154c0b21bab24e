"""The roles of Brobygger and what each may do, as data that tests can enumerate."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    LINK_WORKER = "link_worker", _("Brobygger")
    TEAM_LEAD = "team_lead", _("Teamleder for brobyggere")
    VOLUNTEER_COORDINATOR = "volunteer_coordinator", _("Frivillighedskoordinator")
    SITE_KEY_PERSON = "site_key_person", _("Nøgleperson på plejecenter eller mødested")
    REFERRER = "referrer", _("Henviser")
    ASSOCIATION_CONTACT = "association_contact", _("Foreningskontakt")
    VOLUNTEER = "volunteer", _("Frivillig")
    ANALYST = "analyst", _("Leder eller analytiker")


# Roles that may see a citizen's personal data: they must log in with two factors.
CITIZEN_DATA_ROLES = frozenset(
    {
        Role.ADMINISTRATOR,
        Role.LINK_WORKER,
        Role.TEAM_LEAD,
        Role.VOLUNTEER_COORDINATOR,
        Role.SITE_KEY_PERSON,
    }
)
# Municipal staff who may edit every offer in the directory.
DIRECTORY_EDITOR_ROLES = frozenset(
    {Role.ADMINISTRATOR, Role.LINK_WORKER, Role.VOLUNTEER_COORDINATOR}
)
