from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import AgoraUserCreationForm, AgoraUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return AgoraUserEditForm if for_update else AgoraUserCreationForm
