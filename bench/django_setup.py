"""Lets a script of bench/ use the project's Django, from the project folder or anywhere else."""

import os
import sys
from pathlib import Path

import django

PROJECT = Path(__file__).resolve().parent.parent


def setup():
    """Put the project on the path, default to the dev settings, and start Django."""
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "agora.settings.dev")
    django.setup()
