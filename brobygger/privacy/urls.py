from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    # Public: what the public forms do with what people write in them (GDPR art. 13).
    path("oplysning/", views.notice, name="notice"),
    path("borger/<int:pk>/", views.citizen, name="citizen"),
    path("borger/<int:pk>/samtykke/", views.withdraw_consent, name="withdraw_consent"),
    path("borger/<int:pk>/anonymiser/", views.anonymise_citizen, name="anonymise_citizen"),
    path(
        "borger/<int:pk>/indsigt.pdf",
        views.citizen_export,
        {"fmt": "pdf"},
        name="citizen_export_pdf",
    ),
    path(
        "borger/<int:pk>/indsigt.json",
        views.citizen_export,
        {"fmt": "json"},
        name="citizen_export_json",
    ),
    path("frivillig/<int:pk>/", views.volunteer, name="volunteer"),
    path("frivillig/<int:pk>/anonymiser/", views.anonymise_volunteer, name="anonymise_volunteer"),
    path(
        "frivillig/<int:pk>/indsigt.pdf",
        views.volunteer_export,
        {"fmt": "pdf"},
        name="volunteer_export_pdf",
    ),
    path(
        "frivillig/<int:pk>/indsigt.json",
        views.volunteer_export,
        {"fmt": "json"},
        name="volunteer_export_json",
    ),
]
