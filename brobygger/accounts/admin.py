from allauth.mfa.models import Authenticator
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as DjangoGroupAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from brobygger.audit.admin import AuditedAdminMixin
from brobygger.lib.forms import ADMIN_CHECKBOXES, SafeModelForm

from . import actions, events
from .forms import UserAdminChangeForm, UserAdminCreationForm
from .models import OrganisationalUnit, RoleAssignment, User
from .roles import Role
from .views import admin_login

# One log-in for everyone, with the second factor and the lockout: the admin's own page
# only sends people there.
admin.site.login = admin_login  # type: ignore[method-assign]


class RoleInline(admin.StackedInline[RoleAssignment, User]):
    model = RoleAssignment
    extra = 1


@admin.register(User)
class UserAdmin(AuditedAdminMixin[User], DjangoUserAdmin[User]):
    ordering = ["full_name"]
    list_display = ["full_name", "email", "unit", "is_active"]
    list_filter = ["is_active", "role_assignments__role", "unit"]
    search_fields = ["full_name", "email"]
    formfield_overrides = ADMIN_CHECKBOXES
    inlines = [RoleInline]
    form = UserAdminChangeForm
    add_form = UserAdminCreationForm
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "phone", "unit", "local_areas"]}),
        (_("Adgang"), {"fields": ["is_active", "is_staff", "is_superuser"]}),
        (_("Datoer"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})
    ]


admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(DjangoGroupAdmin):
    filter_horizontal = ()
    formfield_overrides = ADMIN_CHECKBOXES


@admin.register(OrganisationalUnit)
class OrganisationalUnitAdmin(admin.ModelAdmin[OrganisationalUnit]):
    form = SafeModelForm
    list_display = ["name", "parent"]
    formfield_overrides = ADMIN_CHECKBOXES
    search_fields = ["name"]


# allauth's own admin shows and edits the secrets: replaced by a read-only one (allauth.mfa
# comes before this app in INSTALLED_APPS, so its admin is registered by now).
admin.site.unregister(Authenticator)


@admin.register(Authenticator)
class AuthenticatorAdmin(AuditedAdminMixin[Authenticator]):
    """Who has which authenticator, read-only and never the secret. Deleting one resets the
    person's two-factor login (the app and its recovery codes). Every look is logged."""

    list_event = search_event = view_event = events.AUTHENTICATORS_VIEWED

    list_display = ["user", "type", "created_at", "last_used_at"]
    list_filter = ["type"]
    list_select_related = ["user"]
    search_fields = ["user__full_name", "user__email"]
    fields = ("user", "type", "created_at", "last_used_at")
    readonly_fields = fields
    delete_confirmation_template = "admin/accounts/authenticator/delete_confirmation.html"

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return _is_administrator(request)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return _is_administrator(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def delete_model(self, request: HttpRequest, obj: Authenticator) -> None:
        actions.reset_two_factor(obj.user, acting_user=request.user, request=request)  # type: ignore[arg-type]

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Authenticator]) -> None:
        for person in User.objects.filter(pk__in=queryset.values("user")):
            actions.reset_two_factor(person, acting_user=request.user, request=request)  # type: ignore[arg-type]

    def audit_repr(self, obj: Authenticator) -> str:
        return f"{obj.get_type_display()} – {obj.user}"


def _is_administrator(request: HttpRequest) -> bool:
    user = request.user
    return bool(user.is_active and user.is_staff and user.has_role(Role.ADMINISTRATOR))
