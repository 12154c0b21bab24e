"""Encryption at rest for secrets kept in the database: the authenticator app's TOTP secret and
the seed of the recovery codes (through ``adapters.MFAAdapter``).

Keys
    ``BROBYGGER_FIELD_KEY``: one or more secrets, comma-separated, each at least 32 random
    characters (``python -c "import secrets; print(secrets.token_urlsafe(48))"``). The first
    encrypts; every one of them decrypts. Each is stretched into a Fernet key with HKDF-SHA256.
    Without it, the keys are derived the same way from ``SECRET_KEY`` and then
    ``SECRET_KEY_FALLBACKS`` — so a database copied without the key is unreadable either way,
    but a separate field key lets ``SECRET_KEY`` be rotated on its own.

Rotating a key
    1. Put the new key first and keep the old one after it:
       ``BROBYGGER_FIELD_KEY=new,old``; restart.
    2. ``brobygger reencrypt-secrets`` (every stored secret re-encrypted with the new key).
    3. Remove the old key: ``BROBYGGER_FIELD_KEY=new``; restart.
    Without a field key the same works with ``SECRET_KEY`` and ``SECRET_KEY_FALLBACKS``.

A stored value is ``fernet:`` followed by the Fernet token. Anything else is refused when read:
someone who can write to the database but has no key must not be able to plant a secret they
know.
"""

import base64
import functools
import logging

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

PREFIX = "fernet:"
MIN_KEY_LENGTH = 32
_INFO = b"brobygger field encryption v1"


def encrypt(text: str) -> str:
    return PREFIX + _fernet(_keys()).encrypt(text.encode()).decode()


def decrypt(value: str) -> str:
    if not is_encrypted(value):
        raise ImproperlyConfigured("A stored secret is not encrypted; it is refused.")
    try:
        return _fernet(_keys()).decrypt(value.removeprefix(PREFIX).encode()).decode()
    except InvalidToken:
        logger.error("A stored secret cannot be decrypted with the configured keys")
        raise ImproperlyConfigured(
            "A stored secret cannot be decrypted: is BROBYGGER_FIELD_KEY (or SECRET_KEY) the "
            "key it was encrypted with? Keep the old key after the new one while rotating."
        ) from None


def reencrypt(value: str) -> str:
    """The same secret encrypted with the current (first) key."""
    decrypt(value)  # the same checks and messages
    return PREFIX + _fernet(_keys()).rotate(value.removeprefix(PREFIX).encode()).decode()


def is_encrypted(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _keys() -> tuple[str, ...]:
    configured = tuple(getattr(settings, "FIELD_ENCRYPTION_KEYS", ()))
    if configured:
        if any(len(key) < MIN_KEY_LENGTH for key in configured):
            raise ImproperlyConfigured(
                f"Each key in BROBYGGER_FIELD_KEY must be at least {MIN_KEY_LENGTH} characters."
            )
        return configured
    fallbacks = [str(key) for key in settings.SECRET_KEY_FALLBACKS]
    return (settings.SECRET_KEY, *fallbacks)


@functools.lru_cache(maxsize=8)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(_derive(key)) for key in keys])


def _derive(secret: str) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO)
    return base64.urlsafe_b64encode(kdf.derive(secret.encode()))
