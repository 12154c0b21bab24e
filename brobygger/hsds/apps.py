from django.apps import AppConfig


class HsdsConfig(AppConfig):
    name = "brobygger.hsds"
    label = "hsds"
    verbose_name = "Open Referral HSDS"
