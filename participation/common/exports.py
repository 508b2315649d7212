"""What the participation apps' spreadsheets share, on top of Wagtail's export."""

import datetime

import tablib
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets import Button
from wagtail.coreutils import multigetattr

CSV, XLSX = SpreadsheetExportMixin.FORMAT_CSV, SpreadsheetExportMixin.FORMAT_XLSX
ODS = "ods"
ODS_CONTENT_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


class CityExportMixin:
    """The city's spreadsheets: CSV, XLSX and ODS (LibreOffice's own format, which the city's
    computers open first), with times in the city's time zone rather than UTC, and a CSV that
    starts with a byte order mark: without it, Excel reads the accents of UTF-8 wrong.

    Goes before Wagtail's SpreadsheetExportMixin (or a view that includes it) in the bases.
    """

    FORMAT_ODS = ODS
    FORMATS = (XLSX, CSV, ODS)

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            CSV: lambda value: timezone.localtime(value).strftime("%Y-%m-%d %H:%M"),
            XLSX: timezone.make_naive,
            ODS: timezone.make_naive,
        },
        (datetime.date, datetime.time): {XLSX: None, ODS: None},
        list: {
            **SpreadsheetExportMixin.custom_value_preprocess[list],
            ODS: SpreadsheetExportMixin.custom_value_preprocess[list][CSV],
        },
    }

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_ods_response(self, queryset):
        """The whole sheet built in memory by tablib: ODS is a zip, it cannot be streamed."""
        dataset = tablib.Dataset(
            headers=[self.get_heading(queryset, field) for field in self.list_export],
            title=str(self.get_filename())[:31],
        )
        for item in queryset:
            dataset.append(
                [
                    self.preprocess_field_value(field, multigetattr(item, field), ODS)
                    for field in self.list_export
                ]
            )
        response = HttpResponse(dataset.export(ODS), content_type=ODS_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.ods"'
        return response

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if spreadsheet_format == ODS:
            return self.write_ods_response(queryset)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    @property
    def ods_export_url(self):
        return self.get_export_url(ODS)

    @property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.show_export_buttons:
            buttons = [
                *buttons,
                Button(
                    _("Download ODS"), url=self.ods_export_url, icon_name="download", priority=95
                ),
            ]
        return buttons
