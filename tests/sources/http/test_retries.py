"""Retries, back-off, Retry-After, timeouts and the run's deadline, against a real server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as ServerResponse

from presence_audit.sources.http import FetchError
from presence_audit.sources.http.retry import backoff_seconds, retry_after_seconds
from presence_audit.sources.http.timing import SystemClock


def answers(*responses: ServerResponse) -> Callable[[Request], ServerResponse]:
    """A handler giving ``responses`` in turn, then the last one again."""
    queue = list(responses)

    def handler(request: Request) -> ServerResponse:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


def page(status: int = 200, **headers: str) -> ServerResponse:
    return ServerResponse("<html>ok</html>", status=status, content_type="text/html",
                          headers=headers)


def test_server_errors_are_retried_with_exponential_backoff(
    server: HTTPServer, make_client: Any, clock: Any,
) -> None:
    server.expect_request("/").respond_with_handler(answers(page(503), page(502), page(200)))
    response = make_client(retries=2).get(server.url_for("/"))
    assert response.status == 200
    assert len(server.log) == 3
    assert clock.sleeps == [0.5, 1.0]  # jitter 0: half of 1 s, then half of 2 s


def test_client_errors_are_not_retried(server: HTTPServer, make_client: Any,
                                       clock: Any) -> None:
    server.expect_request("/").respond_with_handler(answers(page(404)))
    with pytest.raises(FetchError) as raised:
        make_client(retries=3).get(server.url_for("/"))
    assert (raised.value.kind, raised.value.status) == ("bad-status", 404)
    assert "HTTP 404 (Not Found)" in raised.value.message
    assert len(server.log) == 1
    assert clock.sleeps == []


def test_retries_exhausted_end_in_bad_status_with_the_count(server: HTTPServer,
                                                            make_client: Any) -> None:
    server.expect_request("/").respond_with_handler(answers(page(500)))
    with pytest.raises(FetchError) as raised:
        make_client(retries=1).get(server.url_for("/"))
    assert (raised.value.kind, raised.value.status) == ("bad-status", 500)
    assert "after 2 attempts" in raised.value.message
    assert len(server.log) == 2


def test_non_standard_statuses_are_bad_status_too(server: HTTPServer,
                                                  make_client: Any) -> None:
    server.expect_request("/in/ada").respond_with_handler(answers(page(999)))
    with pytest.raises(FetchError) as raised:
        make_client().get(server.url_for("/in/ada"))
    assert (raised.value.kind, raised.value.status) == ("bad-status", 999)
    assert "non-standard" in raised.value.message


def test_retry_after_in_seconds_is_honoured(server: HTTPServer, make_client: Any,
                                            clock: Any) -> None:
    server.expect_request("/").respond_with_handler(
        answers(page(429, **{"Retry-After": "7"}), page(200)))
    assert make_client(retries=1).get(server.url_for("/")).status == 200
    assert clock.sleeps == [7.0]


def test_retry_after_as_an_http_date_is_honoured(server: HTTPServer, make_client: Any,
                                                 clock: Any) -> None:
    when = formatdate(clock.time() + 12, usegmt=True)
    server.expect_request("/").respond_with_handler(
        answers(page(503, **{"Retry-After": when}), page(200)))
    assert make_client(retries=1).get(server.url_for("/")).status == 200
    assert clock.sleeps == [pytest.approx(12.0, abs=1.0)]


def test_a_retry_after_beyond_the_cap_gives_up_at_once(server: HTTPServer, make_client: Any,
                                                       clock: Any) -> None:
    server.expect_request("/").respond_with_handler(
        answers(page(429, **{"Retry-After": "3600"}), page(200)))
    with pytest.raises(FetchError) as raised:
        make_client(retries=3, retry_after_cap_seconds=60).get(server.url_for("/"))
    assert (raised.value.kind, raised.value.status) == ("bad-status", 429)
    assert "3600 s" in raised.value.message and "60 s cap" in raised.value.message
    assert len(server.log) == 1
    assert clock.sleeps == []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_errors_are_retried_then_reported(make_client: Any, clock: Any) -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    with pytest.raises(FetchError) as raised:
        make_client(retries=2).get(url)
    assert raised.value.kind == "connection"
    assert "connection refused" in raised.value.message
    assert clock.sleeps == [0.5, 1.0]


def slow_page(release: threading.Event) -> Callable[[Request], ServerResponse]:
    def handler(request: Request) -> ServerResponse:
        release.wait(5.0)
        return page()
    return handler


def let_finish(server: HTTPServer, release: threading.Event, requests: int) -> None:
    """Let held-back answers go, so that none lands in the next test's server log."""
    release.set()
    give_up = time.monotonic() + 5.0
    while len(server.log) < requests and time.monotonic() < give_up:
        time.sleep(0.01)


def test_a_read_timeout_is_a_timeout_and_is_not_retried(server: HTTPServer,
                                                        make_client: Any) -> None:
    release = threading.Event()
    server.expect_request("/").respond_with_handler(slow_page(release))
    with pytest.raises(FetchError) as raised:
        make_client(read_timeout=0.2, retries=2).get(server.url_for("/"))
    assert raised.value.kind == "timeout"
    assert "0.2 s (network.read_timeout)" in raised.value.message
    let_finish(server, release, 1)
    assert len(server.log) == 1


def test_nothing_is_sent_once_the_deadline_has_passed(server: HTTPServer, make_client: Any,
                                                      clock: Any) -> None:
    server.expect_request("/").respond_with_data("ok")
    client = make_client(deadline_seconds=30)
    clock.advance(31)
    with pytest.raises(FetchError) as raised:
        client.get(server.url_for("/"))
    assert raised.value.kind == "deadline"
    assert "30 s network time budget (network.deadline_seconds)" in raised.value.message
    assert server.log == []


def test_a_slow_answer_is_cut_off_by_the_deadline(server: HTTPServer,
                                                  make_client: Any) -> None:
    release = threading.Event()
    server.expect_request("/").respond_with_handler(slow_page(release))
    client = make_client(deadline_seconds=0.3, read_timeout=5.0, clock=SystemClock())
    with pytest.raises(FetchError) as raised:
        client.get(server.url_for("/"))
    assert raised.value.kind == "deadline"  # not a timeout: the 5 s read timeout was cut short
    let_finish(server, release, 1)


def test_a_retry_that_would_pass_the_deadline_is_not_waited_for(
    server: HTTPServer, make_client: Any, clock: Any,
) -> None:
    server.expect_request("/").respond_with_handler(
        answers(page(503, **{"Retry-After": "50"}), page(200)))
    with pytest.raises(FetchError) as raised:
        make_client(retries=2, deadline_seconds=20).get(server.url_for("/"))
    assert raised.value.kind == "deadline"
    assert "last: HTTP 503" in raised.value.message
    assert clock.sleeps == []


@pytest.mark.parametrize(("header", "seconds"), [
    ("120", 120.0), (" 5 ", 5.0), ("Thu, 01 Jan 1970 00:00:10 GMT", 0.0), ("soon", None),
    (None, None), ("-3", None),
])
def test_retry_after_parsing(header: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(header, now=100.0) == seconds


def test_backoff_grows_and_is_jittered_within_bounds() -> None:
    assert [backoff_seconds(n, 0.0) for n in range(4)] == [0.5, 1.0, 2.0, 4.0]
    assert [backoff_seconds(n, 0.999) for n in range(2)] == pytest.approx([1.0, 2.0], abs=0.01)
    assert backoff_seconds(20, 0.999) <= 30.0

