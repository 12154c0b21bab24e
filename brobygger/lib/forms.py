"""DKFDS form rendering: every form field gets the design system's markup and ARIA wiring,
and the input bounds every form shares (dates 1900–2100, numbers a column can hold, no control
characters), so a new form gets them without writing them."""

from collections.abc import Mapping, MutableMapping
from typing import Any

from django import forms
from django.db import models
from django.forms.renderers import TemplatesSetting
from django.utils.datastructures import MultiValueDict

from .validation import (
    EARLIEST_DATE,
    LATEST_DATE,
    validate_date_in_range,
    validate_number_in_range,
    validate_one_line,
    validate_text,
)

WIDGET_CLASSES = {
    forms.CheckboxSelectMultiple: "form-checkbox",
    forms.RadioSelect: "form-radio",
    forms.CheckboxInput: "form-checkbox",
    forms.Select: "form-select",
    forms.SelectMultiple: "form-select",
}


def editable_copy(data: Mapping[str, Any]) -> MutableMapping[str, Any]:
    """A bound form's data, copied so it can be changed before the page is shown again.

    Posted data (a QueryDict) keeps every value of a repeated field and its copy is mutable;
    a plain mapping (from code or tests) is copied as a dict."""
    if isinstance(data, MultiValueDict):
        return data.copy()
    return dict(data)


class FormRenderer(TemplatesSetting):
    """Renders ``{{ form }}`` and ``{{ field.as_field_group }}`` with DKFDS templates."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


def _css_class(widget: forms.Widget) -> str:
    for widget_type, css in WIDGET_CLASSES.items():
        if isinstance(widget, widget_type):
            return css
    return "form-input"


def bound_field(field: forms.Field) -> None:
    """Give one form field the shared bounds (once; fields are copied per form instance).

    Dates outside 1900–2100, numbers outside what a database column holds and control
    characters in text become form errors instead of overflows and broken exports later.
    """
    if getattr(field, "_brobygger_bounded", False):
        return
    field._brobygger_bounded = True  # type: ignore[attr-defined]
    if isinstance(field, forms.DateField | forms.DateTimeField | forms.SplitDateTimeField):
        field.validators.append(validate_date_in_range)
        if getattr(field.widget, "input_type", "") == "date":
            field.widget.attrs.setdefault("min", EARLIEST_DATE.isoformat())
            field.widget.attrs.setdefault("max", LATEST_DATE.isoformat())
    elif isinstance(field, forms.IntegerField):  # DecimalField and FloatField too
        if field.max_value is None or field.min_value is None:
            field.validators.append(validate_number_in_range)
    elif isinstance(field, forms.CharField):
        if isinstance(field.widget, forms.Textarea):
            field.validators.append(validate_text)
        else:
            field.validators.append(validate_one_line)


def bound_fields(fields: dict[str, forms.Field]) -> None:
    for field in fields.values():
        bound_field(field)


class SafeInputMixin:
    """The shared input bounds (``bound_field``) for any form, the admin's included."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        bound_fields(self.fields)

    def full_clean(self) -> None:
        # Again here: some forms add fields after __init__ (one per life domain, plan steps).
        bound_fields(self.fields)
        super().full_clean()  # type: ignore[misc]


class SafeModelForm(SafeInputMixin, forms.ModelForm):  # type: ignore[type-arg]
    """The admin's model forms with the shared bounds: ``form = SafeModelForm``."""


class DkfdsFormMixin:
    """Adds DKFDS classes to widgets, links each error message to its control, and applies
    the shared input bounds (as ``SafeInputMixin``; not inherited from it, so this mixin
    keeps its place before ``forms.Form`` whatever other mixins a form combines it with)."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        bound_fields(self.fields)
        for field in self.fields.values():
            css = _css_class(field.widget)
            existing = field.widget.attrs.get("class", "")
            field.widget.attrs["class"] = f"{existing} {css}".strip()

    def full_clean(self) -> None:
        bound_fields(self.fields)  # again: some forms add fields after __init__
        super().full_clean()  # type: ignore[misc]
        for name in self.errors:  # type: ignore[attr-defined]
            if name not in self.fields:
                continue
            bound = self[name]  # type: ignore[index]
            ids = [f"{bound.auto_id}-error"]
            if self.fields[name].help_text:
                ids.insert(0, f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)


def error_text(form: forms.Form) -> str:
    """A form's errors as one sentence for a message, for small forms that post and return
    to the page they sit on (“Telefon: …”)."""
    return " ".join(
        f"{form.fields[name].label}: {error}" if name in form.fields else str(error)
        for name, errors in form.errors.items()
        for error in errors
    )


# The admin's many-to-many fields as labelled checkboxes (ModelAdmin.formfield_overrides):
# Django's two-box filter widget puts an aria-label on a bare <span> (axe: aria-prohibited-attr).
# For the same reason inlines are stacked (a tabular row has no label per control) and foreign
# keys plain selects (the autocomplete box has no accessible name while empty).
ADMIN_CHECKBOXES: dict[type[Any], dict[str, Any]] = {
    models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}
}
