from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("bekraeft/", views.confirm_with_email_code, name="email_code"),
]
