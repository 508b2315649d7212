"""The debate page and what residents do in it.

The page (space.py) stands apart from the rows (items.py) because the page's routes call the
views, and the views need the rows: views, forms and services import `.models.items`, never
this package, so that nothing imports in a circle.
"""

from .items import (
    Argument,
    DebateCounters,
    OptionTally,
    Reply,
    ResultsVisibility,
    Stance,
    UsefulMark,
    Vote,
    VoteOption,
)
from .space import DebatePage

__all__ = [
    "Argument",
    "DebateCounters",
    "DebatePage",
    "OptionTally",
    "Reply",
    "ResultsVisibility",
    "Stance",
    "UsefulMark",
    "Vote",
    "VoteOption",
]
