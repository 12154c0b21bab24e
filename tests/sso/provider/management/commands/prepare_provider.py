"""The management step before the provider starts: its users and Brobygger as a client."""

import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from oauth2_provider.models import Application


class Command(BaseCommand):
    help = "Migrate, create the users in people.json and register Brobygger as a client."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--client-id", required=True)
        parser.add_argument("--client-secret", required=True)
        parser.add_argument("--redirect-uri", action="append", required=True)

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        call_command("migrate", run_syncdb=True, verbosity=0)
        people = json.loads((settings.STATE_DIR / "people.json").read_text())
        for username, entry in people.items():
            user, _ = get_user_model().objects.get_or_create(username=username)
            user.set_password(entry["password"])
            user.save()
        Application.objects.update_or_create(
            client_id=options["client_id"],
            defaults={
                "name": "Brobygger",
                "client_secret": options["client_secret"],
                "client_type": Application.CLIENT_CONFIDENTIAL,
                "authorization_grant_type": Application.GRANT_AUTHORIZATION_CODE,
                "redirect_uris": " ".join(options["redirect_uri"]),
                "algorithm": Application.RS256_ALGORITHM,
                # The municipality approved Brobygger once; staff see no consent screen.
                "skip_authorization": True,
            },
        )
