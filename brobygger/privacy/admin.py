"""Administrators see the retention rules, the runs and every anonymisation; nobody edits them
(runs and erasures are records of what happened; rules are set in the environment)."""

from typing import Any, TypeVar

from django.contrib import admin
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from brobygger.accounts.roles import Role

from .models import Erasure, RetentionRun
from .retention import RULES, report_lines

_M = TypeVar("_M", bound=models.Model)


class ReadOnlyForAdministrators(admin.ModelAdmin[_M]):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: _M | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: _M | None = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: _M | None = None) -> bool:
        user = request.user
        return bool(user.is_active and user.is_staff and user.has_role(Role.ADMINISTRATOR))

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)


@admin.register(RetentionRun)
class RetentionRunAdmin(ReadOnlyForAdministrators[RetentionRun]):
    list_display = ["started_at", "dry_run", "done", "failed", "finished_at"]
    list_filter = ["dry_run"]
    date_hierarchy = "started_at"
    fields = ("started_at", "finished_at", "dry_run", "report")
    readonly_fields = fields

    @admin.display(description=_("Resultat"))
    def report(self, run: RetentionRun) -> str:
        return format_html_join("\n", "<p>{}</p>", ((line,) for line in report_lines(run)))

    @admin.display(description=_("Behandlet"))
    def done(self, run: RetentionRun) -> int:
        return run.done

    @admin.display(description=_("Fejlede"))
    def failed(self, run: RetentionRun) -> int:
        return run.failed

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        rules = [
            {"title": rule.title, "explanation": rule.describe(), "env": rule.env} for rule in RULES
        ]
        return super().changelist_view(request, {**(extra_context or {}), "rules": rules})


@admin.register(Erasure)
class ErasureAdmin(ReadOnlyForAdministrators[Erasure]):
    list_display = ["at", "object_type", "object_id", "rule", "by", "reason"]
    list_filter = ["object_type", "rule"]
    date_hierarchy = "at"
    readonly_fields = ["object_type", "object_id", "at", "by", "reason", "rule", "rows"]
