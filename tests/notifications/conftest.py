"""The park campaign of the participation tests, and its residents, to hear of what happens."""

from ..participation.conftest import campaign, debate, residents, space  # noqa: F401
