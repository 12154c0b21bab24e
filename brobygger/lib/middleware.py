from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation

from . import errors


class LanguageMiddleware:
    """Danish unless the person chose English with the language switch.

    Django's LocaleMiddleware would follow the browser's Accept-Language, which shows an
    English page to a Danish citizen with an English-language phone; here the choice is
    explicit (the language cookie set by the switch).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class DatabaseOutageMiddleware:
    """A database that cannot be reached gives the calm Danish 503 page, not a 500.

    This catches what views raise (in the demo's DEBUG mode too); ``errors.server_error``
    catches the same failure anywhere else in the request.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, errors.DATABASE_DOWN):
            return errors.unavailable(request)
        return None


class RefuseNulMiddleware:
    """A NUL character in a query string or a posted form is refused with a 400 page.

    Nobody types one; PostgreSQL cannot store one, so a value read without a form would
    fail deep inside a view. Forms refuse it too; this covers what is read without one.
    The HSDS API checks its own parameters and names the bad one in its JSON answer.
    """

    checked_elsewhere = ("/api/hsds/",)

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(self.checked_elsewhere):
            for params in (request.GET, request.POST if request.method == "POST" else None):
                if params is not None and _has_nul(params):
                    raise BadRequest("NUL character in request parameters")
        return self.get_response(request)


def _has_nul(params: QueryDict) -> bool:
    return any("\x00" in key or any("\x00" in v for v in values) for key, values in params.lists())
