"""Only the case's team, its lead and administrators see a case — nobody else learns it exists."""

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from tests import factories
from tests.people import two_factor

CASE_URLS = ["referrals:case", "referrals:conversation_pdf", "referrals:choice_print"]
POST_URLS = [
    "referrals:take",
    "referrals:state",
    "referrals:conversation",
    "referrals:plan",
    "referrals:needs",
    "referrals:add_task",
    "referrals:consent",
]


@pytest.fixture
def outsiders(teams, other_area_worker):
    return {
        "link worker of another area": other_area_worker,
        "referrer": factories.user(Role.REFERRER),
        "volunteer": factories.user(Role.VOLUNTEER),
        "association contact": factories.user(Role.ASSOCIATION_CONTACT),
        "analyst": factories.user(Role.ANALYST),
        "volunteer coordinator": two_factor(factories.user(Role.VOLUNTEER_COORDINATOR)),
    }


@pytest.mark.parametrize(
    "who",
    [
        "link worker of another area",
        "referrer",
        "volunteer",
        "association contact",
        "analyst",
        "volunteer coordinator",
    ],
)
def test_outsiders_get_404_everywhere(client, case, outsiders, who):
    client.force_login(outsiders[who])
    for name in CASE_URLS:
        assert client.get(reverse(name, args=[case.pk])).status_code == 404, name
    for name in POST_URLS:
        assert (
            client.post(reverse(name, args=[case.pk]), {"state": "contacted"}).status_code == 404
        ), name
    day = client.get(reverse("referrals:day"))
    assert day.status_code == 404 or "Inger Hansen" not in day.content.decode()
    case.refresh_from_db()
    assert case.state == "received" and case.assigned_to is None


def test_a_missing_case_and_a_forbidden_case_look_the_same(client, case, outsiders):
    client.force_login(outsiders["link worker of another area"])
    forbidden = client.get(reverse("referrals:case", args=[case.pk]))
    missing = client.get(reverse("referrals:case", args=[case.pk + 1000]))
    assert forbidden.status_code == missing.status_code == 404


def test_team_members_lead_and_admin_see_it(client, case, worker, colleague, lead):
    admin = two_factor(factories.user(Role.ADMINISTRATOR))
    for person in (worker, colleague, lead, admin):
        client.force_login(person)
        assert client.get(reverse("referrals:case", args=[case.pk])).status_code == 200


def test_every_read_is_logged(client, case, worker):
    client.force_login(worker)
    client.get(reverse("referrals:case", args=[case.pk]))
    event = AuditEvent.objects.filter(action="read", user=worker).get()
    assert event.object_type == "referrals.citizen"
    assert event.object_id == str(case.citizen_id)


def test_referrers_see_only_their_receipts_and_consented_status(client, teams):
    from brobygger.referrals.actions import receive_referral, share_feedback
    from tests.people import referral_data

    gp = factories.user(Role.REFERRER, full_name="Dr. Holm")
    referral = receive_referral(referral_data(), acting_user=gp)
    worker = two_factor(factories.user(Role.LINK_WORKER, unit=teams["roskilde"]))
    share_feedback(referral, message="started", acting_user=worker)
    client.force_login(gp)
    page = client.get(reverse("referrals:my_referrals")).content.decode()
    assert referral.receipt in page
    assert "Borgeren er startet i et fællesskab." in page
    # The first name and initial tell patients apart; nothing else about the citizen shows.
    assert "Inger H." in page
    assert "kirkekor" not in page and "Hansen" not in page and "20 30 40 50" not in page


def test_the_day_view_is_logged_and_does_not_grow_queries(
    client, teams, worker, django_assert_max_num_queries
):
    from brobygger.referrals.actions import receive_referral
    from tests.people import referral_data

    for n in range(2):
        receive_referral(referral_data(citizen_name=f"Borger {n}", citizen_phone=""))
    client.force_login(worker)
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("referrals:day"))
    for n in range(2, 12):
        receive_referral(referral_data(citizen_name=f"Borger {n}", citizen_phone=""))
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("referrals:day")).content.decode()
    assert "Borger 11" in page
    assert AuditEvent.objects.filter(action="read", purpose="Min dag").count() == 2
