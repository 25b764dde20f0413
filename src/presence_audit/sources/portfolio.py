"""The ``portfolio`` artifact: the person's site as a visitor and a link previewer see it.

One page fetch through the run's HTTP client (robots.txt, caps, retries and politeness are
its job), the robots.txt verdict for the page, the parsed page (``sources/page.py``) and one
small fetch of ``og:image`` to learn whether a link preview would show it.

Failures are recorded in words, never raised. A page that could not be fetched (timeout,
certificate, 4xx/5xx, redirect loop, not HTML) makes the artifact ``error`` with the typed
reason in ``detail`` (and ``data.fetch_error``), so every portfolio check says it could not
measure. The one exception is robots.txt
forbidding the fetch: that verdict is itself what ``portfolio.indexable`` judges, so the
artifact stays ``ok`` with ``page: null`` and the reason in ``fetch_error`` and ``problems``.

``data`` (contract for the portfolio checks and ``inspect page``)::

    requested_url, final_url, status, https, elapsed_ms, redirects: [url, …], from_cache,
    content_type, encoding, bytes, headers: {name: value} (those worth seeing),
    robots_txt: {allowed, reason, robots_url} | {allowed: null, error: {kind, message}},
    fetch_error: null | {kind, message},
    page: parse_page(…) | null,
    og_image: null | {declared, url, absolute, loads: true|false|null, status, content_type,
                      bytes, final_url, error: null | {kind, message}, problem}
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from presence_audit.model import Artifact, ArtifactStatus, JSONDict
from presence_audit.sources.page import parse_page
from presence_audit.sources.page_links import absolute_url

if TYPE_CHECKING:
    from presence_audit.http import FetchError, HttpClient
    from presence_audit.runner import GatherContext

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
    "bad-url", "refused-private-address",
})


def collect_portfolio(context: GatherContext) -> Artifact:
    """The configured ``portfolio.url``, fetched and read; skipped when none is configured."""
    url = context.loaded.config.portfolio.url
    if not url:
        return Artifact.skipped(ARTIFACT, SOURCE,
                                "no portfolio configured: set portfolio.url to audit your site")
    return gather_page(context.http, url)


def gather_page(http: HttpClient, url: str) -> Artifact:
    """Fetch ``url`` and everything the portfolio checks read about it."""
    from presence_audit.http import FetchError

    try:
        response = http.get(url, accept=HTML_TYPES)
    except FetchError as exc:
        if exc.kind == "blocked-by-robots":
            return _blocked_by_robots(http, url, exc)
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


def robots_verdict(http: HttpClient, url: str) -> JSONDict:
    """What robots.txt says about the page, or why that could not be learnt."""
    from presence_audit.http import FetchError

    try:
        verdict = http.robots(url)
    except FetchError as exc:
        return {"allowed": None, "error": error_data(exc)}
    return {"allowed": verdict.allowed, "reason": verdict.reason,
            "robots_url": verdict.robots_url}


def probe_image(http: HttpClient, declared: str | None, base_url: str) -> JSONDict | None:
    """Whether ``og:image`` loads as an image, as a link previewer would fetch it."""
    from presence_audit.http import FetchError

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
        broken = exc.kind in IMAGE_BROKEN_KINDS
        result.update(loads=False if broken else None, status=exc.status,
                      error=error_data(exc))
        return result
    result.update(loads=True, status=response.status, content_type=response.content_type,
                  bytes=len(response.body), final_url=response.url)
    return result


def _blocked_by_robots(http: HttpClient, url: str, exc: FetchError) -> Artifact:
    """The artifact when the client would not fetch ``url`` because of robots.txt.

    The client treats an unreachable robots.txt as "disallow everything" (RFC 9309), so a
    site that is down also arrives here. Fetching robots.txt itself tells the two apart: if
    it cannot be reached at all, the site is unreachable and that is the error; if it answers
    (rules that disallow, or a 5xx that search engines also read as "disallow"), the verdict
    is a measurement of the site.
    """
    from presence_audit.http import FetchError

    robots = robots_verdict(http, exc.url or url)
    robots_url = robots.get("robots_url")
    if robots_url:
        try:
            http.get(robots_url, check_robots=False)
        except FetchError as unreachable:
            server_error = unreachable.kind == "bad-status" and (unreachable.status or 0) >= 500
            if not server_error:
                return _failed(url, unreachable)
    data: JSONDict = {
        "requested_url": url,
        "final_url": None,
        "status": None,
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
    return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source=SOURCE, data=data,
                    detail=f"{url}: robots.txt forbids fetching the page",
                    problems=[f"page not fetched: {describe(exc)}"])


def _failed(url: str, exc: FetchError) -> Artifact:
    # The data is for saved artifacts and `inspect page`; checks see only the error.
    return Artifact(name=ARTIFACT, status=ArtifactStatus.ERROR, source=SOURCE,
                    detail=f"{url}: {describe(exc)}",
                    data={"requested_url": url, "fetch_error": error_data(exc)})
