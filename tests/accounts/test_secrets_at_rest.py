"""Authenticator secrets are encrypted in the database, and the admin never shows them."""

import time
from importlib import import_module

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, hotp_value
from django.apps import apps as global_apps
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import Client
from django.urls import reverse

from brobygger.accounts import crypto
from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from tests import factories
from tests.people import TOTP_SECRET, two_factor

KEY = "ny-noegle-" + "k" * 40
OLD_KEY = "gammel-noegle-" + "g" * 40


def _stored(authenticator):
    """The row as it is in the database, past every Python layer."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM mfa_authenticator WHERE id = %s", [authenticator.pk])
        return str(cursor.fetchone()[0])


def test_the_totp_secret_is_not_in_the_database_in_plaintext(db):
    totp = Authenticator.objects.get(user=two_factor(factories.user()), type="totp")
    assert TOTP_SECRET not in _stored(totp)
    assert crypto.decrypt(totp.data["secret"]) == TOTP_SECRET


def test_the_recovery_code_seed_is_encrypted_too(db):
    person = two_factor(factories.user())
    codes = RecoveryCodes.activate(person)
    seed = codes.instance.data["seed"]
    assert crypto.is_encrypted(seed)
    assert len(codes.generate_codes()) == 10


def test_a_code_from_the_app_still_logs_in(db):
    person = two_factor(factories.user(Role.LINK_WORKER, email="b@kommune.dk"))
    client = Client()
    client.post(reverse("account_login"), {"login": "b@kommune.dk", "password": factories.PASSWORD})
    code = f"{hotp_value(TOTP_SECRET, int(time.time()) // 30):06d}"
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.get(reverse("home")).status_code == 200
    assert person.pk == int(client.session["_auth_user_id"])


def test_a_secret_written_in_plaintext_behind_the_apps_back_is_refused(db):
    # Someone who can write to the database but has no key cannot plant a secret they know.
    person = factories.user()
    planted = Authenticator.objects.create(user=person, type="totp", data={"secret": TOTP_SECRET})
    code = f"{hotp_value(TOTP_SECRET, int(time.time()) // 30):06d}"
    with pytest.raises(ImproperlyConfigured):
        TOTP(planted).validate_code(code)


def test_the_key_comes_from_the_environment_and_rotates(db, settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    old = crypto.encrypt("hemmelighed")
    settings.FIELD_ENCRYPTION_KEYS = [KEY, OLD_KEY]
    assert crypto.decrypt(old) == "hemmelighed"  # the old key still reads
    rotated = crypto.reencrypt(old)
    settings.FIELD_ENCRYPTION_KEYS = [KEY]
    assert crypto.decrypt(rotated) == "hemmelighed"
    with pytest.raises(ImproperlyConfigured):
        crypto.decrypt(old)  # once the old key is gone, so is what only it could read


def test_without_a_field_key_the_key_is_derived_from_the_secret_key(settings):
    settings.FIELD_ENCRYPTION_KEYS = []
    token = crypto.encrypt("hemmelighed")
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "en-ny-hemmelig-noegle-" + "n" * 40
    assert crypto.decrypt(token) == "hemmelighed"


def test_a_short_field_key_is_refused(settings):
    settings.FIELD_ENCRYPTION_KEYS = ["kort"]
    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt("hemmelighed")


def test_reencrypt_secrets_command_rotates_every_authenticator(db, settings):
    from django.core.management import call_command

    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    person = two_factor(factories.user())
    RecoveryCodes.activate(person)
    settings.FIELD_ENCRYPTION_KEYS = [KEY, OLD_KEY]
    call_command("reencrypt_secrets", verbosity=0)
    settings.FIELD_ENCRYPTION_KEYS = [KEY]
    totp = Authenticator.objects.get(user=person, type="totp")
    assert crypto.decrypt(totp.data["secret"]) == TOTP_SECRET
    assert (
        len(
            RecoveryCodes(
                Authenticator.objects.get(user=person, type="recovery_codes")
            ).generate_codes()
        )
        == 10
    )


MIGRATION = import_module("brobygger.accounts.migrations.0006_encrypt_authenticator_secrets")


def test_the_migration_encrypts_existing_plaintext_secrets_and_back(db):
    person = factories.user()
    totp = Authenticator.objects.create(user=person, type="totp", data={"secret": TOTP_SECRET})
    codes = Authenticator.objects.create(
        user=person,
        type="recovery_codes",
        data={"seed": "ab" * 40, "used_mask": 0, "migrated_codes": ["12345678"]},
    )
    MIGRATION.encrypt_secrets(global_apps, None)
    MIGRATION.encrypt_secrets(global_apps, None)  # twice is harmless
    totp.refresh_from_db()
    codes.refresh_from_db()
    assert TOTP_SECRET not in _stored(totp)
    assert "ab" * 40 not in _stored(codes) and "12345678" not in _stored(codes)
    assert crypto.decrypt(totp.data["secret"]) == TOTP_SECRET
    MIGRATION.decrypt_secrets(global_apps, None)
    totp.refresh_from_db()
    codes.refresh_from_db()
    assert totp.data == {"secret": TOTP_SECRET}
    assert codes.data == {"seed": "ab" * 40, "used_mask": 0, "migrated_codes": ["12345678"]}


@pytest.fixture
def administrator(db):
    return two_factor(
        factories.user(
            Role.ADMINISTRATOR, email="admin@kommune.dk", is_staff=True, is_superuser=True
        )
    )


@pytest.fixture
def colleague_totp(db):
    person = two_factor(factories.user(Role.LINK_WORKER, full_name="Kasper Kollega"))
    return Authenticator.objects.get(user=person, type="totp")


def test_the_admin_never_shows_the_secret(client, administrator, colleague_totp):
    client.force_login(administrator)
    page = client.get(reverse("admin:mfa_authenticator_change", args=[colleague_totp.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Kasper Kollega" in html
    assert TOTP_SECRET not in html and colleague_totp.data["secret"] not in html
    assert 'name="data"' not in html


def test_the_admin_cannot_add_or_change_authenticators(client, administrator, colleague_totp):
    client.force_login(administrator)
    assert client.get(reverse("admin:mfa_authenticator_add")).status_code == 403
    before = Authenticator.objects.get(pk=colleague_totp.pk).data
    client.post(
        reverse("admin:mfa_authenticator_change", args=[colleague_totp.pk]),
        {"user": administrator.pk, "type": "totp", "data": '{"secret": "AAAA"}'},
    )
    assert Authenticator.objects.get(pk=colleague_totp.pk).data == before


def test_every_view_of_authenticators_in_the_admin_is_logged(client, administrator, colleague_totp):
    client.force_login(administrator)
    client.get(reverse("admin:mfa_authenticator_changelist"))
    client.get(reverse("admin:mfa_authenticator_change", args=[colleague_totp.pk]))
    reads = AuditEvent.objects.filter(user=administrator, object_type="mfa.authenticator")
    assert reads.filter(object_id="").exists()  # the list
    assert reads.filter(object_id=str(colleague_totp.pk)).exists()  # the one


def test_deleting_resets_the_persons_two_factor_and_is_logged(
    client, administrator, colleague_totp
):
    colleague = colleague_totp.user
    RecoveryCodes.activate(colleague)
    client.force_login(administrator)
    url = reverse("admin:mfa_authenticator_delete", args=[colleague_totp.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"post": "yes"})
    assert not Authenticator.objects.filter(user=colleague).exists()  # the recovery codes too
    assert AuditEvent.objects.filter(
        user=administrator, object_type="accounts.user", object_id=str(colleague.pk)
    ).exists()
