"""Forms of the Wagtail user admin: email and pseudonym, never a real name."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

User = get_user_model()
FIELDS = ["email", "display_name", "is_superuser", "groups"]


class EmailCaseMixin:
    """Refuses an email that exists already under another case."""

    def clean_email(self):
        email = self.cleaned_data["email"]
        others = User.objects.filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("An account already exists with this email address."))
        return email


class AgoraUserCreationForm(EmailCaseMixin, UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = FIELDS


class AgoraUserEditForm(EmailCaseMixin, UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = [*FIELDS, "is_active"]
