from . import services


def unread(request):
    """The unread count of the header, counted once a request and only when shown."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": lambda: services.unread_count(user)}
