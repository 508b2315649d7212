"""The kinds of content moderators look after, each registered by the app that owns it.

Each participation app registers its moderatable models here in its AppConfig.ready(), with
the few functions moderation needs to show an item and to keep the app's counters right when
an item is hidden, restored or approved. This registry sits below moderation, which reads it
(and keeps its queue in step with each save of a registered type from its own ready()): the
apps and moderation never import each other.
"""

from collections.abc import Callable
from dataclasses import dataclass

_types = {}


@dataclass(frozen=True)
class ModeratedType:
    model: type
    # Used in public addresses (/moderation/signaler/<slug>/<pk>/).
    slug: str
    # The participation space page an item belongs to.
    space_of: Callable
    # The public address of an item.
    url_of: Callable
    # Moves the app's counters by +1 (the item became visible) or -1 (it stopped being);
    # `count(item, 1, restored=True)` when a moderator restores it: not news for followers.
    count: Callable
    # The text moderators read in the queue: title and body.
    text_of: Callable = lambda item: getattr(item, "body", "")
    title_of: Callable = lambda item: getattr(item, "title", "")
    # What a screen reader hears after "Report": « the title », or "the comment by …".
    describe: Callable = lambda item: f"« {item.title} »"

    @property
    def label(self):
        return self.model._meta.verbose_name


def register(model, **functions):
    """Registers a moderatable model."""
    _types[model] = ModeratedType(model=model, **functions)


def is_moderated(model):
    return model in _types


def of(model_or_item):
    model = model_or_item if isinstance(model_or_item, type) else type(model_or_item)
    return _types[model]


def by_slug(slug):
    return next((t for t in _types.values() if t.slug == slug), None)


def all_types():
    return list(_types.values())
