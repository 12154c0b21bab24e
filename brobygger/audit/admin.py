from django.contrib import admin
from django.http import HttpRequest

from .log import record
from .models import Action, AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only, filterable view of the trail for administrators."""

    list_display = ["at", "user_label", "action", "object_type", "object_repr", "purpose"]
    list_filter = ["action", "object_type", ("at", admin.DateFieldListFilter)]
    search_fields = ["user_label", "object_repr", "object_id", "search_terms", "purpose"]
    date_hierarchy = "at"
    readonly_fields = [f.name for f in AuditEvent._meta.fields]
    list_per_page = 100

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        user = request.user
        return bool(user.is_active and user.is_staff and user.has_role("administrator"))


class AuditedAdminMixin:
    """Logs every view, search, change, deletion and addition in the admin of personal data."""

    audit_purpose = "Administration"

    def changelist_view(self, request: HttpRequest, extra_context: object = None) -> object:
        response = super().changelist_view(request, extra_context)  # type: ignore[misc]
        terms = request.GET.get("q", "")
        if terms:
            record(
                Action.SEARCH,
                user=request.user,
                request=request,
                search_terms=terms,
                object_type=self.model._meta.label_lower,  # type: ignore[attr-defined]
                purpose=self.audit_purpose,
            )
        return response

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: object = None
    ) -> object:
        response = super().change_view(
            request,
            object_id,
            form_url,  # type: ignore[misc]
            extra_context,
        )
        if request.method == "GET" and getattr(response, "status_code", 200) == 200:
            obj = self.get_object(request, object_id)  # type: ignore[attr-defined]
            if obj is not None:
                record(
                    Action.READ,
                    user=request.user,
                    obj=obj,
                    request=request,
                    purpose=self.audit_purpose,
                )
        return response

    def log_addition(self, request: HttpRequest, obj: object, message: object) -> object:
        record(
            Action.CREATE, user=request.user, obj=obj, request=request, purpose=self.audit_purpose
        )
        return super().log_addition(request, obj, message)  # type: ignore[misc]

    def log_change(self, request: HttpRequest, obj: object, message: object) -> object:
        record(
            Action.CHANGE, user=request.user, obj=obj, request=request, purpose=self.audit_purpose
        )
        return super().log_change(request, obj, message)  # type: ignore[misc]

    def log_deletions(self, request: HttpRequest, queryset: object) -> object:
        for obj in queryset:  # type: ignore[attr-defined]
            record(
                Action.DELETE,
                user=request.user,
                obj=obj,
                request=request,
                purpose=self.audit_purpose,
            )
        return super().log_deletions(request, queryset)  # type: ignore[misc]
