import uuid

from django.db import migrations, models


def fill_tokens(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.all():
        user.calendar_token = uuid.uuid4()
        user.save(update_fields=["calendar_token"])


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_unit_handles_unrouted")]
    operations = [
        migrations.AddField(
            model_name="user", name="calendar_token",
            field=models.UUIDField(default=uuid.uuid4, editable=False, null=True),
        ),
        migrations.RunPython(fill_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="user", name="calendar_token",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
