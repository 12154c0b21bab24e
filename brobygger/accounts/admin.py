from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from brobygger.audit.admin import AuditedAdminMixin

from .models import OrganisationalUnit, RoleAssignment, User
from .views import admin_login

# One log-in for everyone, with the second factor and the lockout: the admin's own page
# only sends people there.
admin.site.login = admin_login  # type: ignore[method-assign]


class RoleInline(admin.TabularInline):
    model = RoleAssignment
    extra = 1
    autocomplete_fields = ["organisation"]


@admin.register(User)
class UserAdmin(AuditedAdminMixin, DjangoUserAdmin):
    ordering = ["full_name"]
    list_display = ["full_name", "email", "unit", "is_active"]
    list_filter = ["is_active", "role_assignments__role", "unit"]
    search_fields = ["full_name", "email"]
    filter_horizontal = ["local_areas", "groups", "user_permissions"]
    inlines = [RoleInline]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "phone", "unit", "local_areas"]}),
        (_("Adgang"), {"fields": ["is_active", "is_staff", "is_superuser"]}),
        (_("Datoer"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})
    ]


@admin.register(OrganisationalUnit)
class OrganisationalUnitAdmin(admin.ModelAdmin):
    list_display = ["name", "parent"]
    filter_horizontal = ["local_areas"]
    search_fields = ["name"]
