"""Account forms: the staff's user admin, and residents' sign-up, profile and deletion.

Email and pseudonym only, never a real name.
"""

from allauth.account import forms as allauth_forms
from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from . import services
from .consents import NEWSLETTER_CONSENT_LABEL
from .validators import PSEUDONYM_MAX_LENGTH, PSEUDONYM_MIN_LENGTH, validate_pseudonym

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


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up (email, password) with the pseudonym, the charter and the newsletter."""

    display_name = forms.CharField(
        label=_("Pseudonym"),
        min_length=PSEUDONYM_MIN_LENGTH,
        max_length=PSEUDONYM_MAX_LENGTH,
        validators=[validate_pseudonym],
        help_text=_("Shown with what you publish. Do not use your real name if you prefer not to."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    accept_charter = forms.BooleanField(
        label=_("I have read and accept the participation charter"),
        error_messages={"required": _("You must accept the participation charter to sign up.")},
    )
    newsletter = forms.BooleanField(
        label=NEWSLETTER_CONSENT_LABEL,
        required=False,
    )

    field_order = ["email", "display_name", "password1", "accept_charter", "newsletter"]

    def clean_display_name(self):
        display_name = self.cleaned_data["display_name"].strip()
        if User.objects.filter(display_name__iexact=display_name).exists():
            raise forms.ValidationError(_("This pseudonym is already taken: choose another one."))
        return display_name

    def save(self, request):
        user = super().save(request)
        if user is None:  # allauth prevents account enumeration: nothing was created
            return None
        services.record_signup_consents(
            user,
            display_name=self.cleaned_data["display_name"],
            charter_revision=services.current_charter_revision(request),
            newsletter=self.cleaned_data.get("newsletter", False),
        )
        return user


class ChangeEmailForm(allauth_forms.AddEmailForm):
    """allauth's change of email, with two guards.

    The current address must be confirmed first: allauth keeps one pending address per
    account and would take an unconfirmed current one for it. And an address used by another
    account is refused outright, as sign-up refuses it, rather than sent a confirmation that
    could not be honoured.
    """

    def clean_email(self):
        email = super().clean_email()
        if not EmailAddress.objects.filter(user=self.user, primary=True, verified=True).exists():
            raise forms.ValidationError(
                _("Confirm your current address first: follow the link we emailed you.")
            )
        if User.objects.filter(email__iexact=email).exclude(pk=self.user.pk).exists():
            raise forms.ValidationError(_("Another account already uses this address."))
        return email


class ProfileForm(forms.ModelForm):
    """What a resident may change on their profile page."""

    newsletter = forms.BooleanField(
        label=NEWSLETTER_CONSENT_LABEL,
        required=False,
    )

    class Meta:
        model = User
        fields = ["display_name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["newsletter"].initial = self.instance.newsletter_consent_at is not None

    def clean_display_name(self):
        display_name = self.cleaned_data["display_name"].strip()
        taken = User.objects.filter(display_name__iexact=display_name).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("This pseudonym is already taken: choose another one."))
        return display_name

    def save(self, commit=True):
        user = super().save(commit=False)
        services.set_newsletter_consent(user, self.cleaned_data["newsletter"], save=False)
        if commit:
            user.save()
        return user


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This password is not correct."))
        return password
