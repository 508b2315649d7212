"""Running the same action in many threads at once, each on its own database connection."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connections


def run_together(count, action):
    """Runs action(i) in `count` threads released at the same time."""
    barrier = threading.Barrier(count)

    def run(i):
        try:
            barrier.wait()
            return action(i)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))
