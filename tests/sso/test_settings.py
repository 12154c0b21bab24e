"""SSO is configured from the environment only, in a fresh process as in production."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "BROBYGGER_MODE": "production",
    "BROBYGGER_SECRET_KEY": "k" * 20 + "-production-secret-for-the-check-" + "z" * 20,
    "BROBYGGER_ALLOWED_HOSTS": "brobygger.kommune.dk",
}
ENTRA = {
    "BROBYGGER_OIDC_SERVER_URL": "https://login.microsoftonline.com/TENANT-ID/v2.0",
    "BROBYGGER_OIDC_CLIENT_ID": "11111111-2222-3333-4444-555555555555",
    "BROBYGGER_OIDC_CLIENT_SECRET": "hemmelig",
    "BROBYGGER_OIDC_NAME": "Fjordbro Kommune",
}
SHOW = (
    "from django.conf import settings; import json; print(json.dumps("
    "[settings.SOCIALACCOUNT_PROVIDERS, settings.SECURE_CSP['form-action']]))"
)


def _run(args, tmp_path, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BROBYGGER_", "DJANGO_"))}
    clean |= {
        "DJANGO_SETTINGS_MODULE": "brobygger.settings",
        "BROBYGGER_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **PRODUCTION,
        **env,
    }
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def _settings(tmp_path, **env):
    result = _run(["-c", f"import django; django.setup(); {SHOW}"], tmp_path, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_without_the_variables_sso_is_off(tmp_path):
    providers, form_action = _settings(tmp_path)
    assert providers == {}
    assert form_action == ["'self'"]


def test_the_variables_configure_one_provider_with_pkce(tmp_path):
    providers, form_action = _settings(
        tmp_path,
        **ENTRA,
        BROBYGGER_OIDC_SCOPES="openid,email",
        BROBYGGER_OIDC_ACR_VALUES="https://data.gov.dk/concept/core/nsis/loa/Substantial",
    )
    [app] = providers["openid_connect"]["APPS"]
    assert app["provider_id"] == "kommune"
    assert app["name"] == "Fjordbro Kommune"
    assert app["client_id"] == ENTRA["BROBYGGER_OIDC_CLIENT_ID"]
    assert app["settings"]["server_url"] == ENTRA["BROBYGGER_OIDC_SERVER_URL"]
    assert app["settings"]["oauth_pkce_enabled"] is True
    assert app["settings"]["scope"] == ["openid", "email"]
    assert app["settings"]["auth_params"] == {
        "acr_values": "https://data.gov.dk/concept/core/nsis/loa/Substantial"
    }
    # The button's form is redirected to the provider; the CSP must allow that and no more.
    assert form_action == ["'self'", "https://login.microsoftonline.com"]


def test_production_refuses_a_provider_over_plain_http(tmp_path):
    result = _run(
        ["-m", "brobygger.cli", "check"],
        tmp_path,
        **ENTRA | {"BROBYGGER_OIDC_SERVER_URL": "http://idp.kommune.dk"},
    )
    assert result.returncode != 0
    assert "must be an https:// address" in result.stderr


def test_the_deploy_check_stays_clean_with_sso(tmp_path):
    result = _run(
        ["-m", "brobygger.cli", "check", "--deploy", "--fail-level", "WARNING"], tmp_path, **ENTRA
    )
    assert result.returncode == 0, result.stdout + result.stderr
