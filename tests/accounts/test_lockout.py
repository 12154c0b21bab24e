"""The lockout counts in one place for every worker process, not once per process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests import factories

ROOT = Path(__file__).resolve().parents[2]

# One gunicorn worker: a fresh Python process that tries a password the way the log-in does
# (allauth's adapter counts the attempt in the lockout before checking the password).
WORKER = """
import django, json, sys
django.setup()
from allauth.account.adapter import get_adapter
from django.core.exceptions import ValidationError
from django.test import RequestFactory

allowed = 0
for n in range(int(sys.argv[1])):
    request = RequestFactory().post(
        "/konto/login/", REMOTE_ADDR=f"10.0.0.{n}", HTTP_HOST="127.0.0.1"
    )
    try:
        get_adapter(request).pre_authenticate(
            request, email="grethe@forening.dk", password="forkert"
        )
        allowed += 1
    except ValidationError:
        pass
print(json.dumps({"allowed": allowed, "cache": django.conf.settings.CACHES["default"]["BACKEND"]}))
"""


def _environment(**overrides):
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("BROBYGGER_", "DATABASE_"))}
    return keep | {"DJANGO_SETTINGS_MODULE": "tests.settings", **overrides}


def _python(code, *args, env):
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_four_worker_processes_share_one_lockout(tmp_path):
    env = _environment(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    _python(
        "import django; django.setup(); "
        "from django.core.management import call_command; "
        "call_command('createcachetable')",
        env=env,
    )
    results = [json.loads(_python(WORKER, "3", env=env)) for _worker in range(4)]
    # Five attempts in all, whichever process the load balancer picked; not five per process.
    assert sum(r["allowed"] for r in results) == 5
    assert [r["allowed"] for r in results] == [3, 2, 0, 0]


def _caches(**env):
    code = "import json; from brobygger import settings; print(json.dumps(settings.CACHES))"
    return json.loads(_python(code, env=_environment(BROBYGGER_MODE="test", **env)))["default"]


def test_the_default_cache_is_shared_by_every_process():
    default = _caches()
    assert default["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    # Culling at Django's default of 300 entries would let a flood of keys wipe the lockout.
    assert default["OPTIONS"]["MAX_ENTRIES"] >= 100_000


def test_redis_is_used_where_it_runs():
    default = _caches(BROBYGGER_REDIS_URL="redis://127.0.0.1:6379/0")
    assert default == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
    }


def test_the_cache_table_is_made_by_migrate(db):
    from django.db import connection

    assert "brobygger_cache" in connection.introspection.table_names()


def test_the_suite_itself_uses_the_shared_cache(db):
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    assert isinstance(caches["default"], DatabaseCache)


def test_the_lockout_still_locks_after_five_wrong_passwords(client, db):
    cache.clear()
    factories.user(email="grethe@forening.dk")
    for _ in range(5):
        client.post(reverse("account_login"), {"login": "grethe@forening.dk", "password": "x"})
    response = client.post(
        reverse("account_login"),
        {"login": "grethe@forening.dk", "password": factories.PASSWORD},
    )
    assert "_auth_user_id" not in client.session
    assert "For mange forkerte forsøg" in response.content.decode()
