"""The nine demo campaigns, in the order they ran."""

from .assises import ASSISES
from .campaigns_2016 import CAMPAIGNS_2016
from .campaigns_recent import BOULE, GROUES, park, participatory_budget


def all_campaigns(today):
    """Campaign data for a demo loaded on ``today`` (two campaigns are dated from it)."""
    return [ASSISES, *CAMPAIGNS_2016, GROUES, BOULE, participatory_budget(today), park(today)]
