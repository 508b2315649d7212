"""Template helpers shared by the participation apps and the pages that show them."""

from django import template

from participation.common import services

register = template.Library()


@register.simple_tag
def is_following(user, target):
    """`{% is_following request.user page as following %}`: one query, none for visitors."""
    return services.is_following(user, target)
