"""Snippets editors pick campaigns' sectors and organizers from."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Sector(index.Indexed, models.Model):
    """A part of the city a campaign concerns: a neighbourhood, or the whole city."""

    name = models.CharField(_("nom"), max_length=100, unique=True)
    slug = models.SlugField(
        _("identifiant"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Utilisé dans l'adresse des filtres ; laissez vide pour le déduire du nom."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("secteur")
        verbose_name_plural = _("secteurs")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)


class Organizer(index.Indexed, models.Model):
    """Who runs a campaign: the city, a department, a partner."""

    name = models.CharField(_("nom"), max_length=150, unique=True)
    website = models.URLField(_("site web"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("organisateur")
        verbose_name_plural = _("organisateurs")
        ordering = ["name"]

    def __str__(self):
        return self.name
