"""The public pages of a debate, served below it by its routes (routes.py).

Each view takes the debate (a live DebatePage) and renders through the space helpers shared
with contribution spaces; every write goes through services.py.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from participation.common import item_views
from participation.common.item_views import ItemViews, item_facts, posted, react
from participation.common.space_views import (
    carry_out,
    guard,
    item_or_404,
    listing_page,
    render_space,
    suspension_notice,
)
from participation.common.threads import thread_page

from . import services
from .forms import ArgumentForm, ArgumentSort, ReplyForm, VoteForm
from .models.items import Argument, Stance

# Each column pages on its own, through the query parameter named after its side.
COLUMNS = [(Stance.FOR, "pour"), (Stance.AGAINST, "contre")]
ARGUMENTS = ItemViews(
    route="argument",
    closed=gettext_lazy("The debate is not open"),
    hidden=gettext_lazy("This argument was hidden by moderation: it is read-only."),
)
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
        page_obj, query = listing_page(request, arguments, debate.arguments_per_page, param)
        columns.append({"stance": stance, "param": param, "page": page_obj, "query": query})
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


@require_POST
def vote(request, page):
    if refusal := guard(request, page, ARGUMENTS.closed, page.url):
        return refusal
    form = VoteForm(request.POST, debate=page)
    if not form.is_valid():
        return _debate_response(request, page, vote_form=form, status=400)
    option = form.cleaned_data["option"]
    cast, refusal = carry_out(
        request, page, "vote", lambda: services.cast_vote(page, request.user, option)
    )
    if refusal:
        return refusal
    changed = cast[1] == services.VOTE_CHANGED
    messages.success(
        request, _("Your vote has been changed.") if changed else _("Your vote is recorded.")
    )
    return redirect(f"{page.url}#vote")


# Arguments


def argue(request, page):
    def store(form, key):
        data = form.cleaned_data
        return services.create_argument(
            page, request.user, data["stance"], data["title"], data["body"], key
        )

    return item_views.new_item(
        request,
        page,
        ARGUMENTS,
        "debates/argument_form.html",
        lambda *data: ArgumentForm(*data, position=request.GET.get("position")),
        store,
        "argue",
        ARGUMENT_NOTICES,
    )


def _argument_response(request, debate, argument, reply_form=None, status=200):
    user = request.user
    facts = item_facts(user, debate, argument)
    replies = argument.replies.select_related("author").in_thread_for(user)
    _with_reactions([argument], debate, user)
    return render_space(
        request,
        debate,
        "debates/argument_page.html",
        status,
        argument=argument,
        argument_url=ARGUMENTS.url(debate, argument),
        replies=thread_page(replies, request.GET.get("page")),
        reply_form=(reply_form or ReplyForm()) if facts["can_post"] else None,
        **facts,
    )


def argument_detail(request, page, pk):
    return _argument_response(request, page, _get_argument(page, pk, request.user))


@require_POST
def useful(request, page, pk):
    actions = {
        "mark": (services.mark_useful, _("Thank you: you found this argument useful.")),
        "unmark": (services.unmark_useful, _("You no longer mark this argument as useful.")),
    }
    argument = _get_argument(page, pk, request.user)
    return react(request, page, argument, ARGUMENTS, actions, "useful")


# Replies


@require_POST
def reply(request, page, pk):
    argument = _get_argument(page, pk, request.user)
    if refusal := item_views.reaction_refusal(request, page, argument, ARGUMENTS):
        return refusal
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return _argument_response(request, page, argument, reply_form=form, status=400)
    return posted(
        request,
        page,
        form,
        "reply",
        lambda key: services.add_reply(argument, request.user, form.cleaned_data["body"], key),
        REPLY_NOTICES,
        lambda found: services.reply_address(found, request.user),
    )
