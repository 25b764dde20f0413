"""The one HTTP client of a run: every collector that reads the web goes through it.

It is shared by the collectors' threads. What it guarantees for each ``get``:

- the URL and every redirect hop are http(s), carry no credentials, and reach only addresses
  the policy allows (checked on the resolved address, at connect time);
- robots.txt allows the path for ``presence-audit`` (fetched once per origin per run);
- politeness: per-host and global limits on requests in flight, a minimum interval per host;
- (connect, read) timeouts, the run's deadline, a body-size cap;
- retries with back-off on connection errors, 429 and 5xx, honouring ``Retry-After`` up to a cap;
- at most ``network.max_redirects`` redirects, followed here hop by hop, with loops detected and
  caller-supplied headers dropped as soon as a hop leaves the original host;
- answers from the HTTP cache when fresh, conditional requests when stale;
- no exception but ``FetchError``, whose kind and message say what went wrong.
"""

from __future__ import annotations

import functools
import logging
import random
import re
import socket
import sqlite3
import ssl
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.cookiejar import DefaultCookiePolicy
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urldefrag, urljoin, urlsplit

import requests
import urllib3.exceptions
from requests_cache import CachedSession

from presence_audit import USER_AGENT
from presence_audit.sources.http.cache import default_cache_path, open_cached_session
from presence_audit.sources.http.charset import parse_content_type
from presence_audit.sources.http.decoding import ACCEPT_ENCODING
from presence_audit.sources.http.errors import FetchError, FetchErrorKind
from presence_audit.sources.http.netguard import (
    AddressPolicy,
    AddressRefusedError,
    Resolver,
    advice,
    literal_address,
    open_connection,
)
from presence_audit.sources.http.politeness import Politeness
from presence_audit.sources.http.response import Response, media_type_allowed
from presence_audit.sources.http.retry import (
    backoff_seconds,
    is_retryable_status,
    retry_after_seconds,
)
from presence_audit.sources.http.robots import (
    ROBOTS_MAX_AGE_SECONDS,
    ROBOTS_MAX_BYTES,
    ROBOTS_MAX_REDIRECTS,
    RobotsFile,
    RobotsMemo,
    RobotsVerdict,
    interpret,
    unreachable,
)
from presence_audit.sources.http.timing import Clock, Deadline, SystemClock
from presence_audit.sources.http.transport import BodyLimit, PoliteAdapter, exchange, too_large

if TYPE_CHECKING:
    from presence_audit.sources.http.settings import HttpSettings

logger = logging.getLogger(__name__)

ROBOTS_AGENT = "presence-audit"
"""The product token robots.txt rules are matched against (the User-Agent starts with it)."""
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Request headers that say what the caller wants, not who it is: a request carrying any other
# caller-supplied header may carry a credential, and is sent around the cache.
CACHE_SAFE_HEADERS = frozenset({"accept", "accept-language"})
# What requests, urllib3 and URL parsing raise; each becomes a FetchError.
_LIBRARY_ERRORS = (requests.RequestException, urllib3.exceptions.HTTPError, ValueError)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_USERINFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://)[^/?#\s'\"]*@")


@dataclass(frozen=True)
class _Retrieved:
    response: requests.Response
    url: str
    redirects: tuple[str, ...]
    attempts: int
    network_seconds: float


