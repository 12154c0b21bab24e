from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("bekraeft/", views.confirm_with_email_code, name="email_code"),
    path("kalender/forny/", views.renew_calendar_link, name="renew_calendar_link"),
    # Replaces allauth's e-mail management (same address, matched first).
    path("email/", views.email_managed_by_staff, name="email_managed_by_staff"),
]
