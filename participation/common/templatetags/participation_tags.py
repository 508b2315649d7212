"""Template helpers shared by the participation apps and the pages that show them."""

from django import template
from django.utils import timezone

from participation.common import moderated, services

register = template.Library()


@register.simple_tag
def is_following(user, target):
    """`{% is_following request.user page as following %}`: one query, none for visitors."""
    return services.is_following(user, target)


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
