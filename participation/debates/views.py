"""The public pages of a debate, served below it by its routes (routes.py).

Each view takes the debate (a live DebatePage) and renders through the space helpers shared
with contribution spaces; every write goes through services.py.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from participation.common.space_views import (
    guard,
    item_or_404,
    post_once,
    rate_limited,
    refuse,
    render_space,
    suspension_notice,
    toggle,
)
from participation.common.threads import address_in_thread, thread_page

from . import services
from .forms import ArgumentForm, ArgumentSort, ReplyForm, VoteForm
from .models.items import Argument, Stance

# Each column pages on its own, through the query parameter named after its side.
COLUMNS = [(Stance.FOR, "pour"), (Stance.AGAINST, "contre")]


def _url(debate, route, *args):
    return debate.url + debate.reverse_subpage(route, args=args)


CLOSED = gettext_lazy("The debate is not open")
ARGUMENT_NOTICES = (
    gettext_lazy(
        "Thank you! Your argument has been received: it will be published once a "
        "moderator has approved it."
    ),
    gettext_lazy("Thank you! Your argument is published."),
)
REPLY_NOTICES = (
    gettext_lazy(
        "Your reply has been received: it will be published once a moderator has approved it."
    ),
    gettext_lazy("Your reply is published."),
)


def _get_argument(debate, pk, user):
    argument = item_or_404(Argument.objects.filter(debate=debate).for_listing(), pk, user)
    argument.debate = debate
    return argument


def _with_reactions(arguments, debate, user):
    """Tells each argument whether `user` marked it useful and may (un)mark it: one query."""
    marked = services.marked_useful_by(user, arguments)
    may_react = user.is_authenticated and debate.is_open
    for argument in arguments:
        argument.marked = argument.pk in marked
        argument.can_mark = (
            may_react and argument.is_published and not argument.is_authored_by(user)
        )
    return arguments


# The debate page


def _columns(request, debate, sort):
    """The published arguments for and against, each side a page of its own, with the
    viewer's own awaiting moderation."""
    listed = Argument.objects.filter(debate=debate) if debate.pk else Argument.objects.none()
    listed = listed.published_or_by(request.user).for_listing()
    columns = []
    for stance, param in COLUMNS:
        arguments = sort.apply(listed.filter(stance=stance))
        page_obj = Paginator(arguments, debate.arguments_per_page).get_page(request.GET.get(param))
        page_obj.object_list = list(page_obj.object_list)
        query = request.GET.copy()
        query.pop(param, None)
        columns.append(
            {"stance": stance, "param": param, "page": page_obj, "query": query.urlencode()}
        )
    return columns


def _debate_response(request, debate, vote_form=None, status=200):
    user = request.user
    vote = services.vote_of(debate, user) if debate.pk else None
    suspended = suspension_notice(user)
    if vote_form is None and user.is_authenticated and debate.is_open and not suspended:
        vote_form = VoteForm(debate=debate, initial={"option": vote and vote.option_id})
    sort = ArgumentSort(request.GET)
    columns = _columns(request, debate, sort)
    _with_reactions([a for c in columns for a in c["page"].object_list], debate, user)
    visible = debate.results_visible(has_voted=vote is not None)
    return render_space(
        request,
        debate,
        "debates/debate_page.html",
        status,
        vote=vote,
        vote_form=vote_form,
        results=services.results(debate) if visible else None,
        columns=columns,
        suspension_notice=suspended,
        sort=sort.value,
        here=(debate.url or "") + (f"?{request.GET.urlencode()}" if request.GET else ""),
    )


def debate(request, page):
    return _debate_response(request, page)


def _guard_post(request, debate, pk=None):
    """The checks every post shares: POST only, an argument of this debate, signed in, open.
    Returns (the argument or None, a refusal or None)."""
    if request.method != "POST":
        return None, HttpResponseNotAllowed(["POST"])
    argument = _get_argument(debate, pk, request.user) if pk else None
    next_url = _url(debate, "argument", pk) if pk else debate.url
    if refusal := guard(request, debate, CLOSED, next_url):
        return None, refusal
    return argument, None


def vote(request, page):
    _nothing, refusal = _guard_post(request, page)
    if refusal:
        return refusal
    form = VoteForm(request.POST, debate=page)
    if not form.is_valid():
        return _debate_response(request, page, vote_form=form, status=400)
    if refusal := rate_limited(request, page, "vote"):
        return refusal
    try:
        _vote, outcome = services.cast_vote(page, request.user, form.cleaned_data["option"])
    except PermissionDenied as error:
        return refuse(request, page, str(error))
    if outcome == services.VOTE_CHANGED:
        messages.success(request, _("Your vote has been changed."))
    else:
        messages.success(request, _("Your vote is recorded."))
    return redirect(f"{page.url}#vote")


# Arguments


def _argue_response(request, debate, form, status=200):
    return render_space(request, debate, "debates/argument_form.html", status, form=form)


def argue(request, page):
    if refusal := guard(request, page, CLOSED):
        return refusal
    if request.method == "GET":
        return _argue_response(request, page, ArgumentForm(position=request.GET.get("position")))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    form = ArgumentForm(request.POST)
    if not form.is_valid():
        return _argue_response(request, page, form, status=400)
    data = form.cleaned_data
    argument, refusal = post_once(
        request,
        page,
        form,
        "argue",
        lambda key: services.create_argument(
            page, request.user, data["stance"], data["title"], data["body"], key
        ),
        ARGUMENT_NOTICES,
    )
    if refusal:
        return refusal
    return redirect(_url(page, "argument", argument.pk))


def _argument_response(request, debate, argument, reply_form=None, status=200):
    user = request.user
    is_author = argument.is_authored_by(user)
    replies = argument.replies.select_related("author").in_thread_for(user)
    replies_page = thread_page(replies, request.GET.get("page"))
    suspended = suspension_notice(user)
    can_reply = user.is_authenticated and debate.is_open and argument.is_published
    can_reply = can_reply and not suspended
    _with_reactions([argument], debate, user)
    return render_space(
        request,
        debate,
        "debates/argument_page.html",
        status,
        argument=argument,
        argument_url=_url(debate, "argument", argument.pk),
        is_author=is_author,
        show_text=argument.is_published or is_author,
        replies=replies_page,
        can_reply=can_reply,
        reply_form=(reply_form or ReplyForm()) if can_reply else None,
        suspension_notice=suspended,
    )


def argument_detail(request, page, pk):
    return _argument_response(request, page, _get_argument(page, pk, request.user))


def useful(request, page, pk):
    argument, refusal = _guard_post(request, page, pk)
    if refusal:
        return refusal
    user = request.user
    actions = {
        "mark": (
            lambda: services.mark_useful(argument, user),
            _("Thank you: you found this argument useful."),
        ),
        "unmark": (
            lambda: services.unmark_useful(argument, user),
            _("You no longer mark this argument as useful."),
        ),
    }
    return toggle(request, page, actions, _url(page, "argument", pk), "useful")


# Replies


def reply(request, page, pk):
    argument, refusal = _guard_post(request, page, pk)
    if refusal:
        return refusal
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return _argument_response(request, page, argument, reply_form=form, status=400)
    found, refusal = post_once(
        request,
        page,
        form,
        "reply",
        lambda key: services.add_reply(argument, request.user, form.cleaned_data["body"], key),
        REPLY_NOTICES,
    )
    if refusal:
        return refusal
    replies = argument.replies.in_thread_for(request.user)
    url = _url(page, "argument", argument.pk)
    return redirect(address_in_thread(url, replies, found, f"reponse-{found.pk}"))
