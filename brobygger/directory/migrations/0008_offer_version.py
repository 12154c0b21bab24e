from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("directory", "0007_title_terms_in_search_vector")]

    operations = [
        migrations.AddField(
            model_name="offer",
            name="version",
            field=models.PositiveIntegerField(default=1),
        ),
    ]
