"""The owner renews their secret calendar address; the old one stops working at once."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from brobygger.accounts.actions import renew_calendar_token
from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.volunteers.models import Volunteer
from tests import factories

RENEW = reverse("accounts:renew_calendar_link")


def _feeds(user):
    return [
        reverse("referrals:task_calendar", args=[user.calendar_token]),
        reverse("volunteers:calendar", args=[user.calendar_token]),
    ]


def test_renewal_revokes_the_old_link_of_a_link_worker(client, worker):
    old = reverse("referrals:task_calendar", args=[worker.calendar_token])
    assert Client().get(old).status_code == 200
    client.force_login(worker)
    response = client.post(RENEW, {"next": reverse("referrals:day")})
    assert response.url == reverse("referrals:day")
    worker.refresh_from_db()
    new = reverse("referrals:task_calendar", args=[worker.calendar_token])
    assert new != old
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


def test_renewal_revokes_the_old_link_of_a_volunteer(client, db):
    user = factories.user(Role.VOLUNTEER)
    Volunteer.objects.create(full_name="Villy", user=user, stage="active")
    old = reverse("volunteers:calendar", args=[user.calendar_token])
    assert Client().get(old).status_code == 200
    client.force_login(user)
    client.post(RENEW, {"next": reverse("volunteers:mine")})
    user.refresh_from_db()
    assert Client().get(old).status_code == 404
    assert (
        Client().get(reverse("volunteers:calendar", args=[user.calendar_token])).status_code == 200
    )


def test_renewal_is_logged_without_the_address(client, worker):
    old_token = str(worker.calendar_token)
    client.force_login(worker)
    client.post(RENEW)
    worker.refresh_from_db()
    event = AuditEvent.objects.get(event="account.calendar_link_renewed")
    assert (event.user_id, event.object_id) == (worker.pk, str(worker.pk))
    text = str(event.__dict__)
    assert old_token not in text and str(worker.calendar_token) not in text


def test_the_page_explains_and_only_a_post_renews(client, worker):
    token = worker.calendar_token
    client.force_login(worker)
    page = client.get(RENEW)
    assert page.status_code == 200
    assert "Forny link" in page.content.decode()
    worker.refresh_from_db()
    assert worker.calendar_token == token


def test_the_next_address_stays_on_this_site(client, worker):
    client.force_login(worker)
    response = client.post(RENEW, {"next": "https://angriber.example/"})
    assert response.url == reverse("home")


def test_anonymous_visitors_are_sent_to_log_in(db):
    response = Client().post(RENEW)
    assert response.status_code == 302
    assert reverse("account_login") in response.url


def test_only_the_owner_may_renew(worker, colleague):
    token = worker.calendar_token
    with pytest.raises(PermissionDenied):
        renew_calendar_token(worker, acting_user=colleague)
    worker.refresh_from_db()
    assert worker.calendar_token == token


def test_the_button_for_other_pages_posts_here(rf, worker):
    from django.template.loader import render_to_string

    request = rf.get("/brobygger/dag/")
    request.user = worker
    html = render_to_string("accounts/_renew_calendar_link.html", request=request)
    assert f'action="{RENEW}"' in html
    assert 'name="next" value="/brobygger/dag/"' in html
    assert "Forny link" in html
