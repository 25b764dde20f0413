"""The ``portfolio`` artifact: the person's site as a visitor and a link previewer see it.

One page fetch through the run's HTTP client (robots.txt, caps, retries and politeness are
its job), the robots.txt verdict for the page, the parsed page (``sources/page.py``) and one
small fetch of ``og:image`` to learn whether a link preview would show it.

Failures are recorded in words, never raised. A page that could not be fetched (a timeout,
a refused connection, a 5xx, a 401/403/429/999 as bot blockers answer, not HTML) makes the
artifact ``error`` with the typed reason in ``detail`` (and ``data.fetch_error``), so every
portfolio check says it could not measure. Two kinds of failure are measurements themselves
and keep the artifact ``ok``, with ``page: null`` and the reason in ``fetch_error`` and
``problems``: robots.txt forbidding the fetch (what ``portfolio.indexable`` judges), and the
site failing every visitor alike — an untrusted certificate, a redirect loop or endless
redirects, a 404 or 410 (what ``portfolio.reachable`` judges).

``data`` (contract for the portfolio checks and ``inspect page``)::

    requested_url, final_url, status, https, elapsed_ms, redirects: [url, …], from_cache,
    content_type, encoding, bytes, headers: {name: value} (those worth seeing),
    robots_txt: {allowed, reason, robots_url, crawlers: {Googlebot|Bingbot: {allowed, reason}}}
                | {allowed: null, error: {kind, message}},
    fetch_error: null | {kind, message},
    page: parse_page(…) | null,
    og_image: null | {declared, url, absolute, loads: true|false|null, status, content_type,
                      bytes, final_url, error: null | {kind, message}, problem}
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import JSONDict
from presence_audit.sources.page import parse_page
from presence_audit.sources.page_links import absolute_url

if TYPE_CHECKING:
    from presence_audit.sources.context import GatherContext
    from presence_audit.sources.http import FetchError, HttpClient

ARTIFACT = "portfolio"
SOURCE = "http"
HTML_TYPES = ("text/html", "application/xhtml+xml")
IMAGE_TYPES = ("image/*",)
OG_IMAGE_MAX_BYTES = 5_000_000
"""LinkedIn does not show preview images over 5 MB: larger is "does not load" for a preview."""

HEADERS_OF_INTEREST = (
    "content-type", "content-length", "content-language", "x-robots-tag", "link",
    "strict-transport-security", "cache-control", "last-modified", "etag",
)
# Kinds that say the image itself is broken for anyone who fetches it; the others (timeout,
# connection, deadline, robots) say only that we could not find out.
IMAGE_BROKEN_KINDS = frozenset({
    "bad-status", "not-html", "too-large", "redirect-loop", "too-many-redirects", "tls",
    "bad-url", "bad-redirect", "refused-private-address",
})
# Statuses that say "not now" rather than "not there": a rate limit, a server taking a break.
TEMPORARY_STATUSES = frozenset({429, 503})
# Failures every visitor of the page meets, whoever fetches it: measurements of the site.
SITE_FAULT_KINDS = frozenset({"tls", "redirect-loop", "too-many-redirects"})
SITE_FAULT_STATUSES = frozenset({404, 410})


def collect_portfolio(context: GatherContext) -> Artifact:
    """The configured ``portfolio.url``, fetched and read; skipped when none is configured."""
    url = context.loaded.config.portfolio.url
    if not url:
        return Artifact.skipped(ARTIFACT, SOURCE,
                                "no portfolio configured: set portfolio.url to audit your site")
    # The person auditing their own site is its owner: robots.txt speaks to crawlers, so it
    # does not stop this read, and ``portfolio.indexable`` still reports what it says.
    return gather_page(context.http, url, owned=True)


def gather_page(http: HttpClient, url: str, *, owned: bool = False) -> Artifact:
    """Fetch ``url`` and everything the portfolio checks read about it.

    ``owned``: the configured portfolio, read whatever its robots.txt says (every other page,
    the image its preview links included, obeys robots.txt).
    """
    from presence_audit.sources.http import FetchError

    try:
        response = http.get(url, accept=HTML_TYPES, check_robots=not owned)
    except FetchError as exc:
        if exc.kind == "blocked-by-robots" or site_fault(exc):
            return _not_fetched(http, url, exc)
        return _failed(url, exc)
    page = parse_page(response.body, url=response.url, headers=response.headers)
    data: JSONDict = {
        "requested_url": url,
        "final_url": response.url,
        "status": response.status,
        "https": urlsplit(response.url).scheme == "https",
        "elapsed_ms": response.elapsed_ms,
        "redirects": list(response.redirects),
        "from_cache": response.from_cache,
        "content_type": response.content_type,
        "encoding": response.encoding,
        "bytes": len(response.body),
        "headers": {name: response.headers[name] for name in HEADERS_OF_INTEREST
                    if name in response.headers},
        "robots_txt": robots_verdict(http, response.url),
        "fetch_error": None,
        "page": page,
        "og_image": probe_image(http, page["og"]["image"], page["base_url"]),
    }
    timing = "from cache" if response.from_cache else f"in {response.elapsed_ms} ms"
    return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source=SOURCE, data=data,
                    detail=f"{response.url} answered {response.status} {timing}")


def describe(exc: FetchError) -> str:
    """A fetch error in words: ``kind — message``."""
    return f"{exc.kind} — {exc.message}"


def error_data(exc: FetchError) -> JSONDict:
    return {"kind": exc.kind, "message": exc.message}


def site_fault(exc: FetchError) -> bool:
    """Whether ``exc`` is what every visitor meets (see the module docstring)."""
    return exc.kind in SITE_FAULT_KINDS or (
        exc.kind == "bad-status" and exc.status in SITE_FAULT_STATUSES)


SEARCH_CRAWLERS = ("Googlebot", "Bingbot")
"""The crawlers whose robots.txt verdict decides whether the portfolio can be indexed."""


def robots_verdict(http: HttpClient, url: str) -> JSONDict:
    """What robots.txt says about the page, or why that could not be learnt."""
    from presence_audit.sources.http import FetchError

    try:
        verdict = http.robots(url)
        # What the search engines' own crawlers may do is what decides indexing; robots.txt
        # is read once per run, so asking for each crawler costs no request.
        crawlers = {agent: http.robots(url, agent) for agent in SEARCH_CRAWLERS}
    except FetchError as exc:
        return {"allowed": None, "error": error_data(exc)}
    return {"allowed": verdict.allowed, "reason": verdict.reason,
            "robots_url": verdict.robots_url,
            "crawlers": {agent: {"allowed": v.allowed, "reason": v.reason}
                         for agent, v in crawlers.items()}}


def probe_image(http: HttpClient, declared: str | None, base_url: str) -> JSONDict | None:
    """Whether ``og:image`` loads as an image, as a link previewer would fetch it."""
    from presence_audit.sources.http import FetchError

    if not declared:
        return None
    url = absolute_url(base_url, declared)
    result: JSONDict = {
        "declared": declared,
        "url": url,
        "absolute": urlsplit(declared).scheme in ("http", "https"),
        "loads": None,
        "status": None,
        "content_type": None,
        "bytes": None,
        "final_url": None,
        "error": None,
        "problem": None,
    }
    if url is None:
        result.update(loads=False, problem=f"{declared!r} is not an http(s) address")
        return result
    try:
        response = http.get(url, accept=IMAGE_TYPES, max_bytes=OG_IMAGE_MAX_BYTES)
    except FetchError as exc:
        broken = exc.kind in IMAGE_BROKEN_KINDS and exc.status not in TEMPORARY_STATUSES
        result.update(loads=False if broken else None, status=exc.status,
                      error=error_data(exc))
        return result
    result.update(loads=True, status=response.status, content_type=response.content_type,
                  bytes=len(response.body), final_url=response.url)
    result["data_url"] = preview_data_url(response.body, response.content_type)
    return result


PREVIEW_EMBED_MAX_BYTES = 150 * 1024
"""An og:image up to this size is kept as a data URL, so the report can show the preview
offline; a larger one is only described (reports and history stay small)."""
_EMBEDDABLE = ("image/png", "image/jpeg", "image/gif", "image/webp")


def preview_data_url(body: bytes, content_type: str | None) -> str | None:
    """``data:image/png;base64,…`` for a small raster image; ``None`` for anything else (SVG can
    carry scripts, so it is never embedded)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media not in _EMBEDDABLE or not body or len(body) > PREVIEW_EMBED_MAX_BYTES:
        return None
    import base64

    return f"data:{media};base64,{base64.b64encode(body).decode('ascii')}"


