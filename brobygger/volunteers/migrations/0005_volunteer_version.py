from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("volunteers", "0004_courses_hosts_open_slots")]

    operations = [
        migrations.AddField(
            model_name="volunteer",
            name="version",
            field=models.PositiveIntegerField(default=1),
        ),
    ]
