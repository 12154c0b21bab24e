"""Claims for the test provider's users, read from ``people.json`` on every request.

Userinfo carries the standard claims; ``amr`` and ``acr`` go only into the ID token, as with
Entra ID and NemLog-in brokers, so Brobygger must read them from there.
"""

import json
from typing import Any

from django.conf import settings
from oauth2_provider.oauth2_validators import OAuth2Validator

ID_TOKEN_ONLY = ("amr", "acr")


def person(username: str) -> dict[str, Any]:
    people = json.loads((settings.STATE_DIR / "people.json").read_text())
    return people[username]["claims"]


class PeopleValidator(OAuth2Validator):
    def get_claim_dict(self, request: Any) -> dict[str, Any]:
        claims = person(request.user.get_username())
        return {k: v for k, v in claims.items() if k not in ID_TOKEN_ONLY}

    def get_id_token_dictionary(self, token, token_handler, request):  # type: ignore[no-untyped-def]
        claims, expiration = super().get_id_token_dictionary(token, token_handler, request)
        own = person(request.user.get_username())
        claims.update({k: own[k] for k in ID_TOKEN_ONLY if k in own})
        return claims, expiration
