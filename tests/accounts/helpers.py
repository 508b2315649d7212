"""What the account tests do again and again: sign in, check the session, follow an email."""

import re

from ..factories import PASSWORD
from ..helpers.people import LOGIN_URL


def sign_in(client, email, password=PASSWORD):
    return client.post(LOGIN_URL, {"login": email, "password": password})


def is_signed_in(client):
    return client.get("/compte/").status_code == 200


def emailed_link(message, path):
    """The address under `path` in an email, without the host, for the test client."""
    return re.search(rf"https?://[^/\s]+({re.escape(path)}[^\s]*)", message.body).group(1)
