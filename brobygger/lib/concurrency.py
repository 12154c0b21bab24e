"""No lost updates: edit forms carry the version they were read at, and a save based on an
older version is refused with what changed, keeping the user's input.

The action locks the row (``select_for_update``), compares versions and raises
``StaleEdit``; the view re-shows the bound form with the message and the new version, so a
second, deliberate save goes through.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from .forms import editable_copy


class StaleEdit(ValidationError):
    """Someone saved the same thing after this form was opened."""

    def __init__(
        self,
        *,
        current_version: int,
        by: object | None,
        at: datetime | None,
        changes: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.current_version = current_version
        self.by = by
        self.at = at
        self.changes = list(changes)
        who = str(by) if by else _("en anden")
        when = timezone.localtime(at).strftime("%H.%M") if at else ""
        text = _(
            "%(who)s gemte en ændring kl. %(when)s, efter du åbnede siden. Din udgave er "
            "ikke gemt, men står stadig i formularen. Se hvad der er ændret, og gem igen, "
            "hvis din udgave skal gælde."
        ) % {"who": who, "when": when}
        if self.changes:
            text += " " + "; ".join(
                _("%(field)s er nu: “%(value)s”") % {"field": f, "value": v or "–"}
                for f, v in self.changes
            )
        super().__init__(text, code="stale")


def check_version(
    expected: int | None,
    current: int,
    *,
    by: object | None = None,
    at: datetime | None = None,
    changes: Sequence[tuple[str, str]] = (),
) -> None:
    """Raise StaleEdit unless the form was read at the current version. ``None`` means the
    caller has no form (a command, a test): nothing to compare."""
    if expected is not None and expected != current:
        raise StaleEdit(current_version=current, by=by, at=at, changes=changes)


class VersionedFormMixin(forms.Form):
    """A hidden ``version`` field: the version of the record the form was filled from."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**31 - 1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Several versioned forms share a page (plan and needs): each hidden field its own id.
        self.fields["version"].widget.attrs["id"] = self.add_prefix(
            f"version-{type(self).__name__.lower()}"
        )

    def refuse_stale(self, problem: StaleEdit) -> None:
        """Show the conflict and let the next save (a deliberate one) go through."""
        self.add_error(None, problem)
        data = editable_copy(self.data)
        data[self.add_prefix("version")] = str(problem.current_version)
        self.data = data
