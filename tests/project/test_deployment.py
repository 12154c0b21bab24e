import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _environment(**overrides):
    """The environment of a user's shell: none of the test suite's own settings."""
    skip = {"DATABASE_URL", "BROBYGGER_MODE", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {k: v for k, v in os.environ.items() if k not in skip} | overrides


def _brobygger(*args, env=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "brobygger.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_environment(**(env or {})),
    )


def test_production_settings_pass_the_deploy_check(tmp_path):
    env = {
        "BROBYGGER_MODE": "production",
        "BROBYGGER_SECRET_KEY": "k" * 20 + "-production-secret-for-the-check-" + "z" * 20,
        "BROBYGGER_ALLOWED_HOSTS": "brobygger.kommune.dk",
        "BROBYGGER_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = _brobygger("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {
        "BROBYGGER_MODE": "production",
        "BROBYGGER_SECRET_KEY": "",
        "BROBYGGER_DATA_DIR": str(tmp_path),
    }
    result = _brobygger("check", env=env)
    assert result.returncode != 0
    assert "BROBYGGER_SECRET_KEY" in result.stderr
    # It says how to make a key, and how to reach the demo's database instead.
    assert "export BROBYGGER_SECRET_KEY=" in result.stderr
    assert "BROBYGGER_MODE=demo uv run brobygger" in result.stderr


@pytest.mark.slow
def test_demo_twice_keeps_the_data(tmp_path):
    clean = _environment(BROBYGGER_DATA_DIR=str(tmp_path))
    first = subprocess.run(
        [sys.executable, "-m", "brobygger.cli", "demo", "--no-serve"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=clean,
    )
    assert first.returncode == 0, first.stderr
    assert "admin@fjordbro.example" in first.stdout
    assert "Brobygger-demo-2026" in first.stdout
    second = subprocess.run(
        [sys.executable, "-m", "brobygger.cli", "demo", "--no-serve"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=clean,
    )
    assert second.returncode == 0, second.stderr
    assert "findes allerede" in second.stdout
    assert (tmp_path / "brobygger.sqlite3").exists()


def test_a_taken_port_gets_a_clear_message(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        clean = _environment(BROBYGGER_DATA_DIR=str(tmp_path))
        result = subprocess.run(
            [sys.executable, "-m", "brobygger.cli", "demo", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env=clean,
        )
    assert result.returncode != 0
    assert f"Port {port}" in result.stderr and "optaget" in result.stderr
    assert "Traceback" not in result.stderr


def test_createadmin_makes_an_administrator(db, monkeypatch):
    from django.core.management import call_command

    from brobygger.accounts.models import User

    monkeypatch.setenv("ADMIN_PASSWORD", "en-meget-lang-adgangskode-til-it")
    call_command("createadmin", "it@kommune.dk", "--name", "IT", "--password-env", "ADMIN_PASSWORD")
    admin = User.objects.get(email="it@kommune.dk")
    assert admin.is_superuser and admin.has_role("administrator")
    assert admin.check_password("en-meget-lang-adgangskode-til-it")


def test_createadmin_refuses_a_weak_password(db, monkeypatch):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    monkeypatch.setenv("ADMIN_PASSWORD", "123")
    with pytest.raises(CommandError):
        call_command("createadmin", "it@kommune.dk", "--password-env", "ADMIN_PASSWORD")


@pytest.mark.slow
def test_serve_runs_production_settings_behind_https(tmp_path):
    import socket
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = _environment(
        BROBYGGER_MODE="production",
        BROBYGGER_SECRET_KEY="s" * 60,
        BROBYGGER_ALLOWED_HOSTS="127.0.0.1",
        BROBYGGER_DATA_DIR=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "brobygger.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        # Generous: gunicorn starts its workers slowly on a busy two-core machine.
        deadline = time.monotonic() + 60
        while True:
            try:
                opener.open(f"http://127.0.0.1:{port}/", timeout=2)
            except urllib.error.HTTPError as answer:
                assert answer.code == 301
                assert answer.headers["Location"].startswith("https://")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the server did not answer")
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_every_migration_can_be_reversed(tmp_path):
    env = {"BROBYGGER_MODE": "test", "DATABASE_URL": f"sqlite:///{tmp_path / 'm.sqlite3'}"}
    for args in (
        ["migrate"],
        ["migrate", "referrals", "zero"],
        ["migrate", "directory", "zero"],
        ["migrate", "audit", "zero"],
        ["migrate", "areas", "zero"],
        ["migrate"],
    ):
        result = _brobygger(*args, "-v0", env=env, timeout=300)
        assert result.returncode == 0, (args, result.stderr)
