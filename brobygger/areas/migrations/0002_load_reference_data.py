from django.db import migrations


def load(apps, schema_editor):
    from brobygger.areas.reference import load_reference_data

    load_reference_data(apps.get_model("areas", "Municipality"), apps.get_model("areas", "PostalCode"))


def unload(apps, schema_editor):
    apps.get_model("areas", "PostalCode").objects.all().delete()
    apps.get_model("areas", "Municipality").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("areas", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
