import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_keys(apps, schema_editor):
    Citizen = apps.get_model("referrals", "Citizen")
    for citizen in Citizen.objects.only("pk", "full_name", "phone").iterator(chunk_size=1000):
        Citizen.objects.filter(pk=citizen.pk).update(
            name_key=" ".join(citizen.full_name.casefold().split())[:150],
            phone_key="".join(c for c in citizen.phone if c.isdigit())[-8:],
        )


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0001_cases_referrals_plans"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="edited_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="case",
            name="edited_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="case",
            name="version",
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.AddField(
            model_name="citizen",
            name="name_key",
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=150),
        ),
        migrations.AddField(
            model_name="citizen",
            name="phone_key",
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=8),
        ),
        migrations.AddField(
            model_name="referral",
            name="intake_token",
            field=models.UUIDField(blank=True, editable=False, null=True, unique=True),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
    ]
