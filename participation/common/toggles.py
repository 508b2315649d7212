"""Toggles with counters: a support, a useful mark, a follow.

Each is a row unique per (person, target) whose number is stored on the target: switching on
creates the row and moves the counter with F() in the same transaction, switching off deletes
it and moves the counter back. The unique constraint makes a double click count once.
"""

from django.db import IntegrityError, transaction
from django.db.models import F


def stored_counter(row, field):
    """The counter `field` stored on `row`: a function moving it by a delta with F()."""

    def move(delta):
        type(row).objects.filter(pk=row.pk).update(**{field: F(field) + delta})

    return move


def switch_on(model, count, **key):
    """Creates the `model` row of `key` and counts it; False when it existed already."""
    try:
        with transaction.atomic():
            model.objects.create(**key)
            count(1)
    except IntegrityError:
        return False
    return True


def switch_off(model, count, **key):
    """Deletes the `model` row of `key` and uncounts it; False when there was none."""
    with transaction.atomic():
        deleted, _details = model.objects.filter(**key).delete()
        if deleted:
            count(-deleted)
    return bool(deleted)
