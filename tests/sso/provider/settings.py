"""A tiny OpenID Connect provider (django-oauth-toolkit) that the SSO tests run as a subprocess.

Everything it needs lives in one directory given by ``SSO_PROVIDER_DIR``: its SQLite database,
its RSA signing key and ``people.json``, the claims each provider user gets (re-read on every
request, so a test can change who someone is between two log-ins).
"""

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

STATE_DIR = Path(os.environ["SSO_PROVIDER_DIR"])
ISSUER = os.environ["SSO_PROVIDER_ISSUER"]


def _signing_key() -> str:
    path = STATE_DIR / "signing-key.pem"
    if not path.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    return path.read_text()


SECRET_KEY = "sso-test-provider-" + "p" * 40
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "oauth2_provider",
    "tests.sso.provider",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
ROOT_URLCONF = "tests.sso.provider.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": STATE_DIR / "provider.sqlite3",
        "OPTIONS": {"transaction_mode": "IMMEDIATE"},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A throwaway database: tables straight from the models start faster than 40 migrations.
MIGRATION_MODULES = {app: None for app in ("auth", "contenttypes", "sessions", "oauth2_provider")}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
USE_TZ = True
LOGIN_URL = "/login/"
# A different cookie name from Brobygger's, as both run on 127.0.0.1 in the browser test.
SESSION_COOKIE_NAME = "provider_session"
CSRF_COOKIE_NAME = "provider_csrftoken"

OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_ISS_ENDPOINT": ISSUER,
    "OIDC_RSA_PRIVATE_KEY": _signing_key(),
    "PKCE_REQUIRED": True,
    # The browser test's live server listens on a port chosen at random.
    "ALLOW_LOCALHOST_LOOPBACK": True,
    "SCOPES": {
        "openid": "OpenID Connect",
        "profile": "Navn",
        "email": "E-mail",
    },
    "OAUTH2_VALIDATOR_CLASS": "tests.sso.provider.validator.PeopleValidator",
}
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "ERROR"}}
