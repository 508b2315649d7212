"""What the blocks' cards in the editor share: their groups, and the short rich text features."""

from django.utils.translation import gettext_lazy as _

GROUP_CONTENT = _("Content")
GROUP_PROJECT = _("Project")
GROUP_PARTICIPATION = _("Participation")
SHORT_RICH_TEXT = ["bold", "italic", "link", "document-link", "ul", "ol"]
