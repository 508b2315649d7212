"""Filters that show documents and durations the French way in the campaign block templates."""

from django import template
from django.utils.formats import date_format
from django.utils.translation import ngettext, pgettext, pgettext_lazy

from participation.common.templatetags.participation_tags import unique_dom_id

register = template.Library()

SIZE_UNITS = [
    pgettext_lazy("file size unit", "KB"),
    pgettext_lazy("file size unit", "MB"),
    pgettext_lazy("file size unit", "GB"),
    pgettext_lazy("file size unit", "TB"),
]


def _french_number(number):
    """1.0 -> "1", 1.4 -> "1,4"."""
    return f"{number:g}".replace(".", ",")


@register.filter
def file_format(document):
    """A document's format from its file name: "PDF", "ODS", "MP3"; "" when there is none."""
    if not document:
        return ""
    return document.file_extension.upper()


@register.filter
def file_size_fr(size):
    """Bytes as French readers expect them: "850 octets", "124 Ko", "1 Mo", "1,4 Mo".

    Takes a number of bytes or a document (whose stored `file_size` is used, the file is never
    opened). Unknown sizes give "".
    """
    size = getattr(size, "file_size", size)
    if size is None or size == "":
        return ""
    size = int(size)
    if size < 1024:
        return ngettext("%(size)d byte", "%(size)d bytes", size) % {"size": size}
    value = size / 1024
    for index, unit in enumerate(SIZE_UNITS):
        shown = round(value) if index == 0 else round(value, 1)
        if shown < 1024 or index == len(SIZE_UNITS) - 1:
            return f"{_french_number(shown)} {unit}"
        value /= 1024


@register.filter
def file_meta(document):
    """Format and size together, as shown next to a download link: "PDF, 1,4 Mo"."""
    if not document:
        return ""
    return ", ".join(part for part in (file_format(document), file_size_fr(document)) if part)


@register.filter
def date_fr(value, fmt="j F Y"):
    """A date the French way, with the ordinal of the first day: "1er mars 2016", "7 mars 2016"."""
    if not value:
        return ""
    text = date_format(value, fmt)
    if fmt.startswith("j") and value.day == 1:
        text = pgettext("first day of the month", "1st") + text[1:]
    return text


@register.filter
def duration_fr(seconds):
    """Seconds as a spoken duration: "45 s", "5 min 12 s", "1 h 02 min"; "" when unknown."""
    if seconds is None or seconds == "":
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


@register.simple_tag(takes_context=True)
def block_dom_id(context, prefix):
    """An HTML id unique on the page, for a block's heading.

    Uses the stream block's id when the page renders its body with
    `{% for block in page.body %}{% include_block block %}`; otherwise counts the blocks of each
    kind rendered during the request ("timeline", "timeline-2"), so two blocks never share an id.
    """
    block_id = getattr(context.get("block"), "id", None)
    if block_id:
        return f"{prefix}-{block_id}"
    return unique_dom_id(context.get("request"), prefix)
