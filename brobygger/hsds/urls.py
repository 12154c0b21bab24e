from django.urls import path

from . import views

app_name = "hsds"
urlpatterns = [
    path("", views.root, name="root"),
    path("services", views.services, name="services"),
    path("services/<str:id>", views.service, name="service"),
    path("service_at_locations", views.service_at_locations, name="service_at_locations"),
    path("service_at_locations/<str:id>", views.service_at_location, name="service_at_location"),
    path("organizations", views.organizations, name="organizations"),
    path("organizations/<str:id>", views.organization, name="organization"),
    path("taxonomies", views.taxonomies, name="taxonomies"),
    path("taxonomies/<str:id>", views.taxonomy, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:id>", views.taxonomy_term, name="taxonomy_term"),
]
