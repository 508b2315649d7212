"""Snippets editors pick campaigns' sectors and organizers from."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Sector(index.Indexed, models.Model):
    """A part of the city a campaign concerns: a neighbourhood, or the whole city."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("identifier"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Used in the address of the filters; leave empty to derive it from the name."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)


class Organizer(index.Indexed, models.Model):
    """Who runs a campaign: the city, a department, a partner."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    website = models.URLField(_("website"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("organizer")
        verbose_name_plural = _("organizers")
        ordering = ["name"]

    def __str__(self):
        return self.name
