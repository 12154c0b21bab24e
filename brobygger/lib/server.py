"""Serving the app with waitress, a production WSGI server that needs no compiler or Unix."""

import errno
import socket

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


def serve(host: str, port: int, threads: int = 8) -> None:
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
