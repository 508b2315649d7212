"""Template helpers shared by the participation apps and the pages that show them."""

import uuid

from django import template
from django.utils import timezone

from participation.common import campaigns, moderated, services

register = template.Library()


def unique_dom_id(request, prefix):
    """An HTML id unique on the page: `prefix` the first time, then "prefix-2", "prefix-3",
    counted on the request (or a random suffix without one)."""
    if request is None:
        return f"{prefix}-{uuid.uuid4().hex[:8]}"
    counters = request.__dict__.setdefault("_agora_dom_ids", {})
    counters[prefix] = counters.get(prefix, 0) + 1
    return prefix if counters[prefix] == 1 else f"{prefix}-{counters[prefix]}"


@register.simple_tag
def is_following(user, target):
    """`{% is_following request.user page as following %}`: one query, none for visitors."""
    return services.is_following(user, target)


@register.inclusion_tag("participation/includes/space_teaser_wrapper.html", takes_context=True)
def space_teaser(context, space, heading=""):
    """`{% space_teaser space heading %}`: the space's teaser, from the template its type names.

    Its heading id is unique on the page even when a space is shown twice."""
    request = context.get("request")
    return {
        "template": space.teaser_template,
        "heading": heading or space.title,
        "dom_id": unique_dom_id(request, f"space-{space.pk}"),
        **campaigns.teaser_context(space, request),
    }


@register.filter
def html_datetime(value):
    """A valid `datetime` attribute: the city's time to the second, without the fractions of
    a second that `|date:'c'` writes and HTML refuses."""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


@register.inclusion_tag("participation/includes/report_link.html", takes_context=True)
def report_link(context, item):
    """`{% report_link item %}`: the "Report" link of any moderated item, from its registered
    type (its slug in addresses, how screen readers name it)."""
    kind = moderated.of(item)
    return {
        "slug": kind.slug,
        "item": item,
        "user": context.get("user") or context["request"].user,
        "description": kind.describe(item),
    }
