"""Every change to a volunteer's record, tasks, slots and courses: one function each, in one
transaction, authorised, with a typed audit event and its messages sent after the commit.
Split by subject; callers import from here."""

from .assignments import (
    assign,
    assign_series,
    cancel,
    cancel_slot,
    publish_slots,
    save_role_description,
    set_host,
    take_slot,
    write_need_to_know,
)
from .courses import add_participant, create_course, record_attendance, warn_expiring
from .pipeline import (
    TRIAL_WEEKS,
    accept,
    correct_hours,
    delete_hours,
    edit_contact,
    give_access,
    log_hours,
    mark_milestone,
    move_stage,
    note_concern,
    record_qualification,
    save_status,
    set_next_action,
    sign_up,
    thank,
)

__all__ = [
    "TRIAL_WEEKS",
    "accept",
    "add_participant",
    "assign",
    "assign_series",
    "cancel",
    "cancel_slot",
    "correct_hours",
    "create_course",
    "delete_hours",
    "edit_contact",
    "give_access",
    "log_hours",
    "mark_milestone",
    "move_stage",
    "note_concern",
    "publish_slots",
    "record_attendance",
    "record_qualification",
    "save_role_description",
    "save_status",
    "set_host",
    "set_next_action",
    "sign_up",
    "take_slot",
    "thank",
    "warn_expiring",
    "write_need_to_know",
]
