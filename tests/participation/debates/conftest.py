import pytest

from ..factories import DebatePageFactory


@pytest.fixture
def debate(campaign):
    """The park campaign's debate, open on `open_today`, with Pour, Contre and Abstention."""
    return DebatePageFactory(parent=campaign, title="Le débat du parc", slug="debat")


@pytest.fixture
def options(debate):
    """The debate's options by label: {"Pour": option, "Contre": ..., "Abstention": ...}."""
    return {option.label: option for option in debate.options.all()}
