from django.urls import path

from . import case_views, course_views, planning_views, views

app_name = "volunteers"
urlpatterns = [
    path(
        "brobygger/forloeb/<int:pk>/foelgeven/find/",
        case_views.find_companion,
        name="find_companion",
    ),
    path("brobygger/forloeb/<int:pk>/need-to-know/", case_views.need_to_know, name="need_to_know"),
    path("bliv-frivillig/", views.sign_up, name="sign_up"),
    path("frivillige/", views.pipeline, name="pipeline"),
    path("frivillige/ny/", views.new_volunteer, name="new"),
    path("frivillige/<int:pk>/", views.volunteer_detail, name="detail"),
    path("frivillige/<int:pk>/kontakt/", views.edit_contact, name="edit_contact"),
    path("frivillige/korps/", views.corps, name="corps"),
    path("frivillige/<int:pk>/anerkendelse/", views.recognise, name="recognise"),
    path("frivillige/<int:pk>/fortroligt/", views.concern, name="concern"),
    path("frivillige/<int:pk>/vaert/", planning_views.set_host, name="set_host"),
    path("frivillige/<int:pk>/adgang/", planning_views.give_access, name="give_access"),
    path("frivillige/opgave/", planning_views.new_task, name="new_task"),
    path("frivillige/<int:pk>/kvalifikation/", views.qualify, name="qualify"),
    path("frivillige/opgavebeskrivelser/", planning_views.roles, name="roles"),
    path("frivillige/opgavebeskrivelser/ny/", planning_views.role_edit, name="role_new"),
    path("frivillige/opgavebeskrivelser/<int:pk>/", planning_views.role_edit, name="role_edit"),
    path("frivillige/vagter/", planning_views.slots, name="slots"),
    path("frivillige/vagter/<int:pk>/aflys/", planning_views.cancel_slot, name="cancel_slot"),
    path("frivillige/vagter/<int:pk>/giv/", planning_views.give_slot, name="give_slot"),
    path("frivillige/kurser/", course_views.course_list, name="courses"),
    path("frivillige/kurser/<int:pk>/", course_views.course_detail, name="course"),
    path("frivillige/kurser/<int:pk>/fremmoede/", course_views.attendance, name="attendance"),
    path("min-side/", views.my_page, name="mine"),
    path("timer/<int:pk>/", views.hours_entry, name="hours"),
    path("timer/<int:pk>/slet/", views.delete_hours, name="delete_hours"),
    path("min-side/vagt/<int:pk>/", planning_views.take_slot, name="take_slot"),
    path("min-side/accepter/<str:kind>/", views.accept, name="accept"),
    path("min-side/afbud/<int:pk>/", views.cancel, name="cancel"),
    path("min-side/kalender/<uuid:token>.ics", views.calendar, name="calendar"),
]
