"""Body cap, content type, and politeness as a server sees it (in flight, intervals)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as ServerResponse

from presence_audit.sources.http import FetchError

CAP = 10_000  # the smallest network.max_bytes allowed


def test_a_body_over_the_cap_is_refused_from_its_declared_length(
    server: HTTPServer, make_client: Any,
) -> None:
    server.expect_request("/big").respond_with_data("x" * (CAP + 1), content_type="text/html")
    with pytest.raises(FetchError) as raised:
        make_client(max_bytes=CAP).get(server.url_for("/big"))
    assert raised.value.kind == "too-large"
    assert "10 kB cap (network.max_bytes)" in raised.value.message


def test_a_streamed_body_over_the_cap_is_cut_off(server: HTTPServer, make_client: Any) -> None:
    def endless(request: Request) -> ServerResponse:
        def chunks() -> Iterator[bytes]:
            for _ in range(1000):  # 4 MB if nobody stops reading
                yield b"y" * 4096
        return ServerResponse(chunks(), content_type="text/html")  # no Content-Length

    server.expect_request("/stream").respond_with_handler(endless)
    with pytest.raises(FetchError) as raised:
        make_client(max_bytes=CAP).get(server.url_for("/stream"))
    assert raised.value.kind == "too-large"
    assert "reading stopped at the cap" in raised.value.message


def test_a_per_call_cap_overrides_the_configured_one(server: HTTPServer,
                                                     make_client: Any) -> None:
    server.expect_request("/photo.jpg").respond_with_data(b"\xff\xd8" + b"\0" * 3000,
                                                          content_type="image/jpeg")
    client = make_client(max_bytes=CAP)
    assert len(client.get(server.url_for("/photo.jpg"), max_bytes=4000).body) == 3002
    with pytest.raises(FetchError) as raised:
        client.get(server.url_for("/photo.jpg"), max_bytes=2000)
    assert raised.value.kind == "too-large"
    assert "2 kB cap" in raised.value.message
    assert "network.max_bytes" not in raised.value.message


def test_a_body_under_the_cap_arrives_whole(server: HTTPServer, make_client: Any) -> None:
    server.expect_request("/").respond_with_data("z" * (CAP - 1), content_type="text/html")
    assert make_client(max_bytes=CAP).get(server.url_for("/")).body == b"z" * (CAP - 1)


def test_gzip_bodies_are_capped_after_decompression(server: HTTPServer,
                                                    make_client: Any) -> None:
    import gzip

    bomb = gzip.compress(b"a" * 200_000)
    server.expect_request("/gz").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as raised:
        make_client(max_bytes=CAP).get(server.url_for("/gz"))
    assert raised.value.kind == "too-large"


def test_an_unexpected_content_type_is_not_html(server: HTTPServer, make_client: Any) -> None:
    server.expect_request("/").respond_with_data(b"\x89PNG", content_type="image/png")
    with pytest.raises(FetchError) as raised:
        make_client().get(server.url_for("/"), accept=("text/html", "application/xhtml+xml"))
    assert raised.value.kind == "not-html"
    assert "expected text/html or application/xhtml+xml, got image/png" in raised.value.message


def test_accept_admits_listed_types_and_wildcards(server: HTTPServer, make_client: Any) -> None:
    server.expect_request("/og.png").respond_with_data(b"\x89PNG", content_type="image/png")
    server.expect_request("/").respond_with_data(
        "<p/>", content_type="application/xhtml+xml; charset=iso-8859-1")
    client = make_client()
    image = client.get(server.url_for("/og.png"), accept=("image/*",))
    assert image.content_type == "image/png"
    page = client.get(server.url_for("/"), accept=("text/html", "application/xhtml+xml"))
    assert (page.content_type, page.encoding) == ("application/xhtml+xml", "iso-8859-1")
    request, _ = server.log[1]
    assert request.headers["Accept"].startswith("text/html, application/xhtml+xml")


def test_a_missing_content_type_is_reported_as_such(server: HTTPServer,
                                                    make_client: Any) -> None:
    untyped = ServerResponse(b"?")
    del untyped.headers["Content-Type"]
    server.expect_request("/").respond_with_response(untyped)
    with pytest.raises(FetchError, match="got no content type"):
        make_client().get(server.url_for("/"), accept=("text/html",))


def fetch_all(client: Any, urls: list[str]) -> list[int]:
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        return [response.status for response in pool.map(client.get, urls)]


def test_no_more_than_two_requests_are_in_flight_per_host(
    server: HTTPServer, make_client: Any, in_flight: Any,
) -> None:
    handler = in_flight(delay=0.15)
    server.expect_request("/slow").respond_with_handler(handler)
    statuses = fetch_all(make_client(per_host_concurrency=2, workers=8),
                         [server.url_for("/slow")] * 6)
    assert statuses == [200] * 6
    assert handler.peak == {f"127.0.0.1:{server.port}": 2}


def test_the_global_limit_holds_across_hosts(server: HTTPServer, make_client: Any,
                                             in_flight: Any) -> None:
    handler = in_flight(delay=0.1)
    server.expect_request("/slow").respond_with_handler(handler)
    urls = [server.url_for("/slow"), f"http://localhost:{server.port}/slow"] * 2
    assert fetch_all(make_client(per_host_concurrency=2, workers=1), urls) == [200] * 4
    assert handler.total_peak == 1
    assert set(handler.peak) == {f"127.0.0.1:{server.port}", f"localhost:{server.port}"}


def test_requests_to_one_host_start_at_least_the_interval_apart(
    server: HTTPServer, make_client: Any, clock: Any,
) -> None:
    server.expect_request("/").respond_with_data("ok")
    client = make_client(min_interval_seconds=1.5)
    for _ in range(3):
        client.get(server.url_for("/"))
    assert clock.sleeps == [1.5, 1.5]
    client.get(f"http://localhost:{server.port}/")  # another host: no wait
    assert clock.sleeps == [1.5, 1.5]


def test_no_cookie_is_kept_or_sent(server: HTTPServer, make_client: Any) -> None:
    server.expect_request("/").respond_with_data(
        "ok", headers={"Set-Cookie": "session=abc123; Path=/"})
    client = make_client()
    client.get(server.url_for("/"))
    client.get(server.url_for("/"))
    second, _ = server.log[1]
    assert "Cookie" not in second.headers


def test_the_user_agent_names_the_tool_and_cannot_be_replaced(server: HTTPServer,
                                                              make_client: Any) -> None:
    from presence_audit import USER_AGENT

    server.expect_request("/").respond_with_data("ok")
    client = make_client()
    client.get(server.url_for("/"))
    request, _ = server.log[0]
    assert request.headers["User-Agent"] == USER_AGENT
    with pytest.raises(ValueError, match="User-Agent"):
        client.get(server.url_for("/"), headers={"User-Agent": "Mozilla/5.0"})


def test_elapsed_time_leaves_out_robots_txt_and_politeness_waits(
    server: HTTPServer, make_client: Any, clock: Any,
) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data("ok")
    response = make_client(respect_robots=True, min_interval_seconds=1.5).get(
        server.url_for("/"))
    assert clock.sleeps == [1.5]  # the page waited after robots.txt …
    assert response.elapsed_ms == 0  # … but only network time counts (the fake clock's is 0)
