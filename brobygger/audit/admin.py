import json
from typing import Any, TypeVar

from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import events
from .events import REGISTRY
from .log import record_event
from .models import AuditEvent

_M = TypeVar("_M", bound=models.Model)


class EventFilter(admin.SimpleListFilter):
    """The declared event types, by code (reads no rows to build the list)."""

    title = _("hændelse")
    parameter_name = "event"

    def lookups(self, request: HttpRequest, model_admin: object) -> list[tuple[str, str]]:
        return [(code, f"{code} – {REGISTRY[code].description}") for code in sorted(REGISTRY)]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[AuditEvent]
    ) -> QuerySet[AuditEvent]:
        return queryset.filter(event=self.value()) if self.value() else queryset


class NonEmptyValuesFilter(admin.AllValuesFieldListFilter):
    """The field's values as filter links, leaving out the empty one (a link with no text)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lookup_choices = self.lookup_choices.exclude(**{self.field_path: ""})


_DETAIL_FIELDS = (
    "at",
    "user",
    "user_label",
    "event",
    "description",
    "action",
    "legal_basis_text",
    "purpose",
    "object_type",
    "object_id",
    "object_repr",
    "data_pretty",
    "search_terms",
    "ip_address",
    "path",
    "prev_hash",
    "hash",
)


def _query_as_data(request: HttpRequest) -> dict[str, str]:
    return {key: request.GET.get(key, "")[:200] for key in sorted(request.GET)[:20]}


class AuditedAdminMixin(admin.ModelAdmin[_M]):
    """Logs every list, view, search, change, deletion and addition of personal data in the
    admin, as typed events. An admin may name its own events."""

    audit_purpose = "Administration"
    list_event = events.ADMIN_LISTED
    search_event = events.ADMIN_SEARCHED
    view_event = events.ADMIN_VIEWED

    def audit_repr(self, obj: _M) -> str:
        """How a viewed object is named in the log (never a secret)."""
        return str(obj)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        response = super().changelist_view(request, extra_context)
        if request.method != "GET" or getattr(response, "status_code", 200) != 200:
            return response
        # A list of people is a read of each of them: log every look, not only searches.
        terms = request.GET.get("q", "")
        record_event(
            self.search_event if terms else self.list_event,
            user=request.user,
            request=request,
            search_terms=terms,
            object_type=self.model._meta.label_lower,
            data={"view": "list", "filters": _query_as_data(request)},
            purpose=self.audit_purpose,
        )
        return response

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and getattr(response, "status_code", 200) == 200:
            obj = self.get_object(request, object_id)
            if obj is not None:
                record_event(
                    self.view_event,
                    user=request.user,
                    obj=obj,
                    object_repr=self.audit_repr(obj),
                    request=request,
                    data={"view": "detail"},
                    purpose=self.audit_purpose,
                )
        return response

    def log_addition(self, request: HttpRequest, obj: _M, message: Any) -> Any:
        record_event(
            events.ADMIN_CREATED,
            user=request.user,
            obj=obj,
            request=request,
            data={"message": str(message)[:500]},
            purpose=self.audit_purpose,
        )
        return super().log_addition(request, obj, message)

    def log_change(self, request: HttpRequest, obj: _M, message: Any) -> Any:
        record_event(
            events.ADMIN_CHANGED,
            user=request.user,
            obj=obj,
            request=request,
            data={"message": str(message)[:500]},
            purpose=self.audit_purpose,
        )
        return super().log_change(request, obj, message)

    def log_deletions(self, request: HttpRequest, queryset: QuerySet[_M]) -> Any:
        for obj in queryset:
            record_event(
                events.ADMIN_DELETED,
                user=request.user,
                obj=obj,
                request=request,
                purpose=self.audit_purpose,
            )
        return super().log_deletions(request, queryset)


@admin.register(AuditEvent)
class AuditEventAdmin(AuditedAdminMixin[AuditEvent]):
    """Read-only, filterable view of the trail for administrators. Reading it is logged too."""

    list_event = search_event = view_event = events.AUDIT_VIEWED

    list_display = [
        "at",
        "user_label",
        "event",
        "action",
        "object_type",
        "object_repr",
        "legal_basis",
        "purpose",
    ]
    list_filter = [
        EventFilter,
        "action",
        "legal_basis",
        ("object_type", NonEmptyValuesFilter),
        ("at", admin.DateFieldListFilter),
    ]
    search_fields = ["user_label", "object_repr", "object_id", "search_terms", "purpose", "event"]
    date_hierarchy = "at"
    fields = _DETAIL_FIELDS
    readonly_fields = _DETAIL_FIELDS
    list_per_page = 100

    @admin.display(description=_("beskrivelse"))
    def description(self, obj: AuditEvent) -> str:
        return obj.event_description()

    @admin.display(description=_("hjemmel"))
    def legal_basis_text(self, obj: AuditEvent) -> str:
        return f"{obj.legal_basis} – {obj.get_legal_basis_display()}" if obj.legal_basis else ""

    @admin.display(description=_("data"))
    def data_pretty(self, obj: AuditEvent) -> str:
        text = json.dumps(obj.data, ensure_ascii=False, indent=2, sort_keys=True)
        return format_html("<pre>{}</pre>", text)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        user = request.user
        return bool(user.is_active and user.is_staff and user.has_role("administrator"))
