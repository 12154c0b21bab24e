from collections.abc import Iterable
from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from brobygger.lib.forms import ADMIN_CHECKBOXES, SafeModelForm

from .models import Contact, Location, Offer, Organisation, Pause, Schedule, Taxonomy, Term
from .services import refresh_search_document


class TermInline(admin.StackedInline[Term, Taxonomy]):
    form = SafeModelForm
    model = Term
    fields = ["code", "name", "name_en", "position"]
    extra = 1


@admin.register(Taxonomy)
class TaxonomyAdmin(admin.ModelAdmin[Taxonomy]):
    form = SafeModelForm
    list_display = ["slug", "name", "name_en"]
    inlines = [TermInline]


@admin.register(Term)
class TermAdmin(admin.ModelAdmin[Term]):
    form = SafeModelForm
    list_display = ["code", "name", "name_en", "taxonomy"]
    list_filter = ["taxonomy"]
    search_fields = ["code", "name"]


class ContactInline(admin.StackedInline[Contact, Organisation]):
    form = SafeModelForm
    model = Contact
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    form = SafeModelForm
    list_display = ["name", "kind", "phone", "email"]
    list_filter = ["kind"]
    search_fields = ["name"]
    inlines = [ContactInline]


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin[Location]):
    form = SafeModelForm
    list_display = ["name", "kind", "street", "postal_code", "wheelchair", "hearing_loop"]
    list_filter = ["kind", "wheelchair", "hearing_loop"]
    search_fields = ["name", "street", "postal_code__code", "postal_code__name"]


class ScheduleInline(admin.StackedInline[Schedule, Offer]):
    form = SafeModelForm
    model = Schedule
    extra = 0
    exclude = ["hsds_id"]


class PauseInline(admin.StackedInline[Pause, Offer]):
    form = SafeModelForm
    model = Pause
    extra = 0


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin[Offer]):
    form = SafeModelForm
    list_display = ["title", "organisation", "status", "has_places", "last_confirmed_at"]
    list_filter = ["status", "has_places", "terms__taxonomy"]
    search_fields = ["title", "organisation__name"]
    formfield_overrides = ADMIN_CHECKBOXES
    inlines = [ScheduleInline, PauseInline]
    list_select_related = ["organisation"]

    def save_related(
        self,
        request: HttpRequest,
        form: forms.ModelForm[Offer],
        formsets: Iterable[forms.BaseFormSet[Any]],
        change: bool,
    ) -> None:
        super().save_related(request, form, formsets, change)
        refresh_search_document(form.instance)
