"""The opt-in live fetch of a LinkedIn public profile, and how to recognise being refused.

LinkedIn refuses automated requests: status 999 (its own), 429, a redirect to the sign-in wall
(``/authwall``, ``/login``, ``/checkpoint``, ``/challenge``, ``/uas/login``) or an auth-wall
page served with 200. Its robots.txt disallows generic agents, so with
``network.respect_robots: true`` (the default) the HTTP layer refuses the fetch before it is
sent — the intended behaviour. Every one of these is ``blocked``, with the guidance to use the
export or a saved page: never "no photo" or "no headline".
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from presence_audit.core.artifacts.linkedin import (
    BLOCKED,
    ERROR,
    GUIDANCE,
    NOT_FOUND,
    URL,
    LinkedInProfile,
)
from presence_audit.sources.linkedin.html import parse_profile_html

if TYPE_CHECKING:
    from presence_audit.sources.http import HttpClient

BLOCKING_PATHS = ("/authwall", "/login", "/checkpoint", "/challenge", "/uas/login", "/signup")
BLOCKING_STATUSES = frozenset({999, 429, 401, 403})
GONE_STATUSES = frozenset({404, 410})

ROBOTS_DETAIL = (
    "LinkedIn's robots.txt disallows automated agents and network.respect_robots is on, so "
    "the profile was not fetched (as intended). " + GUIDANCE
)


def blocking_url(url: str) -> bool:
    """True when a (final or intermediate) URL is LinkedIn's sign-in wall or a challenge."""
    path = urlsplit(url).path.lower()
    return any(path == p or path.startswith(p + "/") for p in BLOCKING_PATHS) \
        or "authwall" in path


def status_detail(status: int) -> str:
    reason = {999: "answered with its anti-automation status 999",
              429: "answered 429 Too Many Requests"}.get(status, f"answered HTTP {status}")
    return f"LinkedIn {reason}: it refuses automated requests. {GUIDANCE}"


def fetch_profile(http: HttpClient, url: str) -> LinkedInProfile:
    """Fetch ``url`` once through the shared HTTP client and read the profile on it.

    The client raises for every answer but a 2xx, so refusals arrive as ``FetchError``; a
    2xx can still be the sign-in wall, reached by redirect or served in place.
    """
    from presence_audit.sources.http import FetchError

    try:
        response = http.get(url, accept=("text/html",))
    except FetchError as exc:
        return _from_error(exc.kind, exc.status, str(exc))
    hops = [*response.redirects, response.url]
    if any(blocking_url(hop) for hop in hops):
        return LinkedInProfile.unavailable(
            URL, BLOCKED,
            f"LinkedIn redirected to its sign-in wall ({response.url}). {GUIDANCE}")
    return parse_profile_html(response.body, source=URL, url=response.url)


def _from_error(kind: str, status: int | None, message: str) -> LinkedInProfile:
    if kind == "blocked-by-robots":
        return LinkedInProfile.unavailable(URL, BLOCKED, ROBOTS_DETAIL)
    if status is not None and status in BLOCKING_STATUSES:
        return LinkedInProfile.unavailable(URL, BLOCKED, status_detail(status))
    if status is not None and status in GONE_STATUSES:
        return LinkedInProfile.unavailable(URL, NOT_FOUND, f"no such profile: {message}")
    if kind in ("redirect-loop", "too-many-redirects"):
        # LinkedIn's sign-in wall bounces clients without cookies around in circles.
        return LinkedInProfile.unavailable(URL, BLOCKED, f"{message}. {GUIDANCE}")
    return LinkedInProfile.unavailable(URL, ERROR, f"{kind}: {message}. {GUIDANCE}")
