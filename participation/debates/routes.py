"""The addresses below a debate, each handled by a view in views.py.

As for contribution spaces, the views are looked up when a request comes: views.py needs the
models, and models.py needs this mixin to define DebatePage.
"""

from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import path


class _Views:
    def __getattr__(self, name):
        return import_string(f"participation.debates.views.{name}")


views = _Views()


class DebateRoutes:
    @path("", name="debate")
    def debate_route(self, request):
        return views.debate(request, self)

    @path("voter/", name="vote")
    def vote_route(self, request):
        return views.vote(request, self)

    @path("argumenter/", name="argue")
    def argue_route(self, request):
        return views.argue(request, self)

    @path("arguments/<int:pk>/", name="argument")
    def argument_route(self, request, pk):
        return views.argument_detail(request, self, pk)

    @path("arguments/<int:pk>/utile/", name="useful")
    def useful_route(self, request, pk):
        return views.useful(request, self, pk)

    @path("arguments/<int:pk>/repondre/", name="reply")
    def reply_route(self, request, pk):
        return views.reply(request, self, pk)
