"""robots.txt as RFC 9309 reads it: fetched once per origin per run, matched with Protego.

- 2xx: the rules apply (the first 512 KiB are parsed, more than the 500 KiB the RFC asks for).
- 4xx ("unavailable"): everything is allowed. 429 is the exception: a rate limit is the
  server asking us to go away, so it counts as unreachable.
- 5xx, network failures ("unreachable"): everything is disallowed. A 5xx is the site's answer
  (``blocked-by-robots``); a network failure or a 429 is a failure to read the file, and a page
  it keeps from being fetched fails with that error instead.
- More than five redirects: the RFC lets a crawler treat the file as unavailable, and we do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from presence_audit.sources.http.errors import FetchError

ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_MAX_REDIRECTS = 5
ROBOTS_MAX_AGE_SECONDS = 24 * 3600
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class RobotsVerdict:
    allowed: bool
    reason: str
    robots_url: str


@dataclass(frozen=True)
class RobotsFile:
    """What fetching one origin's robots.txt established.

    ``rules`` is None when the file gave no rules to match (it was missing or unreachable); then
    ``everything_allowed`` and ``reason`` are the verdict for every path, and ``failure`` is the
    fetch error behind an unreachable file.
    """

    robots_url: str
    rules: Protego | None = None
    everything_allowed: bool = False
    reason: str = ""
    failure: FetchError | None = None

    def verdict(self, url: str, agent: str) -> RobotsVerdict:
        if self.rules is None:
            return RobotsVerdict(self.everything_allowed, self.reason, self.robots_url)
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if self.rules.can_fetch(url, agent):
            return RobotsVerdict(True, f"robots.txt allows {path} for {agent}", self.robots_url)
        host = urlsplit(self.robots_url).netloc
        return RobotsVerdict(False, f"robots.txt of {host} disallows {path} for {agent}",
                             self.robots_url)


def robots_url_for(url: str) -> str:
    """The robots.txt that governs ``url``: same scheme, host and port (RFC 9309 §2.3)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return f"{scheme}://{netloc}/robots.txt"


def interpret(robots_url: str, status: int, body: bytes,
              error: FetchError | None = None) -> RobotsFile:
    """The rules a robots.txt response gives, by its final status (``error``: the fetch error
    that status came with, if any)."""
    if 200 <= status <= 299:
        return RobotsFile(robots_url, rules=Protego.parse(body.decode("utf-8-sig", "replace")))
    whose = _whose(robots_url)
    reason = f"{whose} answered {status}: treated as disallowed"
    if status == 429:
        # A rate limit says nothing about the site's rules: the file could not be read, and
        # that, not "disallowed by robots.txt", is why the page is not fetched.
        failure = error or FetchError(
            "bad-status", f"{whose} answered HTTP 429 (Too Many Requests): the site is "
            "rate-limiting requests; try again later", robots_url, status,
        )
        return RobotsFile(robots_url, reason=reason, failure=failure)
    if 400 <= status <= 499:
        return RobotsFile(robots_url, everything_allowed=True,
                          reason=f"{whose} answered {status}: everything allowed")
    return RobotsFile(robots_url, reason=reason)


def unreachable(robots_url: str, error: FetchError) -> RobotsFile:
    """The verdict when fetching robots.txt failed with ``error``."""
    whose = _whose(robots_url)
    if error.kind in ("too-many-redirects", "redirect-loop"):
        return RobotsFile(robots_url, everything_allowed=True, failure=error, reason=(
            f"{whose} redirected too often ({error.kind}): treated as missing, everything "
            "allowed"
        ))
    if error.kind == "bad-status" and error.status is not None:
        return interpret(robots_url, error.status, b"", error)
    return RobotsFile(robots_url, failure=error,
                      reason=f"{whose} unreachable ({error.kind}): treated as disallowed")


def _whose(robots_url: str) -> str:
    return f"robots.txt of {urlsplit(robots_url).netloc}"


class RobotsMemo:
    """One robots.txt fetch per origin per run, shared by every thread that asks.

    The first thread to ask for an origin fetches; the others wait for its answer instead of
    fetching the same file again.
    """

    def __init__(self, fetch: Callable[[str], RobotsFile]) -> None:
        self._fetch = fetch
        self._files: dict[str, Future[RobotsFile]] = {}
        self._lock = threading.Lock()

    def file_for(self, url: str) -> RobotsFile:
        robots_url = robots_url_for(url)
        with self._lock:
            pending = self._files.get(robots_url)
            fetching = pending is None
            if pending is None:
                pending = self._files[robots_url] = Future()
        if fetching:
            try:
                pending.set_result(self._fetch(robots_url))
            except BaseException as exc:
                pending.set_exception(exc)
        return pending.result()
