import pytest


@pytest.fixture
def options(debate):
    """The debate's options by label: {"Pour": option, "Contre": ..., "Abstention": ...}."""
    return {option.label: option for option in debate.options.all()}
