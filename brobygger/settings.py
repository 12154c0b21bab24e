"""Brobygger settings: everything that differs between machines comes from the environment.

Production is the default: DEBUG off, HTTPS only, secure cookies, HSTS, CSP. The demo and the
test suite loosen only what a laptop on http://127.0.0.1 needs (see ``BROBYGGER_MODE``).
"""

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

# Generic admin and form classes (ModelAdmin[User] …) at run time, as django-stubs documents.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# "production" (default), "demo" (brobygger demo) or "test" (the test suite).
MODE = os.environ.get("BROBYGGER_MODE", "production")
if MODE not in {"production", "demo", "test"}:
    raise ImproperlyConfigured("BROBYGGER_MODE must be production, demo or test")
LOCAL = MODE != "production"

DATA_DIR = Path(os.environ.get("BROBYGGER_DATA_DIR", PROJECT_DIR / "data")).resolve()
DEBUG = env_bool("BROBYGGER_DEBUG", False)


def _secret_key() -> str:
    key = os.environ.get("BROBYGGER_SECRET_KEY", "")
    if key:
        return key
    if MODE == "test":
        return "test-only-secret-key-" + "x" * 40
    if MODE == "demo":
        # The demo keeps its key beside its database so sessions survive a restart.
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        path = DATA_DIR / "secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(50))
            path.chmod(0o600)
        return path.read_text().strip()
    raise ImproperlyConfigured(
        "Set BROBYGGER_SECRET_KEY (at least 50 random characters), for example:\n"
        "  export BROBYGGER_SECRET_KEY=\"$(python3 -c 'import secrets; "
        "print(secrets.token_urlsafe(50))')\"\n"
        "To use the demo's database instead (the one `brobygger demo` made in "
        f"{DATA_DIR}), put BROBYGGER_MODE=demo before the command, for example:\n"
        "  BROBYGGER_MODE=demo uv run brobygger import-hsds FILE.json"
    )


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("BROBYGGER_ALLOWED_HOSTS", "127.0.0.1,localhost" if LOCAL else "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.forms",
    "django_htmx",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "brobygger.lib",
    "brobygger.areas",
    "brobygger.accounts",
    "brobygger.audit",
    "brobygger.directory",
    "brobygger.referrals",
    "brobygger.volunteers",
    "brobygger.hsds",
    "brobygger.notifications",
    "brobygger.privacy",
    "brobygger.workspace",
    "brobygger.demo",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "brobygger.lib.middleware.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "brobygger.lib.middleware.LanguageMiddleware",
    "brobygger.lib.middleware.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "brobygger.accounts.middleware.SessionLifetimeMiddleware",
    "brobygger.accounts.middleware.RequireTwoFactorMiddleware",
]

ROOT_URLCONF = "brobygger.urls"
WSGI_APPLICATION = "brobygger.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "brobygger.lib.context_processors.site",
            ],
        },
    },
]

