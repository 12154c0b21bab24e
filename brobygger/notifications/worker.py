"""The demo's background worker: delivers queued messages in a thread beside the server.
Production runs ``brobygger worker`` as a service of its own."""

import threading

from django.utils.crypto import get_random_string


def start_worker_thread() -> None:
    """Start a daemon thread that runs the database task worker (mail, SMS)."""
    from django_tasks_db.management.commands.db_worker import Worker

    from .tasks import sweep

    def run() -> None:
        sweep()
        Worker(
            queue_names=["*"],
            interval=1.0,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        ).run()

    threading.Thread(target=run, name="brobygger-worker", daemon=True).start()
