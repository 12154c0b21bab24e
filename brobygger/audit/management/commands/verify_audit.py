from argparse import ArgumentParser

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from brobygger.audit import events
from brobygger.audit.chain import missing_guards, verify_chain
from brobygger.audit.log import record_event


class Command(BaseCommand):
    help = "Walk the audit log's hash chain and check its append-only triggers (exit 1 if broken)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--chunk-size", type=int, default=2000, help="rows read at a time")

    def handle(self, *args: object, chunk_size: int, **options: object) -> None:
        verdict = verify_chain(chunk_size=max(1, chunk_size))
        missing = missing_guards()
        # The check itself is on the record, whatever it found.
        record_event(
            events.AUDIT_VERIFIED,
            user=None,
            data={
                "checked": verdict.checked,
                "intact": verdict.intact,
                "broken_id": verdict.broken_id,
                "missing_triggers": missing,
                "last_hash": verdict.last_hash,
            },
        )
        if not verdict.intact:
            reason = {
                "link": _(
                    "den peger ikke på hændelsen før den (en hændelse er slettet, indsat eller "
                    "flyttet)"
                ),
                "content": _("dens indhold passer ikke med dens hash (hændelsen er ændret)"),
            }[verdict.reason]
            raise CommandError(
                _(
                    "Revisionsloggen er brudt ved hændelse %(id)s: %(reason)s. "
                    "De %(count)s hændelser før den er intakte."
                )
                % {"id": verdict.broken_id, "reason": reason, "count": verdict.checked}
            )
        if missing:
            raise CommandError(
                _("Revisionsloggens kæde er intakt, men beskyttelsen mangler: %(triggers)s")
                % {"triggers": ", ".join(missing)}
            )
        self.stdout.write(
            _("Revisionsloggen er intakt: %(count)s hændelser") % {"count": verdict.checked}
        )
        # Noted down elsewhere, this hash shows later that nobody rewrote the log up to here.
        self.stdout.write(_("Seneste hash: %(hash)s") % {"hash": verdict.last_hash})
