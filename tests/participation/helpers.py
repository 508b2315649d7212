"""What the tests of a contribution space share: its addresses, a filled form, a page's text."""

import html
import io
import re
import uuid

from PIL import Image

from participation.common import figures
from participation.common.spaces import is_space

from ..helpers.people import LOGIN_URL  # noqa: F401 - tests import it from here


def space_url(space, route="list", *args):
    """The public address of one of the space's routes: "list", "contribute", "support"..."""
    return space.url + space.reverse_subpage(route, args=args)


def contribution_form(**overrides):
    """What a resident sends from the form for an individual contribution."""
    data = {
        "kind": "individual",
        "title": "Des bancs à l'ombre",
        "body": "Plus de bancs sous les arbres de l'allée centrale.",
        "group_name": "",
        "meeting_date": "",
        "meeting_place": "",
        "participants": "",
        "submission_key": str(uuid.uuid4()),
    }
    return data | overrides


def collective_form(**overrides):
    """What a group's spokesperson sends: the group, its meeting, how many took part."""
    return (
        contribution_form(
            kind="collective",
            title="Un jardin partagé près de l'aire de jeux",
            body="Proposé par les voisins réunis chez Mme Benali.",
            group_name="Amicale des Tilleuls",
            meeting_date="2025-03-20",
            meeting_place="Salle commune, 12 rue des Tilleuls",
            participants="12",
        )
        | overrides
    )


def page_text(response):
    """The response's HTML with entities decoded, to look for French messages in it."""
    return html.unescape(response.content.decode())


def visible_text(response):
    """The page's words without tags, spaces folded, as a reader sees them."""
    return " ".join(re.sub(r"<[^>]+>", " ", page_text(response)).split())


def image_bytes(image_format="JPEG", size=(60, 40), exif=None):
    """A real image, encoded in memory, with the given EXIF metadata if any."""
    output = io.BytesIO()
    extra = {"exif": exif.tobytes()} if exif is not None else {}
    Image.new("RGB", size, "green").save(output, format=image_format, **extra)
    return output.getvalue()


def offline_data(space, **overrides):
    """What staff send from the admin form for a contribution received on paper."""
    data = {
        "space": space.pk,
        "provenance": "paper",
        "kind": "individual",
        "signed_as": "Mme D., par courrier",
        "group_name": "",
        "meeting_date": "",
        "meeting_place": "",
        "participants": "1",
        "title": "Un marché le dimanche",
        "body": "Je voudrais un petit marché le dimanche matin.",
        "category": "",
        "submission_key": str(uuid.uuid4()),
    }
    return data | overrides


def figure(page, key):
    """A stored figure ("contributions", "votes", "participants"...) of the campaign `page`
    is, or of the campaign above it when `page` is a participation space."""
    page = page.specific
    campaign = page.get_parent().specific if is_space(page) else page
    found = figures.of(campaign)
    if key == "participants":
        return found.participants
    if key in (figures.ONLINE, figures.DECLARED):
        return getattr(found, key)
    return next((item.value for item in found.items if item.kind.key == key), 0)
