"""Wagtail's own msgids that the project's catalogue translates better than Wagtail's French.

LOCALE_PATHS wins over the apps' catalogues, so an entry in locale/fr overrides Wagtail's. The
entries must stay in our catalogue: listed here, `make messages` finds them and keeps them.
Nothing imports this module.
"""

from django.utils.translation import gettext_noop

WAGTAIL_MSGIDS = [
    # InlinePanel's add button: « Ajouter un(e) catégorie » becomes « Ajouter : catégorie ».
    gettext_noop("Add %(label)s"),
    # A create view's crumb: « Nouvel(le) : Secteur » becomes « Ajout : Secteur ».
    gettext_noop("New: %(model_name)s"),
    # Workflow actions: « Soumettre à Validation… » becomes « Soumettre : Validation… ».
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Resubmit to %(task_name)s"),
]
