from django.core.management.base import BaseCommand

from brobygger.accounts.actions import reencrypt_two_factor_secrets


class Command(BaseCommand):
    help = (
        "Re-encrypt every stored authenticator secret with the first key of BROBYGGER_FIELD_KEY "
        "(step 2 of a key rotation; see brobygger/accounts/crypto.py)."
    )

    def handle(self, *args: object, **options: object) -> None:
        count = reencrypt_two_factor_secrets(acting_user=None)
        self.stdout.write(f"{count} nøgler er krypteret igen med den nye nøgle.")