_default_db = f"sqlite:///{DATA_DIR / 'brobygger.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", _default_db),
        conn_max_age=int(os.environ.get("BROBYGGER_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if "DATABASE_URL" not in os.environ:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if MODE == "test":
    # Argon2 is slow on purpose; the suite creates many users.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
# After log-in each role lands on its own work (workspace.start).
LOGIN_REDIRECT_URL = "start"

# django-allauth: e-mail login, no public sign-up (staff accounts are created by administrators).
ACCOUNT_ADAPTER = "brobygger.accounts.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# Lockout: five wrong passwords for one account lock it for 15 minutes.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "20/m/ip,5/15m/key",
    "reset_password": "5/m/ip,3/m/key",  # nosec B105 - a rate limit, not a password
    # One-time codes by e-mail (accounts/email_code.py): how many may be sent per person.
    "email_code": "3/10m/key,10/d/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Authenticator secrets are encrypted at rest (brobygger/accounts/crypto.py: keys and rotation).
MFA_ADAPTER = "brobygger.accounts.adapters.MFAAdapter"
FIELD_ENCRYPTION_KEYS = env_list("BROBYGGER_FIELD_KEY")
MFA_TOTP_ISSUER = os.environ.get("BROBYGGER_MUNICIPALITY_NAME", "Brobygger")
# Staff who may see citizen data must use two-factor login; the demo may switch it off.
REQUIRE_TWO_FACTOR = env_bool("BROBYGGER_REQUIRE_TWO_FACTOR", MODE != "demo")

# Sessions: idle for 2 hours logs out; no session lives past 12 hours.
SESSION_COOKIE_AGE = int(os.environ.get("BROBYGGER_SESSION_IDLE_SECONDS", 2 * 3600))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_MAX_LIFETIME = int(os.environ.get("BROBYGGER_SESSION_MAX_SECONDS", 12 * 3600))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# One cache for every worker process: the lockout and the rate limits live here, so 4 workers
# allow 5 wrong passwords, not 20. Redis where it runs; otherwise a table in the database
# (made by migrate, accounts/migrations/0005). Never a per-process cache.
_redis_url = os.environ.get("BROBYGGER_REDIS_URL", "").strip()
CACHES: dict[str, dict[str, Any]]
if _redis_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _redis_url,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "brobygger_cache",
            # Django culls a third at 300 entries: a flood of keys must not wipe the lockout.
            "OPTIONS": {"MAX_ENTRIES": 200_000},
        }
    }

LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Dansk")), ("en", _("English"))]
# First wins: plain Danish for library texts (allauth, Django's forms and password rules),
# kept by hand; then our own catalogue, made by scripts/i18n.py (docs/translations.md).
LOCALE_PATHS = [BASE_DIR / "locale_overrides", BASE_DIR / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_SECURE = not LOCAL
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("BROBYGGER_STATIC_ROOT", DATA_DIR / "static"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not LOCAL
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Local runs serve static files straight from the app folders, without collectstatic.
WHITENOISE_USE_FINDERS = LOCAL
WHITENOISE_AUTOREFRESH = LOCAL

# Security: production defaults; the local modes run on plain http://127.0.0.1.
HTTPS = env_bool("BROBYGGER_HTTPS", not LOCAL)
SECURE_SSL_REDIRECT = HTTPS and env_bool("BROBYGGER_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "brobygger.lib.errors.csrf_failure"
SECURE_HSTS_SECONDS = int(os.environ.get("BROBYGGER_HSTS_SECONDS", 31536000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = env_bool("BROBYGGER_HSTS_PRELOAD", HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env_list("BROBYGGER_CSRF_TRUSTED_ORIGINS")
if env_bool("BROBYGGER_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True

# Map tiles are the only third-party resource a page loads; the list works without them.
MAP_TILE_URL = os.environ.get(
    "BROBYGGER_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILE_ATTRIBUTION = os.environ.get(
    "BROBYGGER_MAP_TILE_ATTRIBUTION", "© OpenStreetMap-bidragydere"
)
_tile_origin = "/".join(MAP_TILE_URL.split("/")[:3]) if MAP_TILE_URL.startswith("http") else ""
SECURE_CSP: dict[str, list[str]] = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *([_tile_origin] if _tile_origin else [])],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# E-mail: SMTP in production; in the demo readable UTF-8 text in the terminal and in
# DATA_DIR/mail/ (notifications.demo_mail); the console in tests.
_email_backend = os.environ.get(
    "BROBYGGER_EMAIL_BACKEND",
    {
        "demo": "brobygger.notifications.demo_mail.EmailBackend",
        "test": "django.core.mail.backends.console.EmailBackend",
    }.get(MODE, "django.core.mail.backends.smtp.EmailBackend"),
)
MAILERS = {"default": {"BACKEND": _email_backend, "OPTIONS": {}}}
if _email_backend.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": os.environ.get("BROBYGGER_EMAIL_HOST", "localhost"),
        "port": int(os.environ.get("BROBYGGER_EMAIL_PORT", "587")),
        "username": os.environ.get("BROBYGGER_EMAIL_USER", ""),
        "password": os.environ.get("BROBYGGER_EMAIL_PASSWORD", ""),
        "use_tls": env_bool("BROBYGGER_EMAIL_TLS", True),
    }
DEFAULT_FROM_EMAIL = os.environ.get("BROBYGGER_FROM_EMAIL", "brobygger@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Admin", a) for a in env_list("BROBYGGER_ADMIN_EMAILS")]

# Background work (mail, SMS) runs in `brobygger worker` from a database queue; the test
# suite runs it at once, in process.
TASKS = {
    "default": {
        "BACKEND": "django.tasks.backends.immediate.ImmediateBackend"
        if MODE == "test"
        else "django_tasks_db.DatabaseBackend"
    }
}
# Text messages: a file per message in the demo, in memory in tests, an HTTP gateway in
# production (BROBYGGER_SMS_URL and BROBYGGER_SMS_TOKEN, GatewayAPI-style JSON).
SMS_BACKEND = os.environ.get(
    "BROBYGGER_SMS_BACKEND",
    {
        "test": "brobygger.notifications.sms.LocMemBackend",
        "demo": "brobygger.notifications.sms.FileBackend",
    }.get(MODE, "brobygger.notifications.sms.HttpGatewayBackend"),
)
SMS_GATEWAY_URL = os.environ.get("BROBYGGER_SMS_URL", "")
SMS_GATEWAY_TOKEN = os.environ.get("BROBYGGER_SMS_TOKEN", "")
SMS_SENDER = os.environ.get("BROBYGGER_SMS_SENDER", "Brobygger")
# Public forms: the browser's proof of work (ALTCHA) tries up to this many hashes.
PUBLIC_FORM_CHALLENGE_MAX_NUMBER = int(
    os.environ.get("BROBYGGER_CHALLENGE_MAX_NUMBER", "2000" if MODE == "test" else "50000")
)

# The municipality running this installation.
MUNICIPALITY_NAME = os.environ.get("BROBYGGER_MUNICIPALITY_NAME", "Fjordbro Kommune")
MUNICIPALITY_LOGO = os.environ.get("BROBYGGER_MUNICIPALITY_LOGO", "brobygger/logo.svg")
MUNICIPALITY_PHONE = os.environ.get("BROBYGGER_MUNICIPALITY_PHONE", "+45 46 31 00 00")
MUNICIPALITY_EMAIL = os.environ.get("BROBYGGER_MUNICIPALITY_EMAIL", "brobygger@fjordbro.example")
# The data protection officer (databeskyttelsesrådgiver), named in the privacy notice.
DPO_EMAIL = os.environ.get("BROBYGGER_DPO_EMAIL", "databeskyttelse@fjordbro.example")
DPO_PHONE = os.environ.get("BROBYGGER_DPO_PHONE", MUNICIPALITY_PHONE)
# Offers unconfirmed for this many days are flagged as stale to owners and staff.
STALE_AFTER_DAYS = int(os.environ.get("BROBYGGER_STALE_AFTER_DAYS", "183"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("BROBYGGER_LOG_LEVEL", "WARNING")},
}

FORM_RENDERER = "brobygger.lib.forms.FormRenderer"
ACCOUNT_FORMS = {
    "login": "brobygger.accounts.forms.LoginForm",
    "reset_password": "brobygger.accounts.forms.ResetPasswordForm",  # nosec B105 - a path
    "reset_password_from_key": "brobygger.accounts.forms.ResetPasswordKeyForm",  # nosec B105
}

# A referral not taken within this many working days is escalated to the team lead.
REFERRAL_ESCALATE_AFTER_WORKING_DAYS = int(
    os.environ.get("BROBYGGER_REFERRAL_ESCALATE_AFTER_WORKING_DAYS", "3")
)
# A citizen nobody has spoken to for this many days shows on the link worker's day.
REFERRAL_QUIET_AFTER_DAYS = int(os.environ.get("BROBYGGER_REFERRAL_QUIET_AFTER_DAYS", "14"))
# An active volunteer not seen for this many weeks is on the coordinator's list to call.
VOLUNTEER_QUIET_AFTER_WEEKS = int(os.environ.get("BROBYGGER_VOLUNTEER_QUIET_AFTER_WEEKS", "6"))

# Single sign-on for staff over OpenID Connect (Entra ID, or a NemLog-in broker), off unless
# BROBYGGER_OIDC_SERVER_URL is set. It only logs in existing staff accounts and never creates one
# (brobygger/accounts/sso.py). The callback is /konto/oidc/<SSO_PROVIDER_ID>/login/callback/.
SSO_PROVIDER_ID = "kommune"
SOCIALACCOUNT_ADAPTER = "brobygger.accounts.sso.SocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_STORE_TOKENS = False
# An identity provider's login counts as two-factor when its ID token has an acr at or above this
# (e.g. https://data.gov.dk/concept/core/nsis/loa/Substantial), or an amr of mfa, otp or hwk.
SSO_MFA_ACR = os.environ.get("BROBYGGER_OIDC_MFA_ACR", "").strip()
# E-mail domains whose addresses the identity provider vouches for even without email_verified.
SSO_EMAIL_DOMAINS = [d.lower() for d in env_list("BROBYGGER_OIDC_EMAIL_DOMAINS")]


def sso_provider_settings(
    server_url: str,
    client_id: str,
    secret: str,
    name: str,
    scopes: list[str],
    acr_values: str = "",
) -> dict[str, dict[str, Any]]:
    """allauth's settings-based configuration of the one OpenID Connect provider (no database)."""
    app_settings: dict[str, object] = {
        "server_url": server_url,
        "oauth_pkce_enabled": True,
        "scope": scopes,
    }
    if acr_values:  # the assurance level to ask a NemLog-in broker for
        app_settings["auth_params"] = {"acr_values": acr_values}
    app = {
        "provider_id": SSO_PROVIDER_ID,
        "name": name,
        "client_id": client_id,
        "secret": secret,
        "settings": app_settings,
    }
    return {"openid_connect": {"OAUTH_PKCE_ENABLED": True, "APPS": [app]}}


SOCIALACCOUNT_PROVIDERS: dict[str, dict[str, Any]] = {}
_sso_url = os.environ.get("BROBYGGER_OIDC_SERVER_URL", "").strip().rstrip("/")
if _sso_url:
    if not _sso_url.startswith("https://") and not LOCAL:
        raise ImproperlyConfigured("BROBYGGER_OIDC_SERVER_URL must be an https:// address.")
    if not os.environ.get("BROBYGGER_OIDC_CLIENT_ID"):
        raise ImproperlyConfigured("Set BROBYGGER_OIDC_CLIENT_ID with BROBYGGER_OIDC_SERVER_URL.")
    SOCIALACCOUNT_PROVIDERS = sso_provider_settings(
        _sso_url,
        os.environ["BROBYGGER_OIDC_CLIENT_ID"],
        os.environ.get("BROBYGGER_OIDC_CLIENT_SECRET", ""),
        os.environ.get("BROBYGGER_OIDC_NAME", MUNICIPALITY_NAME),
        os.environ.get("BROBYGGER_OIDC_SCOPES", "openid profile email").replace(",", " ").split(),
        os.environ.get("BROBYGGER_OIDC_ACR_VALUES", "").strip(),
    )
    # The log-in button posts to Brobygger, which redirects the form to the provider.
    SECURE_CSP["form-action"] = [*SECURE_CSP["form-action"], "/".join(_sso_url.split("/")[:3])]
