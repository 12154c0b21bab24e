from django.contrib import admin
from django.http import HttpRequest

from brobygger.audit.admin import AuditedAdminMixin
from brobygger.lib.forms import ADMIN_CHECKBOXES, SafeModelForm

from .models import (
    AgreementText,
    CorpsTarget,
    Qualification,
    QualificationKind,
    RoleDescription,
    SiteHost,
    Volunteer,
)


class QualificationInline(admin.StackedInline[Qualification, Volunteer]):
    form = SafeModelForm
    model = Qualification
    extra = 0


class SiteHostInline(admin.StackedInline[SiteHost, Volunteer]):
    form = SafeModelForm
    model = SiteHost
    extra = 0


@admin.register(Volunteer)
class VolunteerAdmin(AuditedAdminMixin[Volunteer]):
    form = SafeModelForm
    list_display = ["full_name", "stage", "stage_since", "next_action_due", "last_active_on"]
    list_filter = ["stage", "commitment", "areas"]
    search_fields = ["full_name", "email", "phone"]
    formfield_overrides = ADMIN_CHECKBOXES
    inlines = [QualificationInline, SiteHostInline]
    readonly_fields = ["stage", "stage_since", "leaving_reason"]  # moved by actions only


@admin.register(RoleDescription)
class RoleDescriptionAdmin(admin.ModelAdmin[RoleDescription]):
    form = SafeModelForm
    list_display = ["title", "kind", "site", "requires_record_check"]
    list_filter = ["kind", "requires_record_check"]
    formfield_overrides = ADMIN_CHECKBOXES


@admin.register(QualificationKind)
class QualificationKindAdmin(admin.ModelAdmin[QualificationKind]):
    form = SafeModelForm
    list_display = ["name", "valid_months", "is_record_check"]


@admin.register(AgreementText)
class AgreementTextAdmin(admin.ModelAdmin[AgreementText]):
    form = SafeModelForm
    list_display = ["kind", "version", "valid_from"]
    list_filter = ["kind"]

    def get_readonly_fields(
        self, request: HttpRequest, obj: AgreementText | None = None
    ) -> list[str]:
        # A text someone has accepted never changes: publish a new version instead.
        return ["kind", "version", "text", "valid_from"] if obj else []


@admin.register(CorpsTarget)
class CorpsTargetAdmin(admin.ModelAdmin[CorpsTarget]):
    form = SafeModelForm
    list_display = ["site", "kind", "target"]
    list_filter = ["kind"]
