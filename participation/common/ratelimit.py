"""Per-account limits on what residents post, counted in Django's cache.

With REDIS_URL set the cache is shared, so the limit holds across processes and machines.
"""

from django.core.cache import cache


def allow(action, user, limit, period):
    """Counts one more `action` by `user`; False once `limit` is reached within `period` s."""
    key = f"ratelimit:{action}:{user.pk}"
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period)
        return True
    return count <= limit
