"""Template helpers shared by the participation apps and the pages that show them."""

from django import template

from participation.common import campaigns, services

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
