"""The French catalogue is complete and the compiled file matches it.

Every msgid is English; what residents and editors read comes from locale/fr. An entry left
empty or fuzzy would show English on the site, and a stale django.mo would hide a new string.
"""

import ast
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation

PO_FILE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
ENTRY = re.compile(r"\n\n(?=#|msgctxt|msgid)")


def parse_po(text):
    """Entries of a .po file as dicts of their keywords, with strings joined and unescaped."""
    entries = []
    for chunk in ENTRY.split(text):
        entry, key = {"flags": ""}, None
        for line in chunk.splitlines():
            if line.startswith("#,"):
                entry["flags"] += line
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[key] += ast.literal_eval(line)
            else:
                key, _, value = line.partition(" ")
                entry[key] = ast.literal_eval(value)
        if entry.get("msgid"):
            entries.append(entry)
    return entries


def test_every_entry_of_the_french_catalogue_is_translated_and_not_fuzzy():
    entries = parse_po(PO_FILE.read_text(encoding="utf-8"))
    assert len(entries) > 150
    untranslated = [
        e["msgid"]
        for e in entries
        if "fuzzy" in e["flags"] or not (e.get("msgstr") or e.get("msgstr[0]"))
    ]
    assert untranslated == []


def test_the_compiled_catalogue_gives_the_french_of_the_po_file():
    entries = parse_po(PO_FILE.read_text(encoding="utf-8"))
    with translation.override("fr"):
        for e in entries:
            if "msgstr" not in e:
                continue
            if "msgctxt" in e:
                shown = translation.pgettext(e["msgctxt"], e["msgid"])
            else:
                shown = translation.gettext(e["msgid"])
            assert shown == e["msgstr"], e["msgid"]
