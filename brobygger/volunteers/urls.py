from django.urls import path

from . import views

app_name = "volunteers"
urlpatterns = [
    path("bliv-frivillig/", views.sign_up, name="sign_up"),
    path("frivillige/", views.pipeline, name="pipeline"),
    path("frivillige/<int:pk>/", views.volunteer_detail, name="detail"),
    path("frivillige/korps/", views.corps, name="corps"),
    path("frivillige/<int:pk>/anerkendelse/", views.recognise, name="recognise"),
    path("frivillige/<int:pk>/fortroligt/", views.concern, name="concern"),
    path("min-side/", views.my_page, name="mine"),
    path("min-side/accepter/<str:kind>/", views.accept, name="accept"),
    path("min-side/afbud/<int:pk>/", views.cancel, name="cancel"),
    path("min-side/kalender/<uuid:token>.ics", views.calendar, name="calendar"),
]
