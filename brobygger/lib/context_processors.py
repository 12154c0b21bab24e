from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, object]:
    """The municipality's name, logo and contact details, for every template."""
    return {
        "municipality_name": settings.MUNICIPALITY_NAME,
        "municipality_logo": settings.MUNICIPALITY_LOGO,
        "municipality_phone": settings.MUNICIPALITY_PHONE,
        "municipality_email": settings.MUNICIPALITY_EMAIL,
    }
