"""The HTTP cache: hits make no request, stale entries revalidate, secrets never land on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from requests_cache.backends.sqlite import SQLiteCache
from werkzeug import Request
from werkzeug import Response as ServerResponse


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "http.sqlite"


def cached(make_client: Any, cache_file: Path, **overrides: Any) -> Any:
    return make_client(cache=True, cache_path=str(cache_file), **overrides)


def conditional(validator: str, value: str,
                seen: list[str | None]) -> Callable[[Request], ServerResponse]:
    """A page carrying ``validator`` (ETag or Last-Modified) that answers 304 when matched."""
    condition = {"ETag": "If-None-Match", "Last-Modified": "If-Modified-Since"}[validator]

    def handler(request: Request) -> ServerResponse:
        asked = request.headers.get(condition)
        seen.append(asked)
        if asked == value:
            return ServerResponse(status=304, headers={validator: value})
        return ServerResponse("<title>Ada</title>", content_type="text/html",
                              headers={validator: value})

    return handler


def test_a_second_run_within_the_ttl_makes_no_request(server: HTTPServer, make_client: Any,
                                                      cache_file: Path) -> None:
    server.expect_request("/").respond_with_data("<title>Ada</title>", content_type="text/html")
    first = cached(make_client, cache_file).get(server.url_for("/"))
    first_client_count = len(server.log)
    second = cached(make_client, cache_file).get(server.url_for("/"))  # a new run
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.body == first.body and second.content_type == "text/html"
    assert len(server.log) == first_client_count == 1


def test_a_cache_hit_does_not_wait_for_politeness(server: HTTPServer, make_client: Any,
                                                  cache_file: Path, clock: Any) -> None:
    server.expect_request("/").respond_with_data("ok")
    client = cached(make_client, cache_file, min_interval_seconds=5)
    client.get(server.url_for("/"))
    client.get(server.url_for("/"))
    assert clock.sleeps == []
    assert len(server.log) == 1


@pytest.mark.parametrize(("validator", "value"), [
    ("ETag", '"v1"'), ("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT"),
])
def test_a_stale_entry_is_revalidated_with_a_conditional_request(
    validator: str, value: str, server: HTTPServer, make_client: Any, cache_file: Path,
) -> None:
    seen: list[str | None] = []
    server.expect_request("/").respond_with_handler(conditional(validator, value, seen))
    cached(make_client, cache_file, cache_ttl_seconds=0).get(server.url_for("/"))
    again = cached(make_client, cache_file, cache_ttl_seconds=0).get(server.url_for("/"))
    assert seen == [None, value]
    assert [response.status_code for _, response in server.log] == [200, 304]
    assert again.status == 200 and again.from_cache
    assert again.text() == "<title>Ada</title>"


def test_no_cache_makes_every_request_and_writes_nothing(server: HTTPServer, make_client: Any,
                                                         cache_file: Path) -> None:
    server.expect_request("/").respond_with_data("ok")
    for _ in range(2):
        client = cached(make_client, cache_file, use_cache=False)
        assert not client.get(server.url_for("/")).from_cache
    assert len(server.log) == 2
    assert not cache_file.exists()


def test_the_cache_can_be_switched_off_in_config(server: HTTPServer, make_client: Any,
                                                 cache_file: Path) -> None:
    server.expect_request("/").respond_with_data("ok")
    for _ in range(2):
        make_client(cache=False, cache_path=str(cache_file)).get(server.url_for("/"))
    assert len(server.log) == 2
    assert not cache_file.exists()


def test_requests_with_credentials_bypass_the_cache(server: HTTPServer, make_client: Any,
                                                    cache_file: Path) -> None:
    server.expect_request("/api").respond_with_data('{"ok": 1}', content_type="application/json")
    server.expect_request("/public").respond_with_data("public page")
    client = cached(make_client, cache_file)
    for _ in range(2):
        response = client.get(server.url_for("/api"),
                              headers={"X-Subscription-Token": "tok-8c1f5e"})
        assert not response.from_cache
    client.get(server.url_for("/public"))
    client.close()
    assert [request.path for request, _ in server.log] == ["/api", "/api", "/public"]
    backend = SQLiteCache(cache_file, serializer="json")
    assert [response.url for response in backend.responses.values()] == [
        server.url_for("/public")]
    backend.close()
    assert b"tok-8c1f5e" not in cache_file.read_bytes()


def test_accept_only_headers_are_still_cached(server: HTTPServer, make_client: Any,
                                              cache_file: Path) -> None:
    server.expect_request("/user").respond_with_data("{}", content_type="application/json")
    client = cached(make_client, cache_file)
    for _ in range(2):
        client.get(server.url_for("/user"), headers={"Accept": "application/vnd.github+json"})
    assert len(server.log) == 1


def test_an_answer_for_another_media_type_is_not_reused(server: HTTPServer, make_client: Any,
                                                        cache_file: Path) -> None:
    server.expect_request("/").respond_with_data("<p/>", content_type="text/html")
    client = cached(make_client, cache_file)
    client.get(server.url_for("/"), accept=("text/html",))
    client.get(server.url_for("/"), accept=("application/json", "text/html"))
    assert len(server.log) == 2


def test_errors_are_not_cached(server: HTTPServer, make_client: Any, cache_file: Path) -> None:
    server.expect_request("/").respond_with_data("busy", status=503)
    client = cached(make_client, cache_file, retries=0)
    for _ in range(2):
        with pytest.raises(Exception, match="503"):
            client.get(server.url_for("/"))
    assert len(server.log) == 2


def test_an_unusable_cache_file_degrades_to_no_cache(server: HTTPServer, make_client: Any,
                                                     tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "not-a-db.sqlite"
    broken.write_bytes(b"this is not an SQLite database, not even close" * 100)
    server.expect_request("/").respond_with_data("ok")
    client = make_client(cache=True, cache_path=str(broken))
    assert client.get(server.url_for("/")).body == b"ok"
    assert "HTTP cache" in caplog.text


def test_threads_share_one_cache_file_safely(server: HTTPServer, make_client: Any,
                                             cache_file: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    for n in range(10):
        server.expect_request(f"/{n}").respond_with_data(f"page {n}")
    urls = [server.url_for(f"/{n % 10}") for n in range(80)]
    client = cached(make_client, cache_file, per_host_concurrency=2, workers=8)
    with ThreadPoolExecutor(max_workers=8) as pool:
        bodies = list(pool.map(lambda url: client.get(url).body, urls))
    assert bodies == [f"page {n % 10}".encode() for n in range(80)]
    assert len(server.log) <= 20  # each page at most once per thread that raced for it


def test_a_missing_page_is_asked_again_on_the_next_run(server: HTTPServer, make_client: Any,
                                                       cache_file: Path) -> None:
    # The user fixes the page and re-runs at once: a cached 404 would report it still broken.
    from presence_audit.sources.http import FetchError

    server.expect_ordered_request("/").respond_with_data("gone", status=404)
    server.expect_ordered_request("/").respond_with_data("<title>Ada</title>",
                                                         content_type="text/html")
    with pytest.raises(FetchError):
        cached(make_client, cache_file).get(server.url_for("/"))
    fixed = cached(make_client, cache_file).get(server.url_for("/"))
    assert fixed.status == 200 and not fixed.from_cache
