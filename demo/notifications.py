"""What the demo resident (habitant@agora.test) follows, and news waiting for them.

They follow the park campaign and the proposal "Fréquentation du parc". On that proposal they
left a comment, Karim answered it and the city gave its official answer: written through the
participation services, whose events become notifications (and emails, on the console in
development) once the demo's transaction commits, as on the site. Loading the demo again
writes nothing twice: the comments carry a submission key, and a proposal answered already is
not answered again.
"""

import uuid

from django.contrib.auth import get_user_model

from participation.common.services import follow
from participation.contributions import services
from participation.contributions.models import Contribution

from .errors import DemoError

RESIDENT = "habitant@agora.test"
FOLLOWED = "Fréquentation du parc"
# Fixed keys: a second load finds the comments it wrote and writes them again nowhere.
COMMENT_KEY = uuid.uuid5(uuid.NAMESPACE_URL, "agora-demo/notifications/comment")
REPLY_KEY = uuid.uuid5(uuid.NAMESPACE_URL, "agora-demo/notifications/reply")

COMMENT = (
    "Je suis d'accord : le soir, l'entrée sud fait peur. Un éclairage le long de l'allée du "
    "bas changerait tout."
)
REPLY = (
    "Et des bancs près de cette entrée, pour que les parents attendent à la sortie de l'école "
    "sans traverser tout le parc."
)
ANSWER = (
    "Proposition à l'étude. Des compteurs seront posés ce printemps aux quatre entrées du parc, "
    "et les agents du service des espaces verts interrogeront les promeneurs un samedi et un "
    "mercredi : les résultats seront publiés sur cette page."
)


def load():
    """Gives habitant@agora.test follows and unread news; call it after the spaces are built,
    inside the demo's transaction (the notifications are written when it commits)."""
    people = {
        user.email: user
        for user in get_user_model().objects.filter(
            email__in=[RESIDENT, "karim@agora.test", "redaction@agora.test"]
        )
    }
    proposal = (
        Contribution.objects.filter(title=FOLLOWED, space__slug="propositions")
        .select_related("space")
        .first()
    )
    if proposal is None or len(people) < 3:
        raise DemoError("Chargez les espaces de la démo avant ses notifications.")
    resident = people[RESIDENT]
    follow(resident, proposal.space.get_parent().specific)
    follow(resident, proposal)
    comment, _ = services.add_comment(proposal, resident, COMMENT, submission_key=COMMENT_KEY)
    services.add_comment(
        proposal,
        people["karim@agora.test"],
        REPLY,
        parent=comment,
        submission_key=REPLY_KEY,
    )
    if not proposal.is_answered:
        services.answer(proposal, people["redaction@agora.test"], "under_study", ANSWER)
