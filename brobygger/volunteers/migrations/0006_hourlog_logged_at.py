import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    """When each hour entry was written, so a volunteer can correct it for a week. Existing
    entries keep no time (null): their date decides instead, rather than all of them
    becoming correctable for a week from the day this migration runs."""

    dependencies = [("volunteers", "0005_volunteer_version")]

    operations = [
        migrations.AddField(
            model_name="hourlog",
            name="logged_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="skrevet"),
        ),
        migrations.AlterField(
            model_name="hourlog",
            name="logged_at",
            field=models.DateTimeField(
                blank=True, default=django.utils.timezone.now, null=True, verbose_name="skrevet"
            ),
        ),
        migrations.AlterModelOptions(name="hourlog", options={"ordering": ["-on", "-id"]}),
    ]
