"""What the participation apps' spreadsheets share, on top of Wagtail's export."""

import datetime

from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

CSV, XLSX = SpreadsheetExportMixin.FORMAT_CSV, SpreadsheetExportMixin.FORMAT_XLSX


class CityExportMixin:
    """Times in the city's time zone rather than UTC, and a CSV that starts with a byte order
    mark: without it, Excel reads the accents of UTF-8 wrong."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            CSV: lambda value: timezone.localtime(value).strftime("%Y-%m-%d %H:%M"),
            XLSX: timezone.make_naive,
        },
    }

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)
