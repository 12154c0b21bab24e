from django.core.exceptions import PermissionDenied

from brobygger.accounts.models import User

from ..rules import is_coordinator


def require_coordinator(user: User | None) -> None:
    """Coordinators (and administrators) manage the corps; anyone else is refused."""
    if user is None or not is_coordinator(user):
        raise PermissionDenied
