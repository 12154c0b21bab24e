"""Serving the app: gunicorn (several worker processes) in production, waitress for the demo.

Python runs one thread at a time per process, so production uses processes to use every core;
the demo needs one process and must start anywhere.
"""

import errno
import os
import socket
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _


def check_port_free(host: str, port: int) -> None:
    """Fail with a clear message (not a traceback) when the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno in {errno.EADDRINUSE, errno.EACCES}:
                raise CommandError(
                    _(
                        "Port %(port)s på %(host)s er optaget af et andet program. Stop det, "
                        "eller vælg en anden port med --port, f.eks. --port %(other)s."
                    )
                    % {"port": port, "host": host, "other": port + 1}
                ) from None
            raise CommandError(
                _("Kan ikke lytte på %(host)s:%(port)s: %(error)s")
                % {"host": host, "port": port, "error": exc.strerror}
            ) from None


def serve_demo(host: str, port: int, threads: int = 8) -> None:
    from waitress import serve as waitress_serve

    from brobygger.wsgi import application

    check_port_free(host, port)
    waitress_serve(
        application,
        host=host,
        port=port,
        threads=threads,
        ident="Brobygger",
        clear_untrusted_proxy_headers=True,
    )


def default_workers() -> int:
    return max(2, (os.cpu_count() or 1) * 2)


def serve(host: str, port: int, workers: int, threads: int = 4) -> None:
    """Production: gunicorn with ``workers`` processes of ``threads`` threads each."""
    from gunicorn.app.base import BaseApplication

    from brobygger.wsgi import application

    check_port_free(host, port)

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
                "workers": workers,
                "threads": threads,
                "worker_class": "gthread",
                "accesslog": "-",
                "errorlog": "-",
                "timeout": 60,
                "graceful_timeout": 20,
                "forwarded_allow_ips": os.environ.get("BROBYGGER_FORWARDED_ALLOW_IPS", "127.0.0.1"),
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    Server().run()