def _not_fetched(http: HttpClient, url: str, exc: FetchError) -> Artifact:
    """The ``ok`` artifact for a page whose fetch failed in a way that measures the site.

    The client says ``blocked-by-robots`` only when robots.txt answered: with rules that
    disallow the page, or with a 5xx that search engines read as "disallow everything" too.
    (A robots.txt that could not be read at all, or answered 429, fails the fetch with that
    error instead.) Site faults are listed in the module docstring.
    """
    robots = robots_verdict(http, exc.url or url)
    blocked = exc.kind == "blocked-by-robots"
    data: JSONDict = {
        "requested_url": url,
        "final_url": None,
        "status": exc.status,
        "https": urlsplit(url).scheme == "https",
        "elapsed_ms": None,
        "redirects": [],
        "from_cache": False,
        "content_type": None,
        "encoding": None,
        "bytes": None,
        "headers": {},
        "robots_txt": robots,
        "fetch_error": error_data(exc),
        "page": None,
        "og_image": None,
    }
    detail = "robots.txt forbids fetching the page" if blocked else describe(exc)
    return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source=SOURCE, data=data,
                    detail=f"{url}: {detail}", problems=[f"page not fetched: {describe(exc)}"])


def _failed(url: str, exc: FetchError) -> Artifact:
    # The data is for saved artifacts and `inspect page`; checks see only the error.
    return Artifact(name=ARTIFACT, status=ArtifactStatus.ERROR, source=SOURCE,
                    detail=f"{url}: {describe(exc)}",
                    data={"requested_url": url, "fetch_error": error_data(exc)})
