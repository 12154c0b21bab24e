from django.apps import AppConfig


class LibConfig(AppConfig):
    name = "brobygger.lib"
    label = "lib"
    verbose_name = "Brobygger"
