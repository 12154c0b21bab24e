"""E-mail addresses are unique whatever their case. Addresses are stored in lower case first
(accounts made in the admin could have capitals); two that then collide stop the migration,
for an administrator to resolve."""

from django.db import migrations, models
from django.db.models.functions import Lower


def lower_case_addresses(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.exclude(email=Lower("email")).only("pk", "email"):
        User.objects.filter(pk=user.pk).update(email=user.email.strip().lower())


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_encrypt_authenticator_secrets")]

    operations = [
        # Lower case is a valid address too: nothing to undo.
        migrations.RunPython(lower_case_addresses, migrations.RunPython.noop, elidable=False),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                Lower("email"),
                name="unique_user_email_any_case",
                violation_error_message="Der findes allerede en bruger med denne e-mailadresse.",
            ),
        ),
    ]
