"""DKFDS form rendering: every form field gets the design system's markup and ARIA wiring."""

from typing import Any

from django import forms
from django.forms.renderers import TemplatesSetting

WIDGET_CLASSES = {
    forms.CheckboxSelectMultiple: "form-checkbox",
    forms.RadioSelect: "form-radio",
    forms.CheckboxInput: "form-checkbox",
    forms.Select: "form-select",
    forms.SelectMultiple: "form-select",
}


class FormRenderer(TemplatesSetting):
    """Renders ``{{ form }}`` and ``{{ field.as_field_group }}`` with DKFDS templates."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


def _css_class(widget: forms.Widget) -> str:
    for widget_type, css in WIDGET_CLASSES.items():
        if isinstance(widget, widget_type):
            return css
    return "form-input"


class DkfdsFormMixin:
    """Adds DKFDS classes to widgets and links each error message to its control."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for field in self.fields.values():
            css = _css_class(field.widget)
            existing = field.widget.attrs.get("class", "")
            field.widget.attrs["class"] = f"{existing} {css}".strip()

    def full_clean(self) -> None:
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
