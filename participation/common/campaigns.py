"""What a campaign page reads from the participation layer, through the space contract.

campaign_pages imports this module and participation.common's spaces, never a participation app:
each space says how it is teased and which steps it adds to the timeline (ParticipationSpace),
and an app whose steps do not come from a space below the campaign (an agenda, decisions)
registers a provider here from its AppConfig.ready().
"""

from .spaces import child_spaces

_timeline_providers = []


def register_timeline_provider(provider):
    """provider(campaign) returns timeline steps (dicts, see ParticipationSpace.timeline_steps)."""
    if provider not in _timeline_providers:
        _timeline_providers.append(provider)


def timeline_steps(campaign, spaces=None):
    """The steps the campaign's spaces and the registered providers add to its timeline."""
    if not getattr(campaign, "pk", None):
        return []
    spaces = child_spaces(campaign) if spaces is None else spaces
    steps = [step for space in spaces for step in space.timeline_steps()]
    for provider in _timeline_providers:
        steps.extend(provider(campaign))
    return steps


def teaser_context(space, request):
    """What a space's teaser template renders with."""
    return {"space": space, "request": request, **space.teaser_context(request)}
