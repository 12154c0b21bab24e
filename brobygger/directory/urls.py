from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("", views.search, name="search"),
    path("kalender.ics", views.search_ics, name="search_ics"),
    path("tilbud/<int:pk>/", views.offer_detail, name="offer"),
    path("tilbud/<int:pk>/kalender.ics", views.offer_ics, name="offer_ics"),
    path("arrangoerer/<int:pk>/", views.organisation_detail, name="organisation"),
    path("tekststoerrelse/", views.text_size, name="text_size"),
    path("mine-tilbud/", views.my_offers, name="my_offers"),
    path("mine-tilbud/nyt/", views.new_offer, name="new_offer"),
    path("mine-tilbud/<int:pk>/ret/", views.edit_offer, name="edit_offer"),
    path("mine-tilbud/<int:pk>/bekraeft/", views.confirm_offer, name="confirm_offer"),
]
