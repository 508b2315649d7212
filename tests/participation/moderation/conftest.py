"""Something to moderate in a consultation and a debate.

The moderator, the debate and the charter come from the conftest files above.
"""

import pytest

from participation.contributions import services as contributions
from participation.debates import services as debates


@pytest.fixture
def contribution(space, residents):
    contribution, _ = contributions.create_contribution(
        space, residents[0], title="Des bancs à l'ombre", body="Plus de bancs sous les arbres."
    )
    return contribution


@pytest.fixture
def comment(contribution, residents):
    comment, _ = contributions.add_comment(contribution, residents[1], "Bonne idée, vraiment.")
    return comment


@pytest.fixture
def argument(debate, residents):
    argument, _ = debates.create_argument(
        debate, residents[1], "for", "Moins de bruit", "Les enfants joueraient en paix."
    )
    return argument


@pytest.fixture
def reply(argument, residents):
    reply, _ = debates.add_reply(argument, residents[2], "Et les livraisons ?")
    return reply
