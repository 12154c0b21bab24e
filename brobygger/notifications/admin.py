from django.contrib import admin
from django.http import HttpRequest

from .models import Message


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin[Message]):
    """Read-only: administrators see what was sent and what failed, never edit it."""

    list_display = ("created_at", "channel", "template", "status", "attempts", "sent_at")
    list_filter = ("status", "channel", "template")
    readonly_fields = [f.name for f in Message._meta.fields]
    # The recipient and the text are personal data: searching them is not offered.
    exclude = ()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Message | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Message | None = None) -> bool:
        return False