class HttpClient:
    """A polite, safe, cached HTTP client, safe to share between threads."""

    def __init__(
        self,
        network: HttpSettings,
        *,
        use_cache: bool = True,
        clock: Clock | None = None,
        jitter: Callable[[], float] = random.random,
        address_policy: AddressPolicy | None = None,
        resolver: Resolver = socket.getaddrinfo,
        deadline: Deadline | None = None,
    ) -> None:
        self._network = network
        self._clock = clock or SystemClock()
        self._jitter = jitter
        self._policy = address_policy or AddressPolicy(allow_private=network.allow_private)
        # The run's one deadline when the run hands it over, shared with every collector.
        self._deadline = deadline or Deadline(self._clock, network.deadline_seconds)
        self._default_limit = BodyLimit(network.max_bytes, setting="network.max_bytes")
        politeness = Politeness(
            workers=network.workers, per_host=network.per_host_concurrency,
            min_interval=network.min_interval_seconds, clock=self._clock,
            deadline=self._deadline,
        )
        self._adapter = PoliteAdapter(
            connector=functools.partial(open_connection, policy=self._policy, resolver=resolver),
            politeness=politeness, clock=self._clock, deadline=self._deadline,
            default_limit=self._default_limit,
            pool_maxsize=network.workers,
        )
        self._session = self._open_session(use_cache and network.cache)
        self._cache_usable = isinstance(self._session, CachedSession)
        self._robots = RobotsMemo(self._fetch_robots)
        self._lock = threading.Lock()
        self._closed = False

    def _open_session(self, cached: bool) -> requests.Session:
        session = requests.Session()
        if cached:
            path = self._network.cache_path
            try:
                session = open_cached_session(
                    default_cache_path() if path is None else Path(path).expanduser(),
                    self._network.cache_ttl_seconds,
                )
            except (sqlite3.Error, OSError) as exc:
                logger.warning("the HTTP cache cannot be opened (%s); fetching without it", exc)
        # Environment proxies would take connections out of the address checks, and .netrc
        # would attach the user's credentials to requests: neither is wanted.
        session.trust_env = False
        session.headers["User-Agent"] = USER_AGENT
        # Only encodings whose end the transport can check (sources/http/decoding.py).
        session.headers["Accept-Encoding"] = ACCEPT_ENCODING
        # No cookies: every page is seen as a first-time visitor sees it, and no session or
        # tracking cookie is sent on, or lands in the cache.
        session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
        session.mount("http://", self._adapter)
        session.mount("https://", self._adapter)
        return session

    # -- public API ---------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        accept: tuple[str, ...] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        check_robots: bool = True,
        follow_redirects: bool = True,
    ) -> Response:
        """GET ``url``; raise ``FetchError`` for anything but a 2xx answer of an accepted type.

        ``accept`` lists the media types wanted (``image/*`` covers every image type).
        ``headers`` go to the original host only: a redirect to another host drops them, and
        a request carrying headers other than Accept/Accept-Language never reads or writes
        the cache. With ``follow_redirects=False`` a 3xx answer is returned, not raised.
        The User-Agent is always the tool's own.
        """
        if any(name.lower() == "user-agent" for name in headers or ()):
            raise ValueError("the User-Agent identifies presence-audit and cannot be replaced")
        limit = self._default_limit if max_bytes is None else BodyLimit(max_bytes)
        retrieved = self._retrieve(
            url, accept=accept, headers=dict(headers or {}), limit=limit,
            check_robots=check_robots and self._network.respect_robots,
            max_redirects=self._network.max_redirects if follow_redirects else None,
        )
        response = retrieved.response
        status = response.status_code
        unfollowed = not follow_redirects and 300 <= status <= 399
        if not (200 <= status <= 299 or unfollowed):
            raise FetchError("bad-status", _status_message(retrieved), retrieved.url, status)
        content_type, charset = parse_content_type(response.headers.get("Content-Type"))
        if accept and not unfollowed and not media_type_allowed(content_type, accept):
            raise FetchError(
                "not-html",
                f"expected {' or '.join(accept)}, got {content_type or 'no content type'} "
                f"from {retrieved.url}",
                retrieved.url,
            )
        body = response.content
        if len(body) > limit.max_bytes:  # a cached body, stored under a larger cap
            raise too_large(retrieved.url, limit, "as stored in the HTTP cache")
        return Response(
            url=retrieved.url,
            status=status,
            headers={name.lower(): value for name, value in response.headers.items()},
            body=body,
            content_type=content_type,
            encoding=charset,
            elapsed_ms=round(retrieved.network_seconds * 1000),
            redirects=retrieved.redirects,
            from_cache=bool(getattr(response, "from_cache", False)),
        )

    def robots(self, url: str, user_agent: str = ROBOTS_AGENT) -> RobotsVerdict:
        """What robots.txt says about ``url`` for ``user_agent`` (by default presence-audit;
        a search engine's crawler name tells whether that engine may crawl it). Raises
        ``FetchError`` only for a URL that cannot be fetched at all."""
        prepared = _prepare_url(url)
        self._check_target(prepared, via=None)
        return self._robots.file_for(prepared).verdict(prepared, user_agent)

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # -- redirects, robots and address checks, hop by hop --------------------------------------

    def _retrieve(
        self, url: str, *, accept: tuple[str, ...] | None, headers: dict[str, str],
        limit: BodyLimit, check_robots: bool, max_redirects: int | None,
        expire_after: int | None = None,
    ) -> _Retrieved:
        """Fetch ``url``, following up to ``max_redirects`` redirects (None: follow none)."""
        current = _prepare_url(url)
        self._check_target(current, via=None)
        first = urlsplit(current)
        visited: list[str] = []
        network_seconds = 0.0
        while True:
            if check_robots:
                self._enforce_robots(current)
            response, attempts, seconds = self._send_with_retries(current, accept, headers,
                                                                  limit, expire_after)
            network_seconds += seconds
            location = self._session.get_redirect_target(response)
            if (max_redirects is None or response.status_code not in REDIRECT_STATUSES
                    or not location):
                return _Retrieved(response, current, tuple(visited), attempts, network_seconds)
            visited.append(current)
            target = _prepare_url(location, base=current)
            if target in visited:
                chain = " → ".join([*visited[visited.index(target):], target])
                raise FetchError("redirect-loop", f"{url} redirects in a loop: {chain}", url)
            if len(visited) > max_redirects:
                raise FetchError(
                    "too-many-redirects",
                    f"{url} redirected more than {max_redirects} times (network.max_redirects)",
                    url,
                )
            self._check_target(target, via=current)
            if headers and not _same_host(first, urlsplit(target)):
                headers = {}
            current = target

    def _check_target(self, url: str, *, via: str | None) -> None:
        """Refuse what must never be requested, before anything is sent or read from cache.

        A redirect the server sends is the fetch's failure (``bad-redirect``), not a mistake
        of the person who gave the first URL (``bad-url``).
        """
        parts = urlsplit(url)
        redirected = f" (redirected from {via})" if via else ""
        kind: FetchErrorKind = "bad-redirect" if via else "bad-url"
        if parts.scheme not in ("http", "https"):
            raise FetchError(kind, f"{url}{redirected} is not an http or https URL", url)
        if parts.username is not None or parts.password is not None:
            shown = _without_userinfo(url)
            raise FetchError(kind, f"{shown}{redirected} carries a user name or password; "
                             "such URLs are not fetched", shown)
        host = parts.hostname
        if not host:
            raise FetchError(kind, f"{url}{redirected} has no host name", url)
        # Numeric hosts are refused here already, so that even a cached answer for one is not
        # served; names are checked when a connection is opened, on the addresses they resolve to.
        address = literal_address(host)
        if address is not None:
            try:
                self._policy.check(host, address)
            except AddressRefusedError as exc:
                raise _refused(exc, url, redirected) from None

    def _enforce_robots(self, url: str) -> None:
        robots = self._robots.file_for(url)
        verdict = robots.verdict(url, ROBOTS_AGENT)
        if verdict.allowed:
            return
        failure = robots.failure
        if failure is None:
            raise FetchError("blocked-by-robots", verdict.reason, url)
        # robots.txt could not be fetched at all (the host refused the connection, timed out,
        # is off limits, …): the page is not requested, and that failure is the true account
        # of why, rather than "blocked by robots.txt".
        raise FetchError(failure.kind, failure.message, url, failure.status)

    def _fetch_robots(self, robots_url: str) -> RobotsFile:
        ttl = self._network.cache_ttl_seconds
        try:
            retrieved = self._retrieve(
                robots_url, accept=None, headers={},
                limit=BodyLimit(ROBOTS_MAX_BYTES, truncate=True), check_robots=False,
                max_redirects=ROBOTS_MAX_REDIRECTS,
                expire_after=ROBOTS_MAX_AGE_SECONDS if ttl > ROBOTS_MAX_AGE_SECONDS else None,
            )
        except FetchError as exc:
            return unreachable(robots_url, exc)
        return interpret(robots_url, retrieved.response.status_code, retrieved.response.content)

    # -- one hop: retries around one exchange ---------------------------------------------------

    def _send_with_retries(
        self, url: str, accept: tuple[str, ...] | None, headers: dict[str, str],
        limit: BodyLimit, expire_after: int | None,
    ) -> tuple[requests.Response, int, float]:
        """The answer of the last attempt, the number of attempts, and its network time."""
        network = self._network
        cached = self._cache_usable and all(h.lower() in CACHE_SAFE_HEADERS for h in headers)
        attempt = 0
        while True:
            self._deadline.check(url)
            try:
                response, seconds = self._send(url, accept, headers, limit, cached,
                                               expire_after)
            except AddressRefusedError as exc:
                raise _refused(exc, url, "") from None
            except _LIBRARY_ERRORS as exc:
                failure = self._failure(exc, url)
                if not _worth_retrying(exc) or attempt >= network.retries:
                    raise failure from None
                wait = backoff_seconds(attempt, self._jitter())
                last = failure.message
            else:
                status = response.status_code
                if not is_retryable_status(status):
                    return response, attempt + 1, seconds
                asked = retry_after_seconds(response.headers.get("Retry-After"),
                                            self._clock.time())
                if asked is not None and asked > network.retry_after_cap_seconds:
                    raise FetchError(
                        "bad-status",
                        f"{_host(url)} answered HTTP {status} and asked to retry after "
                        f"{asked:g} s, longer than the {network.retry_after_cap_seconds:g} s "
                        "cap (network.retry_after_cap_seconds); gave up",
                        url, status,
                    )
                if attempt >= network.retries:
                    return response, attempt + 1, seconds
                wait = backoff_seconds(attempt, self._jitter()) if asked is None else asked
                last = f"HTTP {status}"
            if wait > self._deadline.remaining():
                raise FetchError(
                    "deadline",
                    f"gave up on {url} after {attempt + 1} attempt(s) (last: {last}): waiting "
                    f"{wait:.3g} s to retry would pass the run's {self._deadline.seconds:g} s "
                    "network time budget (network.deadline_seconds)",
                    url,
                )
            self._clock.sleep(wait)
            attempt += 1

    def _send(
        self, url: str, accept: tuple[str, ...] | None, headers: dict[str, str],
        limit: BodyLimit, cached: bool, expire_after: int | None,
    ) -> tuple[requests.Response, float]:
        request_headers = {"Accept": ", ".join([*accept, "*/*;q=0.1"])} if accept else {}
        request_headers.update(headers)
        session = self._session
        prepared = session.prepare_request(requests.Request("GET", url, headers=request_headers))
        remaining = self._deadline.remaining()
        timeout = (min(self._network.connect_timeout, remaining),
                   min(self._network.read_timeout, remaining))
        with exchange(limit) as record:
            if cached and self._cache_usable:
                try:
                    response = session.send(prepared, timeout=timeout, allow_redirects=False,
                                            expire_after=expire_after)
                except sqlite3.Error as exc:
                    self._cache_usable = False
                    logger.warning("the HTTP cache failed (%s); fetching without it", exc)
                else:
                    return response, record.network_seconds
            # The base class's send skips the cache layer entirely: nothing is read from or
            # written to the cache file for this request.
            response = requests.Session.send(session, prepared, timeout=timeout,
                                             allow_redirects=False)
            return response, record.network_seconds

    def _failure(self, exc: BaseException, url: str) -> FetchError:
        """The ``FetchError`` for an exception from ``requests`` or urllib3."""
        host = _host(url)
        network = self._network
        if isinstance(exc, requests.Timeout) and self._deadline.expired():
            return self._deadline.error(url)
        if isinstance(exc, requests.exceptions.SSLError):
            return FetchError("tls", f"no secure connection to {host}: {_cause(exc)}", url)
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return FetchError("timeout", f"{host} did not accept a connection within "
                              f"{network.connect_timeout:g} s (network.connect_timeout)", url)
        if isinstance(exc, requests.exceptions.ReadTimeout):
            return FetchError("timeout", f"{host} did not answer within "
                              f"{network.read_timeout:g} s (network.read_timeout)", url)
        if isinstance(exc, requests.exceptions.ConnectionError):
            return FetchError("connection", f"could not connect to {host}: {_cause(exc)}", url)
        if isinstance(exc, (ValueError, requests.exceptions.InvalidURL,
                            requests.exceptions.InvalidSchema, requests.exceptions.MissingSchema,
                            requests.exceptions.URLRequired, requests.exceptions.InvalidHeader)):
            return FetchError("bad-url", f"{url} cannot be fetched: {_cause(exc)}", url)
        return FetchError("connection", f"fetching {url} failed: {_cause(exc)}", url)


