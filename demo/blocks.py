"""Small helpers that write campaign body blocks in StreamField's raw form.

Documents are named by a key (``Doc("synthesis")``) and swapped for their database id by the
builder once the files exist.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Doc:
    """A demo document, named by its key in documents.DOCUMENTS."""

    key: str


def text(heading, html):
    return {"type": "text", "value": {"heading": heading, "text": html}}


def step(kind, start, title, html="", end=None, document=None, link=None):
    link_url, link_label = link or ("", "")
    return {
        "kind": kind,
        "start_date": start,
        "end_date": end,
        "title": title,
        "text": html,
        "link_url": link_url,
        "link_label": link_label,
        "document": document,
    }


def timeline(*steps, heading="Les étapes du projet"):
    return {"type": "timeline", "value": {"heading": heading, "steps": list(steps)}}


def resource(kind, title, url, source="", date=None):
    return {"kind": kind, "title": title, "url": url, "source": source, "date": date}


def resources(*links, heading="Ressources"):
    return {"type": "resources", "value": {"heading": heading, "links": list(links)}}


def documents(*items, heading="Documents à consulter"):
    value = [{"document": doc, "description": description} for doc, description in items]
    return {"type": "documents", "value": {"heading": heading, "documents": value}}


def kit(purpose, files, how_to_return, email="agora@nanterre.example"):
    value = {
        "title": "Kit de participation",
        "purpose": purpose,
        "files": list(files),
        "how_to_return": how_to_return,
        "return_email": email,
    }
    return {"type": "participation_kit", "value": value}


def results(summary, figures, decisions, synthesis=None, heading="Résultats"):
    value = {
        "heading": heading,
        "summary": summary,
        "synthesis_document": synthesis,
        "figures": [{"value": v, "label": label} for v, label in figures],
        "decisions": [{"title": title, "text": detail} for title, detail in decisions],
    }
    return {"type": "results", "value": value}


def podcast(title, description, audio, transcript, duration=None):
    value = {
        "title": title,
        "description": description,
        "audio": audio,
        "duration": duration,
        "transcript": transcript,
    }
    return {"type": "podcast", "value": value}


def resolve(value, ids):
    """Return the raw value with every Doc replaced by its document's id."""
    if isinstance(value, Doc):
        return ids[value.key]
    if isinstance(value, dict):
        return {key: resolve(item, ids) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [resolve(item, ids) for item in value]
    return value
