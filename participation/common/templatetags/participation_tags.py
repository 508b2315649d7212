"""Template helpers shared by the participation apps and the pages that show them."""

from django import template
from django.utils import timezone

from participation.common import campaigns, moderated, services

register = template.Library()


@register.simple_tag
def is_following(user, target):
    """`{% is_following request.user page as following %}`: one query, none for visitors."""
    return services.is_following(user, target)


@register.inclusion_tag("participation/includes/space_teaser_wrapper.html", takes_context=True)
def space_teaser(context, space, heading=""):
    """`{% space_teaser space heading %}`: the space's teaser, from the template its type names.

    Its heading id is unique on the page even when a space is shown twice."""
    request = context.get("request")
    shown = getattr(request, "_agora_teasers", {}) if request is not None else {}
    shown[space.pk] = shown.get(space.pk, 0) + 1
    if request is not None:
        request._agora_teasers = shown
    suffix = f"-{shown[space.pk]}" if shown[space.pk] > 1 else ""
    return {
        "template": space.teaser_template,
        "heading": heading or space.title,
        "dom_id": f"space-{space.pk}{suffix}",
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
