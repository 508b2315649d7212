"""The public pages of a contribution space, served below it by its routes (routes.py).

Each view takes the space (a live ConsultationPage) and renders through `space.render`, so
that the templates get `page`, `self` and `request` like any Wagtail page.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from participation.common import services as common_services
from participation.common.item_views import (
    ItemViews,
    item_facts,
    new_item,
    posted,
    react,
    reaction_refusal,
)
from participation.common.space_views import (
    carry_out,
    guard,
    item_or_404,
    listing_page,
    refuse,
    render_space,
)
from participation.common.threads import thread_page

from . import services
from .forms import CommentForm, ContributionForm, ListFilters
from .models.items import AnswerStatus, Contribution, Provenance, Support

FORM_TEMPLATE = "contributions/contribution_form.html"
CONTRIBUTIONS = ItemViews(
    route="contribution",
    closed=gettext_lazy("Contributions are not open"),
    hidden=gettext_lazy("This contribution was hidden by moderation: it is read-only."),
    pending=gettext_lazy("This contribution is awaiting moderation: no one can react to it yet."),
)
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


def contribution_list(request, space):
    filters = ListFilters(request.GET, space)
    contributions = (
        Contribution.objects.for_space(space) if space.pk else Contribution.objects.none()
    )
    contributions = filters.apply(contributions.published_or_by(request.user).for_listing())
    page_obj, query = listing_page(request, contributions, space.per_page)
    services.with_urls(space, page_obj.object_list)
    return render_space(
        request,
        space,
        "contributions/consultation_page.html",
        contributions=page_obj,
        filters=filters,
        selected=filters.selected(),
        filter_query=query,
        answer_statuses=AnswerStatus.choices,
        provenances=Provenance.choices,
    )


def contribute(request, space):
    def store(form, key):
        fields = form.contribution_fields()
        return services.create_contribution(space, request.user, submission_key=key, **fields)

    return new_item(
        request,
        space,
        CONTRIBUTIONS,
        FORM_TEMPLATE,
        lambda *data: ContributionForm(*data, space=space),
        store,
        "contribute",
        CONTRIBUTION_NOTICES,
    )


def _get_contribution(space, pk, user):
    queryset = Contribution.objects.for_space(space).select_related("author", "category")
    contribution = item_or_404(queryset, pk, user)
    contribution.space = space
    return contribution


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
    facts = item_facts(user, space, contribution)
    threads, threads_page = _comment_threads(contribution, request.GET.get("page"), user)
    comment_form = None
    if facts["can_post"]:
        comment_form = _with_reply_forms(threads, contribution, bound_form)
        comment_form = comment_form or CommentForm(contribution=contribution)
    return render_space(
        request,
        space,
        "contributions/contribution_page.html",
        status,
        contribution=contribution,
        contribution_url=CONTRIBUTIONS.url(space, contribution),
        supporting=user.is_authenticated
        and Support.objects.filter(contribution=contribution, user=user).exists(),
        following=common_services.is_following(user, contribution),
        threads=threads,
        threads_page=threads_page,
        comment_form=comment_form,
        **facts,
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
    if refusal := guard(request, space, CONTRIBUTIONS.closed):
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
    status = 400 if form.is_bound else 200
    return render_space(request, space, FORM_TEMPLATE, status, form=form, contribution=contribution)


def _save_edit(request, space, contribution, form):
    fields = form.contribution_fields()
    edit = lambda: services.edit_contribution(contribution, **fields)  # noqa: E731
    _edited, refusal = carry_out(request, space, "edit", edit)
    if refusal:
        return refusal
    messages.success(request, _("Your contribution has been updated."))
    return redirect(CONTRIBUTIONS.url(space, contribution))


@require_POST
def support(request, space, pk):
    actions = {
        "support": (services.support, _("Thank you: you support this contribution.")),
        "withdraw": (services.withdraw_support, _("You no longer support this contribution.")),
    }
    contribution = _get_contribution(space, pk, request.user)
    return react(request, space, contribution, CONTRIBUTIONS, actions, "support")


@require_POST
def comment(request, space, pk):
    contribution = _get_contribution(space, pk, request.user)
    if refusal := reaction_refusal(request, space, contribution, CONTRIBUTIONS):
        return refusal
    auto_id = _reply_auto_id(request.POST.get("parent", ""))
    form = CommentForm(request.POST, contribution=contribution, auto_id=auto_id)
    if not form.is_valid():
        return _detail_response(request, space, contribution, bound_form=form, status=400)
    data = form.cleaned_data
    return posted(
        request,
        space,
        form,
        "comment",
        lambda key: services.add_comment(
            contribution, request.user, data["body"], data.get("parent"), submission_key=key
        ),
        COMMENT_NOTICES,
        lambda found: services.comment_address(found, request.user),
    )


@require_POST
def follow(request, space, pk):
    actions = {
        "follow": (
            lambda c, user: common_services.follow(user, c),
            _("You follow this contribution."),
        ),
        "unfollow": (
            lambda c, user: common_services.unfollow(user, c),
            _("You no longer follow this contribution."),
        ),
    }
    contribution = _get_contribution(space, pk, request.user)
    return react(request, space, contribution, CONTRIBUTIONS, actions, posting=False)
