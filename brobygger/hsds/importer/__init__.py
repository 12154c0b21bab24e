"""Import Open Referral HSDS 3 data into the directory: ``brobygger import-hsds PATH``.

Three steps: ``sources`` reads JSON or a CSV package into nested nodes that remember their
file and line; ``validate`` checks every value and turns the nodes into plans, collecting
every problem; ``apply`` writes the plans in one transaction, matched on the HSDS ids.
Any error rolls the whole import back, unless the caller asks to skip the bad records.
"""

from pathlib import Path

from django.db import transaction

from .apply import Applier, Progress, no_progress
from .report import ImportReport, Problem, Problems
from .sources import read
from .validate import plan_import

__all__ = ["ImportReport", "Problem", "import_path"]


class _Rollback(Exception):
    pass


def import_path(
    path: Path,
    *,
    dry_run: bool = False,
    skip_errors: bool = False,
    progress: Progress = no_progress,
) -> ImportReport:
    """Import the file or CSV folder at ``path``; the report says what was (or would be) done."""
    problems = Problems()
    report = ImportReport(source=str(path), problems=[], dry_run=dry_run)
    # Our messages and Django's own validation messages alike are in the active language
    # (Danish, the default).
    plan = plan_import(read(path, problems), problems)
    if not problems.errors or skip_errors:
        try:
            with transaction.atomic():
                applier = Applier(plan, report, problems, progress)
                applier.run()
                report.removed_schedules = applier.removed_schedules
                if dry_run or (problems.errors and not skip_errors):
                    raise _Rollback
                report.saved = True
        except _Rollback:
            pass
    report.problems = problems.sorted()
    return report
