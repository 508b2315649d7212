"""Limits on what residents post, per account and per client address, counted in Django's cache.

With REDIS_URL set the cache is shared, so the limits hold across processes and machines.

The address is REMOTE_ADDR. Behind a reverse proxy (nginx, a load balancer) that is the proxy's
address, the same for everyone: the deployment must then either have the application server
put the client's address in REMOTE_ADDR, or set AGORA_TRUSTED_PROXY_COUNT to the number of
proxies in front of the site, each of which appends to X-Forwarded-For. Without that setting
the header is ignored: anyone can write it. allauth's limits on sign-in and sign-up read
ALLAUTH_TRUSTED_PROXY_COUNT the same way: set both alike.

Each app declares its rate-limited actions from its AppConfig.ready():

    ratelimit.register("vote", ratelimit.Limit(30, 120, ratelimit.TEN_MINUTES))
"""

import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class Limit:
    per_account: int
    # Larger: several residents may share an address (a family, a library, a mobile network).
    per_address: int
    # In seconds.
    period: int


TEN_MINUTES = 600
ONE_HOUR = 3600
# {action: Limit}, filled by the apps that own the actions.
LIMITS = {}


def register(action, limit):
    LIMITS[action] = limit


def _count(key, limit, period):
    """Counts one more hit on `key`; False once `limit` is passed within `period` seconds."""
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period)
        return True
    return count <= limit


def allow(action, user, limit, period):
    """Counts one more `action` by `user`; False once `limit` is reached within `period` s."""
    return _count(f"ratelimit:{action}:{user.pk}", limit, period)


def client_address(request):
    """Where the request comes from: see the module's docstring. An IPv6 address stands for its
    /64 network, which one household or device usually holds whole."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "AGORA_TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [hop.strip() for hop in forwarded if hop.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return "unknown"
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)


def allow_request(request, action):
    """Counts one more `action` by the signed-in resident and by their address; False once
    either passed its limit in LIMITS."""
    limit = LIMITS[action]
    by_account = allow(action, request.user, limit.per_account, limit.period)
    key = f"ratelimit:{action}:address:{client_address(request)}"
    by_address = _count(key, limit.per_address, limit.period)
    return by_account and by_address
