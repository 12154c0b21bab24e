"""Every form refuses, with a Danish message, dates outside 1900–2100, numbers no column can
hold and control characters: through ``DkfdsFormMixin`` (and ``SafeModelForm`` in the admin),
so a new form gets it without writing it."""

import pytest
from django import forms

from brobygger.directory.forms import OfferForm, PauseForm, ScheduleForm
from brobygger.directory.models import Organisation
from brobygger.lib.forms import DkfdsFormMixin, SafeModelForm
from brobygger.referrals.forms import CompanionForm, ConversationForm, PlanForm, TaskForm
from brobygger.volunteers.forms import HoursForm, RecognitionForm

LINE_BREAKS = [
    "Seniorkoret\r\nBcc: alle@example.dk",
    "a\nb",
    "a\rb",
    "a\tb",
    "a\x00b",
    "a\x1bb",
    "a\u2028b",
    "a\x85b",
]


class Everything(DkfdsFormMixin, forms.Form):
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    moment = forms.DateTimeField(required=False)
    count = forms.IntegerField(required=False)
    amount = forms.DecimalField(required=False)
    bounded = forms.IntegerField(required=False, min_value=0, max_value=10)
    name = forms.CharField(required=False)
    text = forms.CharField(required=False, widget=forms.Textarea)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Fields added after the mixin's __init__ are bounded too.
        self.fields["late_day"] = forms.DateField(required=False)
        self.fields["late_name"] = forms.CharField(required=False)


def errors_for(**data: str) -> dict[str, list[str]]:
    form = Everything(data)
    form.is_valid()
    return form.errors


@pytest.mark.parametrize("field", ["day", "late_day"])
@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "1899-12-31", "2101-01-01"])
def test_dates_outside_1900_to_2100_are_refused_in_danish(field, value):
    assert errors_for(**{field: value})[field] == ["Skriv en dato mellem år 1900 og 2100."]


@pytest.mark.parametrize("value", ["1900-01-01", "2026-02-28", "2100-12-31"])
def test_dates_inside_the_bounds_pass(value):
    assert not errors_for(day=value, moment=f"{value} 10:00")


def test_date_times_are_bounded_too():
    assert "moment" in errors_for(moment="9999-12-31 23:59")


def test_date_inputs_tell_the_browser_the_bounds():
    widget = Everything().fields["day"].widget
    assert (widget.attrs["min"], widget.attrs["max"]) == ("1900-01-01", "2100-12-31")


@pytest.mark.parametrize("field", ["count", "amount"])
@pytest.mark.parametrize("value", [str(10**30), str(-(10**30)), "2147483648"])
def test_numbers_no_column_can_hold_are_refused(field, value):
    assert errors_for(**{field: value})[field][0].startswith("Skriv et tal mellem")


def test_a_form_s_own_number_bounds_stay_in_charge():
    assert errors_for(bounded="11")["bounded"] == ["Tallet må højst være 10."]
    assert not errors_for(count="2147483647", amount="12.5")


@pytest.mark.parametrize("value", LINE_BREAKS)
@pytest.mark.parametrize("field", ["name", "late_name"])
def test_one_line_fields_refuse_line_breaks_and_control_characters(field, value):
    messages = errors_for(**{field: value})[field]
    assert any("linjeskift" in m or "Null" in m for m in messages)


def test_text_areas_keep_line_breaks_but_refuse_other_control_characters():
    assert not errors_for(text="Første linje\r\nAnden linje\tmed tabulator")
    assert errors_for(text="skjult \x1b[31m tegn")["text"] == [
        "Teksten indeholder usynlige styretegn, som ikke kan gemmes. Fjern dem."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("form_class", "data", "field"),
    [
        (OfferForm, {"title": "Kor\r\nBcc: x@example.dk", "status": "active"}, "title"),
        (OfferForm, {"title": "Kor", "status": "active", "capacity": str(10**30)}, "capacity"),
        (
            ScheduleForm,
            {"freq": "ONCE", "date": "9999-12-31", "opens_at": "10:00", "closes_at": "12:00"},
            "date",
        ),
        (PauseForm, {"starts_on": "0001-01-01", "ends_on": "2026-01-01"}, "starts_on"),
        (TaskForm, {"title": "Ring\nop", "due_on": "2026-05-01"}, "title"),
        (TaskForm, {"title": "Ring op", "due_on": "9999-01-01"}, "due_on"),
        (CompanionForm, {"companion_name": "Villy\r\nBcc: x@example.dk"}, "companion_name"),
        (ConversationForm, {"held_on": "0001-01-01", "wishes": "Synge"}, "held_on"),
        (PlanForm, {"goals": "Synge", "step_1": "Ring\r\ntil koret"}, "step_1"),
        (HoursForm, {"on": "0001-01-01", "hours": "2"}, "on"),
        (RecognitionForm, {"kind": "thanks", "note": "Tak\r\nfor hjælpen"}, "note"),
    ],
)
def test_the_apps_forms_get_the_bounds(form_class, data, field, reference_data):
    form = form_class(data)
    assert not form.is_valid()
    assert field in form.errors


class OrganisationAdminForm(SafeModelForm):
    class Meta:
        model = Organisation
        fields = ["name", "description"]


@pytest.mark.django_db
def test_admin_model_forms_refuse_line_breaks_in_one_line_fields():
    form = OrganisationAdminForm({"name": "Koret\r\nBcc: x@example.dk", "description": "a\nb"})
    assert not form.is_valid()
    assert list(form.errors) == ["name"]


@pytest.mark.parametrize("app", ["directory", "volunteers"])
def test_every_admin_form_of_the_app_refuses_control_characters(app):
    from django.contrib import admin

    admins = [a for m, a in admin.site._registry.items() if m._meta.app_label == app]
    assert admins
    for model_admin in admins:
        assert issubclass(model_admin.form, SafeModelForm), model_admin
        for inline in model_admin.inlines:
            assert issubclass(inline.form, SafeModelForm), inline
