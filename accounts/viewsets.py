from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import AgoraUserCreationForm, AgoraUserEditForm


class UserViewSet(WagtailUserViewSet):
    """Wagtail's user admin showing the email and the pseudonym, never a first or last name."""

    create_template_name = "accounts/admin/user_create.html"
    edit_template_name = "accounts/admin/user_edit.html"

    def get_form_class(self, for_update=False):
        return AgoraUserEditForm if for_update else AgoraUserCreationForm
