"""The contribution space and what residents write in it.

The page (space.py) stands apart from the rows (items.py) because the page's routes call the
views, and the views need the rows: views, forms and services import `.models.items`, never
this package, so that nothing imports in a circle.
"""

from .items import (
    AnswerStatus,
    Comment,
    ConsultationCategory,
    Contribution,
    ContributionKind,
    Provenance,
    Support,
)
from .space import ConsultationPage

__all__ = [
    "AnswerStatus",
    "Comment",
    "ConsultationCategory",
    "ConsultationPage",
    "Contribution",
    "ContributionKind",
    "Provenance",
    "Support",
]
