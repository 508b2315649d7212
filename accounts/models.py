from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .validators import validate_pseudonym


class UserManager(BaseUserManager):
    """Creates users from an email, stored in lower case and unique whatever its case."""

    use_in_migrations = True

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account: email to sign in, a pseudonym to be shown.

    There is deliberately no first or last name: residents take part under a pseudonym,
    and nothing public ever shows who they are.
    """

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("pseudonym"),
        max_length=30,
        blank=True,
        validators=[validate_pseudonym],
        help_text=_("The name under which the person appears in public."),
    )
    is_staff = models.BooleanField(
        _("staff"),
        default=False,
        help_text=_("Can sign in to the administration."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("registration"), default=timezone.now)
    charter_accepted_at = models.DateTimeField(_("charter accepted on"), null=True, blank=True)
    charter_revision = models.PositiveIntegerField(
        _("revision of the charter accepted"),
        null=True,
        blank=True,
        help_text=_("The revision of the charter page the person accepted."),
    )
    newsletter_consent_at = models.DateTimeField(
        _("newsletter consent given on"), null=True, blank=True
    )
    newsletter_consent_version = models.CharField(
        _("version of the newsletter consent text"), max_length=20, blank=True
    )
    deleted_at = models.DateTimeField(_("account deleted on"), null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
            models.UniqueConstraint(
                Lower("display_name"),
                condition=~models.Q(display_name=""),
                name="accounts_user_display_name_ci_unique",
            ),
        ]

    def __str__(self):
        return self.public_name

    @property
    def public_name(self):
        if self.deleted_at:
            return gettext("Deleted account")
        return self.display_name or gettext("Anonymous")

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    def get_full_name(self):
        return self.public_name

    def get_short_name(self):
        return self.public_name

    def save(self, *args, **kwargs):
        # Stored in lower case: allauth looks accounts up by the lower-cased address.
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)
