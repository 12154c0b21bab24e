from django.urls import path

from . import views

app_name = "referrals"
urlpatterns = [
    path("henvis/", views.refer_external, name="refer"),
    path("vil-gerne-vaere-med/", views.self_referral, name="self_referral"),
    path("ensom-borger/", views.hand_over, name="hand_over"),
    path("henvis/tak/<uuid:public_id>/", views.thanks, name="thanks"),
    path("mine-henvisninger/", views.my_referrals, name="my_referrals"),
    path("brobygger/", views.day, name="day"),
    path("brobygger/team/", views.team, name="team"),
    path("brobygger/kalender/<uuid:token>.ics", views.task_calendar, name="task_calendar"),
    path("brobygger/henvisning/<int:referral_id>/dublet/", views.duplicate, name="duplicate"),
    path("brobygger/forloeb/<int:pk>/", views.case_detail, name="case"),
    path(
        "brobygger/forloeb/<int:pk>/afsnit/<slug:section>/",
        views.case_section,
        name="case_section",
    ),
    path("brobygger/forloeb/<int:pk>/tag/", views.take, name="take"),
    path("brobygger/forloeb/<int:pk>/giv-videre/", views.reassign, name="reassign"),
    path("brobygger/forloeb/<int:pk>/status/", views.change_state, name="state"),
    path("brobygger/forloeb/<int:pk>/samtale/", views.conversation, name="conversation"),
    path(
        "brobygger/forloeb/<int:pk>/min-samtale.pdf",
        views.conversation_pdf,
        name="conversation_pdf",
    ),
    path("brobygger/forloeb/<int:pk>/plan/", views.plan, name="plan"),
    path("brobygger/forloeb/<int:pk>/behov/", views.needs, name="needs"),
    path("brobygger/forloeb/<int:pk>/vaelg/", views.choose, name="choose"),
    path("brobygger/forloeb/<int:pk>/udskriv/", views.choice_print, name="choice_print"),
    path("brobygger/forloeb/<int:pk>/sammenlign/", views.compare, name="compare"),
    path(
        "brobygger/forloeb/<int:pk>/valg/<int:choice_id>/deltager/",
        views.attending,
        name="attending",
    ),
    path("brobygger/forloeb/<int:pk>/valg/<int:choice_id>/ikke/", views.failed, name="failed"),
    path("brobygger/forloeb/<int:pk>/foelgeven/", views.companion, name="companion"),
    path("brobygger/forloeb/<int:pk>/opgaver/", views.add_task, name="add_task"),
    path("brobygger/forloeb/<int:pk>/foerste-besoeg/", views.first_visit, name="first_visit"),
    path(
        "brobygger/forloeb/<int:pk>/opgaver/<int:task_id>/udfoert/",
        views.task_done,
        name="task_done",
    ),
    path(
        "brobygger/forloeb/<int:pk>/henvisning/<int:referral_id>/tilbagemelding/",
        views.feedback,
        name="feedback",
    ),
    path("brobygger/forloeb/<int:pk>/samtykke/", views.consent, name="consent"),
]
