class DemoError(Exception):
    """The database is not in a state the demo can be loaded into."""
