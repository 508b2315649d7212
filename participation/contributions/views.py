"""The public pages of a contribution space, served below it by its routes (routes.py).

Each view takes the space (a live ConsultationPage) and renders through `space.render`, so
that the templates get `page`, `self` and `request` like any Wagtail page.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from participation.common import services as common_services
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
from .forms import CommentForm, ContributionForm, ListFilters
from .models.items import AnswerStatus, Contribution, Provenance, Support

FORM_TEMPLATE = "contributions/contribution_form.html"


CLOSED = gettext_lazy("Contributions are not open")
CONTRIBUTION_NOTICES = (
    gettext_lazy(
        "Thank you! Your contribution has been received: it will be published once "
        "a moderator has approved it."
    ),
    gettext_lazy("Thank you! Your contribution is published."),
)
COMMENT_NOTICES = (
    gettext_lazy(
        "Your comment has been received: it will be published once a moderator has approved it."
    ),
    gettext_lazy("Your comment is published."),
)


def _contribution_url(space, contribution):
    return space.url + space.reverse_subpage("contribution", args=[contribution.pk])


def contribution_list(request, space):
    filters = ListFilters(request.GET, space)
    contributions = (
        Contribution.objects.for_space(space) if space.pk else Contribution.objects.none()
    )
    contributions = filters.apply(contributions.published_or_by(request.user).for_listing())
    page_obj = Paginator(contributions, space.per_page).get_page(request.GET.get("page"))
    page_obj.object_list = services.with_urls(space, list(page_obj.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    return render_space(
        request,
        space,
        "contributions/consultation_page.html",
        contributions=page_obj,
        filters=filters,
        selected=filters.selected(),
        filter_query=query.urlencode(),
        answer_statuses=AnswerStatus.choices,
        provenances=Provenance.choices,
    )


def _form_response(request, space, form, contribution=None):
    status = 400 if form.is_bound else 200
    return render_space(request, space, FORM_TEMPLATE, status, form=form, contribution=contribution)


def contribute(request, space):
    if refusal := guard(request, space, CLOSED):
        return refusal
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "GET":
        form = ContributionForm(space=space)
        return _form_response(request, space, form)
    form = ContributionForm(request.POST, request.FILES, space=space)
    if not form.is_valid():
        return _form_response(request, space, form)
    contribution, refusal = post_once(
        request,
        space,
        form,
        "contribute",
        lambda key: services.create_contribution(
            space, request.user, submission_key=key, **form.contribution_fields()
        ),
        CONTRIBUTION_NOTICES,
    )
    return refusal or redirect(_contribution_url(space, contribution))


def _get_contribution(space, pk, user):
    queryset = Contribution.objects.for_space(space).select_related("author", "category")
    return item_or_404(queryset, pk, user)


def _comment_threads(contribution, page_number, user):
    """A page of top-level comments, each with its `thread_replies`, in three queries.
    Comments awaiting moderation show to their author only."""
    comments = contribution.comments.select_related("author").in_thread_for(user)
    threads_page = thread_page(comments.filter(parent__isnull=True), page_number)
    threads = list(threads_page.object_list)
    replies = {}
    for reply in comments.filter(parent__in=threads):
        replies.setdefault(reply.parent_id, []).append(reply)
    for comment in threads:
        comment.thread_replies = replies.get(comment.pk, [])
    return threads, threads_page


def _reply_auto_id(parent_id):
    """Each reply form gets its own field ids, so that labels point at the right box."""
    return f"reponse-{parent_id}-%s" if str(parent_id).isdigit() else "id_%s"


def _with_reply_forms(threads, contribution, bound_form):
    bound_parent = (
        getattr(bound_form.cleaned_data.get("parent"), "pk", None) if bound_form else None
    )
    for comment in threads:
        if comment.pk == bound_parent:
            comment.reply_form = bound_form
        elif comment.is_published:
            comment.reply_form = CommentForm(
                contribution=contribution,
                initial={"parent": comment.pk},
                auto_id=_reply_auto_id(comment.pk),
            )
    return bound_form if bound_form and not bound_parent else None


def _detail_response(request, space, contribution, bound_form=None, status=200):
    user = request.user
    is_author = contribution.is_authored_by(user)
    suspended = suspension_notice(user)
    can_comment = (
        user.is_authenticated and space.is_open and contribution.is_published and not suspended
    )
    threads, threads_page = _comment_threads(contribution, request.GET.get("page"), user)
    comment_form = None
    if can_comment:
        comment_form = _with_reply_forms(threads, contribution, bound_form)
        comment_form = comment_form or CommentForm(contribution=contribution)
    return render_space(
        request,
        space,
        "contributions/contribution_page.html",
        status,
        contribution=contribution,
        contribution_url=_contribution_url(space, contribution),
        is_author=is_author,
        show_text=contribution.is_published or is_author,
        supporting=user.is_authenticated
        and Support.objects.filter(contribution=contribution, user=user).exists(),
        following=common_services.is_following(user, contribution),
        threads=threads,
        threads_page=threads_page,
        can_comment=can_comment,
        comment_form=comment_form,
        suspension_notice=suspended,
    )


def contribution_detail(request, space, pk):
    contribution = _get_contribution(space, pk, request.user)
    return _detail_response(request, space, contribution)


def edit_contribution(request, space, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    contribution = _get_contribution(space, pk, request.user)
    if not contribution.is_authored_by(request.user):
        return refuse(request, space, _("Only the author of a contribution can edit it."))
    if refusal := guard(request, space, CLOSED):
        return refusal
    if not contribution.can_be_edited:
        message = _(
            "This contribution can no longer be edited: it has received a comment or an answer."
        )
        return refuse(request, space, message)
    if request.method == "POST":
        form = ContributionForm(
            request.POST, request.FILES, space=space, instance=contribution, with_key=False
        )
        if form.is_valid():
            return _save_edit(request, space, contribution, form)
    else:
        form = ContributionForm(space=space, instance=contribution, with_key=False)
    return _form_response(request, space, form, contribution)


def _save_edit(request, space, contribution, form):
    if refusal := rate_limited(request, space, "edit"):
        return refusal
    try:
        services.edit_contribution(contribution, **form.contribution_fields())
    except PermissionDenied as error:
        return refuse(request, space, str(error))
    messages.success(request, _("Your contribution has been updated."))
    return redirect(_contribution_url(space, contribution))


def _guard_post(request, space, contribution_pk, *, posting=True):
    """The checks every action on a contribution shares; following is not posting: it stays
    possible in a closed space and for a suspended account. Returns (contribution, refusal)."""
    if request.method != "POST":
        return None, HttpResponseNotAllowed(["POST"])
    contribution = _get_contribution(space, contribution_pk, request.user)
    url = _contribution_url(space, contribution)
    if not request.user.is_authenticated:
        return None, redirect_to_login(url)
    if not posting:
        return contribution, None
    if refusal := guard(request, space, CLOSED, url):
        return None, refusal
    if contribution.is_pending:
        message = _("This contribution is awaiting moderation: no one can react to it yet.")
        return None, refuse(request, space, message)
    if not contribution.is_published:
        message = _("This contribution was hidden by moderation: it is read-only.")
        return None, refuse(request, space, message)
    return contribution, None


def support(request, space, pk):
    contribution, refusal = _guard_post(request, space, pk)
    if refusal:
        return refusal
    user = request.user
    actions = {
        "support": (
            lambda: services.support(contribution, user),
            _("Thank you: you support this contribution."),
        ),
        "withdraw": (
            lambda: services.withdraw_support(contribution, user),
            _("You no longer support this contribution."),
        ),
    }
    return toggle(request, space, actions, _contribution_url(space, contribution), "support")


def comment(request, space, pk):
    contribution, refusal = _guard_post(request, space, pk)
    if refusal:
        return refusal
    auto_id = _reply_auto_id(request.POST.get("parent", ""))
    form = CommentForm(request.POST, contribution=contribution, auto_id=auto_id)
    if not form.is_valid():
        return _detail_response(request, space, contribution, bound_form=form, status=400)
    data = form.cleaned_data
    found, refusal = post_once(
        request,
        space,
        form,
        "comment",
        lambda key: services.add_comment(
            contribution, request.user, data["body"], data.get("parent"), submission_key=key
        ),
        COMMENT_NOTICES,
    )
    if refusal:
        return refusal
    top_level = contribution.comments.in_thread_for(request.user).filter(parent__isnull=True)
    url = _contribution_url(space, contribution)
    anchor = f"commentaire-{found.pk}"
    return redirect(address_in_thread(url, top_level, found.parent or found, anchor))


def follow(request, space, pk):
    contribution, refusal = _guard_post(request, space, pk, posting=False)
    if refusal:
        return refusal
    user = request.user
    actions = {
        "follow": (
            lambda: common_services.follow(user, contribution),
            _("You follow this contribution."),
        ),
        "unfollow": (
            lambda: common_services.unfollow(user, contribution),
            _("You no longer follow this contribution."),
        ),
    }
    return toggle(request, space, actions, _contribution_url(space, contribution))
