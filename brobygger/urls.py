from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from django.views.i18n import JavaScriptCatalog

from brobygger.workspace import views as workspace_views

admin.site.site_header = "Brobygger"
admin.site.site_title = "Brobygger"

urlpatterns = [
    path("", include("brobygger.directory.urls")),
    path("api/hsds/", include("brobygger.hsds.urls")),
    path("", include("brobygger.referrals.urls")),
    path("", include("brobygger.volunteers.urls")),
    path("privatliv/", include("brobygger.privacy.urls")),
    # Before allauth's pages: ours replace some of them (e-mail management).
    path("konto/", include("brobygger.accounts.urls")),
    path("konto/", include("allauth.urls")),
    path("mit-overblik/", workspace_views.home, name="home"),
    path("start/", workspace_views.start, name="start"),
    path(
        "aabne-data/", TemplateView.as_view(template_name="pages/open_data.html"), name="api_docs"
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("administration/", admin.site.urls),
]

# Danish error pages in the site's layout; JSON under /api/ (see brobygger.lib.errors).
handler400 = "brobygger.lib.errors.bad_request"
handler403 = "brobygger.lib.errors.permission_denied"
handler404 = "brobygger.lib.errors.page_not_found"
handler500 = "brobygger.lib.errors.server_error"
# allauth answers too many log-in or password attempts with the project's handler429.
handler429 = "brobygger.lib.errors.too_many_requests"
