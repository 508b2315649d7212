"""The addresses below a contribution space, each handled by a view in views.py.

The views are looked up when a request comes, by dotted path like a URLconf: views.py needs the
models (forms, queries, services), and models.py needs this mixin to define ConsultationPage.
"""

from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import path


class _Views:
    """`views.contribution_list` resolves to participation.contributions.views at call time."""

    def __getattr__(self, name):
        return import_string(f"participation.contributions.views.{name}")


views = _Views()


class ConsultationRoutes:
    @path("", name="list")
    def list_route(self, request):
        return views.contribution_list(request, self)

    @path("contribuer/", name="contribute")
    def contribute_route(self, request):
        return views.contribute(request, self)

    @path("<int:pk>/", name="contribution")
    def contribution_route(self, request, pk):
        return views.contribution_detail(request, self, pk)

    @path("<int:pk>/modifier/", name="edit")
    def edit_route(self, request, pk):
        return views.edit_contribution(request, self, pk)

    @path("<int:pk>/soutenir/", name="support")
    def support_route(self, request, pk):
        return views.support(request, self, pk)

    @path("<int:pk>/commenter/", name="comment")
    def comment_route(self, request, pk):
        return views.comment(request, self, pk)

    @path("<int:pk>/suivre/", name="follow")
    def follow_route(self, request, pk):
        return views.follow(request, self, pk)