def _worth_retrying(exc: BaseException) -> bool:
    """Connection failures may pass; a slow server or a certificate problem will not."""
    return (isinstance(exc, requests.exceptions.ConnectionError)
            and not isinstance(exc, requests.exceptions.SSLError))


def _prepare_url(url: str, *, base: str | None = None) -> str:
    """``url`` (resolved against ``base``) as it will be requested: IDNA host, quoted path, no
    fragment; ``bad-url`` if it is not an http(s) URL."""
    redirected = f" (redirected from {base})" if base else ""
    kind: FetchErrorKind = "bad-redirect" if base else "bad-url"
    prepared = requests.PreparedRequest()
    try:
        absolute = urldefrag(urljoin(base, url) if base else url).url
        scheme = urlsplit(absolute).scheme.lower()
        if scheme in ("http", "https"):
            prepared.prepare_url(absolute, None)
    except (requests.RequestException, ValueError) as exc:
        message = f"{url}{redirected} is not a valid URL: {_cause(exc)}"
        raise FetchError(kind, _without_userinfo(message), _without_userinfo(url)) from None
    if scheme not in ("http", "https"):
        shown = _without_userinfo(absolute)
        raise FetchError(kind, f"{shown}{redirected} is not an http or https URL", shown)
    return prepared.url or absolute


