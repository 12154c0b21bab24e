from typing import Any

from allauth.mfa.models import Authenticator
from django.core.management.base import BaseCommand
from django.db import transaction

from brobygger.accounts import crypto


class Command(BaseCommand):
    help = (
        "Re-encrypt every stored authenticator secret with the first key of BROBYGGER_FIELD_KEY "
        "(step 2 of a key rotation; see brobygger/accounts/crypto.py)."
    )

    def handle(self, *args: object, **options: object) -> None:
        count = 0
        with transaction.atomic():
            for authenticator in Authenticator.objects.select_for_update().iterator():
                data = _reencrypted(authenticator.data)
                if data != authenticator.data:
                    Authenticator.objects.filter(pk=authenticator.pk).update(data=data)
                    count += 1
        self.stdout.write(f"{count} nøgler er krypteret igen med den nye nøgle.")


def _reencrypted(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for field, value in data.items():
        if crypto.is_encrypted(value):
            result[field] = crypto.reencrypt(value)
        elif isinstance(value, list):
            result[field] = [crypto.reencrypt(v) if crypto.is_encrypted(v) else v for v in value]
        else:
            result[field] = value
    return result
