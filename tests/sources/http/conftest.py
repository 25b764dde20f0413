"""Fixtures for the HTTP layer's end-to-end tests: real sockets on 127.0.0.1, no real waiting.

Servers are threaded so that concurrency limits can be observed from the server's side; waits
(politeness intervals, retry back-off) go to a fake clock that records them instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as ServerResponse

from presence_audit.config.schema import NetworkConfig
from presence_audit.sources.http import HttpClient


class FakeClock:
    """A clock whose time moves only when someone sleeps; it records every sleep."""

    def __init__(self, wall: float = 1_800_000_000.0) -> None:
        self._now = 1000.0
        self._wall_offset = wall - self._now
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            return self._now

    def time(self) -> float:
        with self._lock:
            return self._now + self._wall_offset

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self._now += seconds

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


class InFlight:
    """A handler that answers after ``delay`` seconds and remembers the most requests it saw at
    once, per ``Host`` header."""

    def __init__(self, delay: float, body: str = "<html><title>ok</title></html>") -> None:
        self.delay = delay
        self.body = body
        self.now: dict[str, int] = {}
        self.peak: dict[str, int] = {}
        self.total_peak = 0
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> ServerResponse:
        host = request.headers.get("Host", "")
        with self._lock:
            self.now[host] = self.now.get(host, 0) + 1
            self.peak[host] = max(self.peak.get(host, 0), self.now[host])
            self.total_peak = max(self.total_peak, sum(self.now.values()))
        try:
            time.sleep(self.delay)
        finally:
            with self._lock:
                self.now[host] -= 1
        return ServerResponse(self.body, content_type="text/html")


def network(**overrides: Any) -> NetworkConfig:
    """Settings for tests against 127.0.0.1: private addresses allowed, nothing slowed down."""
    settings: dict[str, Any] = {
        "allow_private": True,
        "respect_robots": False,
        "min_interval_seconds": 0.0,
        "cache": False,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
    }
    settings.update(overrides)
    return NetworkConfig(**settings)


@pytest.fixture(scope="session")
def _running_server() -> Iterator[HTTPServer]:
    # One server for the session: stopping one takes half a second.
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.stop()


@pytest.fixture
def server(_running_server: HTTPServer) -> Iterator[HTTPServer]:
    """A threaded HTTP server on 127.0.0.1, with no handlers and an empty log."""
    _running_server.clear()
    yield _running_server
    _running_server.clear()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


MakeClient = Callable[..., HttpClient]


@pytest.fixture
def make_client(clock: FakeClock) -> Iterator[MakeClient]:
    """Build clients on the fake clock with ``network(**overrides)``; closed after the test."""
    clients: list[HttpClient] = []

    def make(*, use_cache: bool = True, **overrides: Any) -> HttpClient:
        options = {key: overrides.pop(key) for key in ("address_policy", "resolver", "clock")
                   if key in overrides}
        options.setdefault("clock", clock)
        client = HttpClient(network(**overrides), use_cache=use_cache, jitter=lambda: 0.0,
                            **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def in_flight() -> type[InFlight]:
    """The ``InFlight`` handler class, for tests that count concurrent requests."""
    return InFlight


@pytest.fixture
def requested(server: HTTPServer) -> Callable[[], list[str]]:
    """The paths the server has been asked for so far, in order."""
    return lambda: [request.path for request, _ in server.log]
