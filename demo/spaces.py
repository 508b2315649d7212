"""Helpers to write the demo's contribution spaces as data (spaces_park.py, spaces_assises.py),
and its debates (debates_park.py, debates_assises.py).

Every moment is a ``(day, hour, minute)`` counted from the day the space opens: the park's
space opens forty days before the demo is loaded, so its contributions move along with it.
People are named by the part of their demo address before the "@" (``"habitant"``).
In a debate, moments count from the day the debate opens.
"""


def prose(text):
    """Paragraphs as residents type them: lines wrapped in this file are joined again."""
    paragraphs = (" ".join(part.split()) for part in text.strip().split("\n\n"))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def contribution(title, author, at, category, body, **more):
    """A contribution; ``more`` takes model fields (kind, provenance, signed_as, ...) and
    ``comments``, ``supports`` and ``follows`` (lists of people) and ``answer``."""
    return {
        "title": title,
        "author": author,
        "at": at,
        "category": category,
        "body": prose(body),
        **more,
    }


def workshop(group_name, meeting_date, meeting_place, participants):
    """The fields of a collective contribution: the group that met, when, where, how many."""
    return {
        "kind": "collective",
        "group_name": group_name,
        "meeting_date": meeting_date,
        "meeting_place": meeting_place,
        "participants": participants,
    }


def comment(author, at, body, *replies, hidden=None):
    """A comment and its replies; ``hidden`` is ``(reason, at)`` for one hidden by moderation."""
    return {"author": author, "at": at, "body": prose(body), "replies": replies, "hidden": hidden}


def answer(status, at, text):
    """The city's official answer, written by the editorial team."""
    return {"status": status, "at": at, "text": prose(text)}


def argument(stance, title, author, at, body, useful=(), more_useful=0, replies=()):
    """An argument ``"for"`` or ``"against"``; ``useful`` lists the people who marked it
    useful, ``more_useful`` adds that many of the demo's voters."""
    return {
        "stance": stance,
        "title": title,
        "author": author,
        "at": at,
        "body": prose(body),
        "useful": list(useful),
        "more_useful": more_useful,
        "replies": list(replies),
    }


def reply(author, at, body):
    return {"author": author, "at": at, "body": prose(body)}
