"""What residents hear of moderation decisions about them (see participation/common/events.py).

A hidden or restored text and a suspension reach only the resident concerned, under the topic
"moderation" (at once by default), with an email of their own that says the reason and links
to the charter. The email's context is made of plain strings, stored with the notification
(its `details`), so that the email sent later says what was decided then.
"""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from participation.common import events
from participation.common import moderated as registry
from participation.common.events import Frequency, Tell
from site_settings.addresses import charter_path


def _describe_item(item):
    kind = registry.of(item)
    return kind.title_of(item), kind.url_of(item)


def _item_email(item, **details):
    kind = registry.of(item)
    return {
        "kind": str(kind.label),
        "title": kind.title_of(item),
        "text": kind.text_of(item),
        "reason": item.hidden_reason or "",
    }


def _describe_suspension(suspension):
    """(the end of the suspension, the charter's address or else the resident's profile)."""
    until = timezone.localtime(suspension.ends_at).strftime("%d/%m/%Y %H:%M")
    return until, charter_path() or reverse("account_profile")


def _suspension_email(suspension, **details):
    # Called in the site's language (notifications.services.on_event): French month names.
    until = formats.date_format(timezone.localtime(suspension.ends_at), "j F Y H:i")
    return {"until": until, "reason": suspension.reason}


def declare():
    events.declare_topic(
        "moderation",
        _("Moderation decisions about my texts"),
        Frequency.IMMEDIATE,
        _("A moderator hides or restores one of your texts, or suspends your account."),
        order=30,
    )
    author = [Tell("moderation", lambda item, **details: [item.author_id])]
    events.declare(
        "moderation.hidden",
        _("Moderation hides a text"),
        message=_("Your text “{title}” was hidden by moderation"),
        tell=author,
        describe=_describe_item,
        email_template="moderation/emails/item_hidden",
        email_context=_item_email,
    )
    events.declare(
        "moderation.restored",
        _("Moderation restores a text"),
        message=_("Your text “{title}” is visible again"),
        tell=author,
        describe=_describe_item,
        email_template="moderation/emails/item_restored",
        email_context=_item_email,
    )
    events.declare(
        "moderation.suspended",
        _("Moderation suspends an account"),
        message=_("Your account is suspended until {title}"),
        tell=[Tell("moderation", lambda suspension, **details: [suspension.user_id])],
        describe=_describe_suspension,
        email_template="moderation/emails/account_suspended",
        email_context=_suspension_email,
    )
