"""A debate's spreadsheets: its arguments (the admin list's export) and its votes per option.

Both are Wagtail's spreadsheet export (CSV streamed, XLSX) with the city's ODS, so that they read
alike.
"""

from dataclasses import dataclass

from django.shortcuts import get_object_or_404
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from participation.common.exports import CityExportMixin

from . import services
from .models import Argument, DebatePage


@dataclass
class TotalRow:
    label: str
    votes: int
    percent: int


class VotesExportView(PermissionCheckedMixin, CityExportMixin, SpreadsheetExportMixin, View):
    """One row per option of a debate, in the editor's order, then the total."""

    # Staff who may read a debate's arguments may read its votes.
    model = Argument
    permission_required = "view"

    list_export = ["label", "votes", "percent"]
    export_headings = {
        "label": capfirst(_("option")),
        "votes": capfirst(_("votes")),
        "percent": _("Share of the votes (%)"),
    }

    def get(self, request, pk):
        debate = get_object_or_404(DebatePage, pk=pk)
        results = services.results(debate)
        total = TotalRow(_("Total"), results.total, 100 if results.total else 0)
        self.export_filename = f"votes-{debate.slug}"
        spreadsheet_format = request.GET.get("export")
        if spreadsheet_format not in self.FORMATS:
            spreadsheet_format = self.FORMAT_CSV
        return self.as_spreadsheet([*results.options, total], spreadsheet_format)
