"""The views of what residents post in a space (a contribution, an argument) and react to, the
same for every space type.

A type describes itself once with an ItemViews (the route of an item's page, the refusals of
its space); every reaction then goes through the same order: POST only, the item (404), the
posting chain of guards.py, the item's moderation status, and only then the form.
"""

from dataclasses import dataclass

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy

from .space_views import guard, post_once, refuse, render_space, suspension_notice, toggle

PENDING = gettext_lazy(
    "Your text is awaiting moderation: everyone will see it once it is approved."
)


@dataclass(frozen=True)
class ItemViews:
    # The route of an item's page below its space ("contribution", "argument").
    route: str
    # The title of the refusal while the space is not open.
    closed: str
    # Why no one reacts to an item hidden by moderation, or to one awaiting it (which only
    # its author sees).
    hidden: str
    pending: str = PENDING

    def url(self, space, item):
        return space.url + space.reverse_subpage(self.route, args=[item.pk])


def reaction_refusal(request, space, item, kind, posting=True):
    """Why `request` may not react to `item`, as a page, or None to go on. Following is not
    posting (posting=False): it needs an account only, even in a closed space."""
    url = kind.url(space, item)
    if not request.user.is_authenticated:
        return redirect_to_login(url)
    if not posting:
        return None
    if refusal := guard(request, space, kind.closed, url):
        return refusal
    if item.is_pending:
        return refuse(request, space, kind.pending)
    if not item.is_published:
        return refuse(request, space, kind.hidden)
    return None


def react(request, space, item, kind, actions, rate_action=None, posting=True):
    """A toggle on `item` (support, useful mark, follow): `actions` maps the posted `action`
    to (switch(item, user), the message to show)."""
    if refusal := reaction_refusal(request, space, item, kind, posting):
        return refusal
    return toggle(request, space, item, actions, kind.url(space, item), rate_action)


def item_facts(user, space, item):
    """What every item page tells its template: whether `user` wrote it, sees its text, is
    suspended, and may post below it (a comment, a reply)."""
    is_author = item.is_authored_by(user)
    suspended = suspension_notice(user)
    return {
        "is_author": is_author,
        "show_text": item.is_published or is_author,
        "suspension_notice": suspended,
        "can_post": bool(
            user.is_authenticated and space.is_open and item.is_published and not suspended
        ),
    }


def posted(request, space, form, action, store, notices, address):
    """A valid form stored once (see post_once), then the resident goes to `address(row)`."""
    row, refusal = post_once(request, space, form, action, store, notices)
    return refusal or redirect(address(row))


def new_item(request, space, kind, template, make_form, store, action, notices):
    """The form of a new item (GET) and its sending (POST), in an open space: `make_form(*data)`
    builds the form, `store(form, key)` stores the item; then to the item's page."""
    if refusal := guard(request, space, kind.closed):
        return refusal
    if request.method == "GET":
        return render_space(request, space, template, form=make_form())
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    form = make_form(request.POST, request.FILES)
    if not form.is_valid():
        return render_space(request, space, template, 400, form=form)
    return posted(
        request,
        space,
        form,
        action,
        lambda key: store(form, key),
        notices,
        lambda row: kind.url(space, row),
    )
