"""The case page opens with the referral: why, how urgent, in the referrer's words, and how
to reach the referrer, before the conversation, the plan and the rest."""

from django.urls import reverse

from brobygger.referrals import actions
from brobygger.referrals.models import FeedbackShare
from tests.people import referral_data


def _page(client, user, case):
    client.force_login(user)
    response = client.get(reverse("referrals:case", args=[case.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_referral_comes_before_everything_else(client, worker, teams):
    case = actions.receive_referral(
        referral_data(
            reasons=("loneliness", "grief"),
            urgency="urgent",
            needs_text="Mistede sin mand i foråret og går sjældent ud",
            interests_text="Har sunget i kirkekor hele livet",
            referrer_name="Dr. Holm",
            referrer_organisation="Lægehuset Algade",
            referrer_phone="46 31 22 10",
            referrer_email="holm@laege.dk",
        )
    ).case
    page = _page(client, worker, case)
    referral = page.index('id="henvisninger"')
    for later in ('id="overblik"', 'id="borger"', 'id="samtale"', 'id="plan"', 'id="status"'):
        assert referral < page.index(later), later
    section = page[referral : page.index('id="overblik"')]
    for shown in (
        "Ensomhed, Sorg",
        "Hurtigst muligt",
        "badge-error",
        "Mistede sin mand i foråret og går sjældent ud",
        "Har sunget i kirkekor hele livet",
        "Dr. Holm",
        "Praktiserende læge, Lægehuset Algade",
        'href="tel:46312210"',
        'href="mailto:holm@laege.dk"',
    ):
        assert shown in section, shown


def test_a_referral_without_words_or_contact_says_so(client, worker, teams):
    case = actions.receive_referral(
        referral_data(interests_text="", referrer_email="", referrer_phone="", urgency="normal")
    ).case
    page = _page(client, worker, case)
    section = page[page.index('id="henvisninger"') : page.index('id="overblik"')]
    assert "Henviseren skrev ikke noget om borgeren." in section
    assert "Henviseren har ikke givet telefon eller e-mail." in section
    assert "Inden for et par uger" in section and "badge-info" in section


def test_the_status_to_a_referrer_posts_through_its_own_prefixed_form(client, worker, case):
    referral = case.referrals.get()
    page = _page(client, worker, case)
    assert f'name="henvisning-{referral.pk}-message"' in page
    client.post(
        reverse("referrals:feedback", args=[case.pk, referral.pk]),
        {f"henvisning-{referral.pk}-message": "contacted"},
    )
    assert FeedbackShare.objects.get(referral=referral).message.startswith("Borgeren er kontaktet")


def test_a_status_without_a_choice_is_a_danish_message_and_sends_nothing(client, worker, case):
    referral = case.referrals.get()
    client.force_login(worker)
    response = client.post(
        reverse("referrals:feedback", args=[case.pk, referral.pk]),
        {"message": "contacted"},
        follow=True,
    )
    assert "Vælg en besked." in response.content.decode()
    assert not FeedbackShare.objects.exists()
