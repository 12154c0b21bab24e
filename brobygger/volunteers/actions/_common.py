from django.core.exceptions import PermissionDenied

from brobygger.accounts.models import User


def require_coordinator(user: User | None) -> None:
    """Coordinators (and administrators) manage the corps; anyone else is refused."""
    if user is None or not user.has_role("volunteer_coordinator", "administrator"):
        raise PermissionDenied
