"""How a campaign finds its participation spaces, without knowing any participation app.

A space type is any page model that mixes in ParticipationSpace, found among Wagtail's page
models the way Wagtail's forms app finds form pages: an app adds a type by defining it.
"""

from wagtail.models import Page, get_page_models

from .models import ParticipationSpace


def space_models():
    """Every page model that is a participation space, in the order Wagtail loaded them."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, ParticipationSpace) and not model._meta.abstract
    ]


def is_space(page):
    return isinstance(page, ParticipationSpace)


def child_spaces(campaign, live_only=True):
    """The spaces below `campaign`, specific, in the order of the page tree."""
    models = space_models()
    if not models or not getattr(campaign, "pk", None):
        return []
    pages = Page.objects.child_of(campaign).type(*models)
    if live_only:
        pages = pages.live().public()
    return list(pages.order_by("path").specific())
