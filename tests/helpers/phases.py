"""The days the tests freeze time at, around the default space of the factories.

ConsultationPageFactory and DebatePageFactory open on 1 March 2025 at 9:00 and close on
30 June 2025 at 23:59 (Paris time): each phase below is a day well inside one period.
"""

import contextlib

from freezegun import freeze_time

BEFORE_OPENING_DAY = "2025-02-15 12:00:00+01:00"
OPEN_DAY = "2025-04-15 12:00:00+02:00"
CLOSED_DAY = "2025-07-15 12:00:00+02:00"

PHASES = {
    "before opening": BEFORE_OPENING_DAY,
    "open": OPEN_DAY,
    "closed": CLOSED_DAY,
}


@contextlib.contextmanager
def frozen(phase):
    """Freezes time on the day of `phase`: "before opening", "open" or "closed"."""
    with freeze_time(PHASES[phase]):
        yield
