import getpass

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_email

from brobygger.accounts.models import User


class Command(BaseCommand):
    help = "Create an administrator account (asks for the password unless --password-env)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--name", default="Administrator")
        parser.add_argument(
            "--password-env", default="", help="Read the password from this environment variable."
        )

    def handle(
        self, *args: object, email: str, name: str, password_env: str, **options: object
    ) -> None:
        import os

        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"Ugyldig e-mailadresse: {email}") from None
        if User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"Der findes allerede en bruger med {email}.")
        password = (
            os.environ.get(password_env, "") if password_env else getpass.getpass("Adgangskode: ")
        )
        candidate = User(email=email, full_name=name)
        try:
            validate_password(password, candidate)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        User.objects.create_superuser(email, password, full_name=name)
        self.stdout.write(
            self.style.SUCCESS(
                f"Administrator {email} er oprettet. Ved første login skal totrinslogin sættes op."
            )
        )
