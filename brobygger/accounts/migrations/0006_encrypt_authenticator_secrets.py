"""Encrypt the authenticator secrets stored in plaintext until now (TOTP secrets, recovery-code
seeds); the reverse decrypts them again. Values already in the wanted form are left alone, so
running it twice is harmless. Keys: see brobygger/accounts/crypto.py.
"""

from django.db import migrations

from brobygger.accounts import crypto

# The secret parts of allauth's Authenticator.data, per type (WebAuthn keeps public keys only).
SECRET_FIELDS = {"totp": ["secret"], "recovery_codes": ["seed"]}
SECRET_LISTS = {"recovery_codes": ["migrated_codes"]}


def _convert(apps, *, encrypted):
    Authenticator = apps.get_model("mfa", "Authenticator")
    change = crypto.encrypt if encrypted else crypto.decrypt

    def converted(value):
        if isinstance(value, str) and crypto.is_encrypted(value) != encrypted:
            return change(value)
        return value

    for authenticator in Authenticator.objects.filter(type__in=list(SECRET_FIELDS)).iterator():
        data = dict(authenticator.data)
        for field in SECRET_FIELDS.get(authenticator.type, []):
            if field in data:
                data[field] = converted(data[field])
        for field in SECRET_LISTS.get(authenticator.type, []):
            if isinstance(data.get(field), list):
                data[field] = [converted(value) for value in data[field]]
        if data != authenticator.data:
            Authenticator.objects.filter(pk=authenticator.pk).update(data=data)


def encrypt_secrets(apps, schema_editor):
    _convert(apps, encrypted=True)


def decrypt_secrets(apps, schema_editor):
    _convert(apps, encrypted=False)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_create_shared_cache_table"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt_secrets, decrypt_secrets, elidable=False)]
