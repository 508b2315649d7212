"""Lists that other apps show on a resident's profile page ("Mes contributions", ...).

An app fills a slot of the page from its AppConfig.ready(), without this app knowing it:

    profile_sections.register("contributions", "contributions/includes/profile_list.html",
                              lambda user: {"contributions": [...]})
"""

_sections = {}


def register(slot, template_name, get_context):
    _sections[slot] = (template_name, get_context)


def collect(user):
    """{slot: {"template": ..., "context": ...}} for every registered slot."""
    return {
        slot: {"template": template_name, "context": get_context(user)}
        for slot, (template_name, get_context) in _sections.items()
    }
