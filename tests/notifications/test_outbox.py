"""Mail and text messages: after the commit, retried when they fail, never twice, never
breaking the action that caused them."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from brobygger.notifications import sms
from brobygger.notifications.models import Message, Status
from brobygger.notifications.send import send_email, send_sms
from brobygger.notifications.tasks import MAX_ATTEMPTS, deliver_now, sweep

pytestmark = pytest.mark.django_db


class Broken(Exception):
    pass


@pytest.fixture
def failing_smtp(monkeypatch):
    calls = []

    def fail(self, *args, **kwargs):
        calls.append(self)
        raise Broken("SMTP nede")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", fail)
    return calls


def test_mail_goes_after_the_commit_one_per_recipient(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_email(["b@kommune.dk", "a@kommune.dk", "a@kommune.dk"], "volunteers/signed_up")
        assert mail.outbox == []  # nothing leaves before the commit
    assert sorted(m.to for m in mail.outbox) == [["a@kommune.dk"], ["b@kommune.dk"]]
    assert mail.outbox[0].subject == "En ny frivillig har meldt sig"
    assert set(Message.objects.values_list("status", flat=True)) == {Status.SENT}


def test_a_rolled_back_action_sends_nothing(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ZeroDivisionError),
        transaction.atomic(),
    ):
        send_email("a@kommune.dk", "volunteers/signed_up")
        1 / 0  # noqa: B018
    assert mail.outbox == [] and not Message.objects.exists()


def test_a_failing_mail_server_is_retried_and_never_fails_the_action(
    failing_smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        [message] = send_email("a@kommune.dk", "volunteers/signed_up")
    message.refresh_from_db()
    assert message.status == Status.RETRYING and message.attempts == 1
    assert "SMTP nede" in message.last_error and message.next_attempt_at > timezone.now()
    # Not due yet: the sweep leaves it; once due it is tried again, until it gives up.
    assert sweep() == 0
    for _ in range(MAX_ATTEMPTS - 1):
        sweep(now=timezone.now() + timedelta(days=1))
    message.refresh_from_db()
    assert message.status == Status.FAILED and message.attempts == MAX_ATTEMPTS
    assert len(failing_smtp) == MAX_ATTEMPTS


def test_a_retry_succeeds_when_the_server_is_back(monkeypatch, django_capture_on_commit_callbacks):
    def fail(self, *args, **kwargs):
        raise Broken("midlertidig fejl")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", fail)
        with django_capture_on_commit_callbacks(execute=True):
            [message] = send_email("a@kommune.dk", "volunteers/signed_up")
    assert sweep(now=timezone.now() + timedelta(hours=1)) == 1
    message.refresh_from_db()
    assert message.status == Status.SENT and len(mail.outbox) == 1


def test_a_key_sends_a_batch_item_only_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_email("a@kommune.dk", "volunteers/signed_up", key="x:1")
        assert send_email("a@kommune.dk", "volunteers/signed_up", key="x:1") == []
    assert len(mail.outbox) == 1


def test_a_sent_message_is_not_sent_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        [message] = send_email("a@kommune.dk", "volunteers/signed_up")
    assert deliver_now(message.pk) == "skipped"
    assert len(mail.outbox) == 1


def test_a_secret_link_is_not_kept_after_sending(django_capture_on_commit_callbacks):
    class Volunteer:
        full_name = "Vera"
        email = "vera@example.dk"

    with django_capture_on_commit_callbacks(execute=True):
        [message] = send_email(
            "vera@example.dk",
            "volunteers/welcome",
            {"volunteer": Volunteer(), "link": "https://x/nulstil/abc"},
            sensitive=True,
        )
    assert "https://x/nulstil/abc" in mail.outbox[0].body
    message.refresh_from_db()
    assert message.body == ""


def test_line_breaks_never_reach_a_mail_header(django_capture_on_commit_callbacks):
    class Offer:
        title = "Strik\r\nBcc: alle@example.dk"
        organisation = type("O", (), {"name": "Klub"})

    with django_capture_on_commit_callbacks(execute=True):
        send_email("a@kommune.dk", "directory/offer_stale", {"offer": Offer(), "days": 183})
    assert "\n" not in mail.outbox[0].subject and "\r" not in mail.outbox[0].subject
    assert mail.outbox[0].to == ["a@kommune.dk"]


def test_text_messages_use_the_same_outbox(django_capture_on_commit_callbacks):
    sms.outbox.clear()

    class Slot:
        role = "Stolegymnastik"
        starts_at = timezone.now()

    with django_capture_on_commit_callbacks(execute=True):
        send_sms(["22 33 44 55", ""], "volunteers/slot_cancelled", {"slot": Slot()})
    assert [to for to, _text in sms.outbox] == ["+4522334455"]
    assert "Stolegymnastik" in sms.outbox[0][1]
    assert Message.objects.get().channel == "sms"


def test_the_demo_writes_text_messages_to_files(tmp_path, settings):
    settings.SMS_FILE_PATH = tmp_path
    sms.FileBackend().send("+4522334455", "Hej")
    [written] = tmp_path.iterdir()
    assert "Hej" in written.read_text()


def test_danish_phone_numbers_are_normalised():
    assert sms.danish_msisdn("22 33 44 55") == "+4522334455"
    assert sms.danish_msisdn("+45 22 33 44 55") == "+4522334455"
    assert sms.danish_msisdn("0045 22334455") == "+4522334455"


def test_a_password_link_is_queued_and_a_broken_mail_server_gives_no_error_page(
    client, failing_smtp, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    from tests import factories

    factories.user("referrer", email="gp@laege.dk")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": "gp@laege.dk"})
    assert response.status_code == 302  # "check your e-mail", not a server error
    message = Message.objects.get(recipient="gp@laege.dk")
    assert message.status == Status.RETRYING and len(failing_smtp) == 1
    assert message.sensitive
