"""The transport under the session: checked connections, politeness, and a capped body read.

Everything here runs only for requests that really go to the network: the HTTP cache answers
fresh hits above this layer, so a cache hit neither waits for a politeness slot nor connects.

- Connections are opened by ``netguard.open_connection``, to an address it has just checked,
  while urllib3 keeps the URL's host name for the ``Host`` header, SNI and certificate checks.
- Each request holds a politeness slot from before it connects until its body is read.
- The body is read here, in small pieces, against a byte cap and the run's deadline, so that
  nothing above (``requests``, the cache) ever reads an unbounded body into memory.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection

from presence_audit.sources.http.decoding import BodyDecoder, IncompleteBodyError
from presence_audit.sources.http.errors import FetchError
from presence_audit.sources.http.politeness import Politeness
from presence_audit.sources.http.timing import Clock, Deadline

_CHUNK_BYTES = 64 * 1024

Connector = Callable[..., socket.socket]
"""``(host, port, *, timeout, source_address, socket_options) -> socket``"""


@dataclass(frozen=True)
class BodyLimit:
    """How much of a body to read; ``truncate`` keeps the first ``max_bytes`` instead of failing.

    ``setting`` names the configuration key the cap comes from, for the message.
    """

    max_bytes: int
    truncate: bool = False
    setting: str | None = None


@dataclass
class Exchange:
    """One request's settings for the transport, and the network time the transport measured:
    from holding a politeness slot to having read the body (zero for a cache hit)."""

    limit: BodyLimit
    network_seconds: float = 0.0


_exchange: ContextVar[Exchange | None] = ContextVar("presence_audit_exchange", default=None)


@contextmanager
def exchange(limit: BodyLimit) -> Iterator[Exchange]:
    """Apply ``limit`` to the request this thread sends inside the block, and time it.

    A context variable rather than an argument: the request passes through ``requests`` and
    ``requests-cache`` on its way here, and neither carries extra arguments to the adapter.
    """
    record = Exchange(limit)
    token = _exchange.set(record)
    try:
        yield record
    finally:
        _exchange.reset(token)


def _connect(conn: HTTPConnection, connector: Connector) -> socket.socket:
    # The same error types urllib3's own _new_conn raises, so requests maps them as usual.
    timeout = conn.timeout if isinstance(conn.timeout, (int, float)) else (
        socket.getdefaulttimeout()
    )
    try:
        sock: socket.socket = connector(
            conn.host, conn.port, timeout=timeout, source_address=conn.source_address,
            socket_options=conn.socket_options,
        )
    except socket.gaierror as exc:
        raise urllib3.exceptions.NameResolutionError(conn.host, conn, exc) from exc
    except TimeoutError as exc:
        raise urllib3.exceptions.ConnectTimeoutError(
            conn, f"Connection to {conn.host} timed out. (connect timeout={timeout})",
        ) from exc
    except OSError as exc:
        raise urllib3.exceptions.NewConnectionError(
            conn, f"Failed to establish a new connection: {exc}",
        ) from exc
    return sock


class _CheckedHTTPConnection(HTTPConnection):
    def __init__(self, *args: Any, connector: Connector, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connector = connector

    def _new_conn(self) -> socket.socket:
        return _connect(self, self._connector)


class _CheckedHTTPSConnection(HTTPSConnection):
    def __init__(self, *args: Any, connector: Connector, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connector = connector

    def _new_conn(self) -> socket.socket:
        return _connect(self, self._connector)


class _CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _CheckedHTTPConnection


class _CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _CheckedHTTPSConnection


class _CheckedPoolManager(PoolManager):
    def __init__(self, connector: Connector, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._connector = connector
        self.pool_classes_by_scheme = {"http": _CheckedHTTPPool, "https": _CheckedHTTPSPool}

    def _new_pool(self, scheme: str, host: str, port: int,
                  request_context: dict[str, Any] | None = None) -> HTTPConnectionPool:
        pool = super()._new_pool(scheme, host, port, request_context)
        # Pool keys admit only urllib3's own settings, so the connector joins the keyword
        # arguments each new connection of this pool is built with.
        pool.conn_kw["connector"] = self._connector
        return pool


class PoliteAdapter(HTTPAdapter):
    """``requests`` transport with checked connections, politeness slots and capped bodies."""

    def __init__(self, *, connector: Connector, politeness: Politeness, clock: Clock,
                 deadline: Deadline, default_limit: BodyLimit, pool_maxsize: int) -> None:
        self._connector = connector
        self._politeness = politeness
        self._clock = clock
        self._deadline = deadline
        self._default_limit = default_limit
        # One pool per host, and room for the hosts of a whole run: connections to a host
        # stay open for its next request instead of being evicted by other hosts' pools.
        super().__init__(pool_connections=64, pool_maxsize=pool_maxsize)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        self.poolmanager = _CheckedPoolManager(
            self._connector, num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs,
        )

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        url = request.url or ""
        record = _exchange.get() or Exchange(self._default_limit)
        with self._politeness.slot(urlsplit(url).hostname or "", url):
            started = self._clock.monotonic()
            response = super().send(request, stream=True, timeout=timeout, verify=verify,
                                    cert=cert, proxies=proxies)
            try:
                _load_body(response, url, record.limit, self._deadline, _read_timeout(timeout))
            except BaseException:
                _discard(response)
                raise
            record.network_seconds += self._clock.monotonic() - started
        return response


def _read_timeout(timeout: float | tuple[float, float] | tuple[float, None] | None) -> float | None:
    return timeout[1] if isinstance(timeout, tuple) else timeout


def _load_body(response: requests.Response, url: str, limit: BodyLimit, deadline: Deadline,
               read_timeout: float | None) -> None:
    raw = response.raw
    declared = response.headers.get("Content-Length", "")
    if not limit.truncate and declared.isdigit() and int(declared) > limit.max_bytes:
        raise too_large(url, limit, f"it declares {_size(int(declared))}")
    chunks: list[bytes] = []
    size = 0
    truncated = False
    try:
        decoder = BodyDecoder(response.headers.get("Content-Encoding"))
        while True:
            if deadline.expired():
                raise deadline.error(url, "reading")
            # Undecoded: urllib3 would inflate a cut-off gzip stream without a word.
            wire = raw.read1(_CHUNK_BYTES, decode_content=False)
            if not wire:
                decoder.finish()
                break
            chunk = decoder.feed(wire, limit.max_bytes - size)
            size += len(chunk)
            if size > limit.max_bytes:
                if not limit.truncate:
                    raise too_large(url, limit, "reading stopped at the cap")
                chunks.append(chunk[: len(chunk) - (size - limit.max_bytes)])
                truncated = True
                break
            chunks.append(chunk)
    except IncompleteBodyError as exc:
        raise FetchError("incomplete-body", f"the body of {url} is incomplete: {exc}",
                         url) from exc
    except urllib3.exceptions.ReadTimeoutError as exc:
        waited = f" (nothing for {read_timeout:g} s, network.read_timeout)" if read_timeout else ""
        raise FetchError("timeout", f"reading the body of {url} timed out{waited}", url) from exc
    except urllib3.exceptions.SSLError as exc:
        raise FetchError("tls", f"the secure connection broke while reading {url}: {exc}",
                         url) from exc
    except urllib3.exceptions.ProtocolError as exc:
        raise FetchError("incomplete-body", f"the body of {url} is incomplete: the connection "
                         f"ended early ({_first_line(exc)})", url) from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise FetchError("connection", f"the connection broke while reading {url}: "
                         f"{_first_line(exc)}", url) from exc
    # requests' own markers for "the body has been read": the cache and Response.content use it.
    loaded: Any = response
    loaded._content = b"".join(chunks)
    loaded._content_consumed = True
    if truncated:
        raw.close()  # the rest is unread: the connection cannot serve another request
    response.close()  # returns a fully read connection to the pool


def _discard(response: requests.Response) -> None:
    if response.raw is not None:
        response.raw.close()
    response.close()


def too_large(url: str, limit: BodyLimit, evidence: str) -> FetchError:
    setting = f" ({limit.setting})" if limit.setting else ""
    return FetchError(
        "too-large",
        f"{url} is larger than the {_size(limit.max_bytes)} cap{setting}: {evidence}",
        url,
    )


def _size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.3g} MB"
    if count >= 1_000:
        return f"{count / 1_000:.3g} kB"
    return f"{count} bytes"


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__