def _same_host(first: SplitResult, hop: SplitResult) -> bool:
    """Whether a hop stays on the original host and port, and does not drop from https to
    http."""
    if first.scheme == "https" and hop.scheme != "https":
        return False
    return first.hostname == hop.hostname and _port(first) == _port(hop)


def _port(parts: SplitResult) -> int | None:
    return parts.port or _DEFAULT_PORTS.get(parts.scheme)


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _without_userinfo(text: str) -> str:
    """``text`` with the user name and password of every URL in it taken out: they must not
    reach messages, artifacts or reports."""
    return _USERINFO.sub(r"\1", text)


def _refused(exc: AddressRefusedError, url: str, redirected: str) -> FetchError:
    return FetchError("refused-private-address", f"{exc}{redirected}; {advice(exc.kind)}", url)


def _status_message(retrieved: _Retrieved) -> str:
    status = retrieved.response.status_code
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "a non-standard status"
    attempts = f" after {retrieved.attempts} attempts" if retrieved.attempts > 1 else ""
    return f"{_host(retrieved.url)} answered HTTP {status} ({phrase}){attempts} for {retrieved.url}"


def _cause(exc: BaseException) -> str:
    """The innermost reason behind a ``requests``/urllib3 exception, in words."""
    seen = exc
    for _ in range(10):
        inner: BaseException | None = None
        if isinstance(seen, urllib3.exceptions.MaxRetryError) and seen.reason is not None:
            inner = seen.reason
        elif seen.__cause__ is not None:
            inner = seen.__cause__
        elif seen.args and isinstance(seen.args[0], BaseException):
            inner = seen.args[0]
        if inner is None:
            break
        seen = inner
    if isinstance(seen, ssl.SSLCertVerificationError):
        return f"certificate not trusted ({seen.verify_message})"
    if isinstance(seen, socket.gaierror):
        return "the host name does not resolve"
    if isinstance(seen, ConnectionRefusedError):
        return "connection refused"
    if isinstance(seen, OSError) and seen.strerror:
        return seen.strerror
    text = str(seen).strip()
    return text.splitlines()[0] if text else type(seen).__name__
