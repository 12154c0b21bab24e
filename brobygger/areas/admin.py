from django.contrib import admin

from .models import LocalArea, LocalAreaPostalCode, Municipality, PostalCode


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin[Municipality]):
    list_display = ["code", "name", "region"]
    list_filter = ["region"]
    search_fields = ["code", "name"]


@admin.register(PostalCode)
class PostalCodeAdmin(admin.ModelAdmin[PostalCode]):
    list_display = ["code", "name", "municipality", "is_special"]
    list_filter = ["is_special", "municipality__region"]
    search_fields = ["code", "name"]
    list_select_related = ["municipality"]


class LocalAreaPostalCodeInline(admin.StackedInline[LocalAreaPostalCode, LocalArea]):
    model = LocalAreaPostalCode
    extra = 1


@admin.register(LocalArea)
class LocalAreaAdmin(admin.ModelAdmin[LocalArea]):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [LocalAreaPostalCodeInline]
