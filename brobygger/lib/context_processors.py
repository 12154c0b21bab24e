from django.http import HttpRequest

from .errors import site_details


def site(request: HttpRequest) -> dict[str, str]:
    """The municipality's name, logo and contact details, for every template."""
    return site_details()
