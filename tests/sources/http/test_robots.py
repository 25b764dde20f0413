"""robots.txt: RFC 9309 status semantics, rules honoured, one fetch per origin per run."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from presence_audit.sources.http import FetchError
from presence_audit.sources.http.robots import robots_url_for

RULES = "User-agent: *\nDisallow: /private\n\nUser-agent: presence-audit\nDisallow: /drafts\n"


def robots(server: HTTPServer, body: str = RULES, status: int = 200) -> None:
    server.expect_request("/robots.txt").respond_with_data(body, status=status,
                                                           content_type="text/plain")


def pages(server: HTTPServer, *paths: str) -> None:
    for path in paths:
        server.expect_request(path).respond_with_data("<p/>", content_type="text/html")


def count(server: HTTPServer, path: str) -> int:
    return sum(request.path == path for request, _ in server.log)


def test_disallowed_paths_are_not_fetched(server: HTTPServer, make_client: Any) -> None:
    robots(server)
    pages(server, "/", "/drafts/cv")
    client = make_client(respect_robots=True)
    assert client.get(server.url_for("/")).status == 200
    with pytest.raises(FetchError) as raised:
        client.get(server.url_for("/drafts/cv"))
    assert raised.value.kind == "blocked-by-robots"
    assert raised.value.message == (
        f"robots.txt of 127.0.0.1:{server.port} disallows /drafts/cv for presence-audit")
    assert count(server, "/drafts/cv") == 0


def test_the_most_specific_group_applies(server: HTTPServer, make_client: Any) -> None:
    robots(server)
    client = make_client(respect_robots=True)
    # Our own group replaces the * group: /private is only disallowed for other agents.
    assert client.robots(server.url_for("/private")).allowed
    verdict = client.robots(server.url_for("/"))
    assert verdict.allowed
    assert verdict.reason == "robots.txt allows / for presence-audit"
    assert verdict.robots_url == server.url_for("/robots.txt")


def test_a_missing_robots_txt_allows_everything(server: HTTPServer, make_client: Any) -> None:
    robots(server, "gone", status=404)
    pages(server, "/anything")
    client = make_client(respect_robots=True)
    verdict = client.robots(server.url_for("/anything"))
    assert verdict.allowed
    assert verdict.reason == (
        f"robots.txt of 127.0.0.1:{server.port} answered 404: everything allowed")
    assert client.get(server.url_for("/anything")).status == 200


@pytest.mark.parametrize("status", [500, 503])
def test_a_failing_robots_txt_disallows_everything(status: int, server: HTTPServer,
                                                   make_client: Any) -> None:
    robots(server, "oops", status=status)
    pages(server, "/")
    client = make_client(respect_robots=True, retries=0)
    verdict = client.robots(server.url_for("/"))
    assert not verdict.allowed
    assert verdict.reason.endswith(f"answered {status}: treated as disallowed")
    with pytest.raises(FetchError) as raised:
        client.get(server.url_for("/"))
    assert raised.value.kind == "blocked-by-robots"
    assert count(server, "/") == 0


def test_a_rate_limited_robots_txt_is_a_failure_to_read_it(server: HTTPServer,
                                                           make_client: Any) -> None:
    robots(server, "slow down", status=429)
    pages(server, "/")
    client = make_client(respect_robots=True, retries=0)
    verdict = client.robots(server.url_for("/"))
    assert not verdict.allowed
    assert verdict.reason.endswith("answered 429: treated as disallowed")
    with pytest.raises(FetchError) as raised:
        client.get(server.url_for("/"))
    # Not "blocked by robots.txt": the rules were never read.
    assert (raised.value.kind, raised.value.status) == ("bad-status", 429)
    assert "answered HTTP 429 (Too Many Requests)" in raised.value.message
    assert raised.value.url == server.url_for("/")
    assert count(server, "/") == 0


def test_an_unreachable_robots_txt_disallows_and_says_why(make_client: Any) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = make_client(respect_robots=True, retries=0)
    verdict = client.robots(f"http://127.0.0.1:{port}/")
    assert not verdict.allowed
    assert verdict.reason == (
        f"robots.txt of 127.0.0.1:{port} unreachable (connection): treated as disallowed")
    with pytest.raises(FetchError) as raised:
        client.get(f"http://127.0.0.1:{port}/")
    # The page is not requested either; its error says why the host could not be read.
    assert raised.value.kind == "connection"
    assert raised.value.message == "could not connect to 127.0.0.1: connection refused"


def test_robots_txt_is_fetched_once_per_origin(server: HTTPServer, make_client: Any) -> None:
    robots(server)
    pages(server, "/a", "/b", "/c")
    client = make_client(respect_robots=True)
    urls = [server.url_for(p) for p in ("/a", "/b", "/c")] * 3
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        assert [r.status for r in pool.map(client.get, urls)] == [200] * len(urls)
    assert count(server, "/robots.txt") == 1
    client.get(f"http://localhost:{server.port}/a")  # another origin, its own robots.txt
    assert count(server, "/robots.txt") == 2


def test_redirects_of_robots_txt_are_followed(server: HTTPServer, make_client: Any) -> None:
    server.expect_request("/robots.txt").respond_with_data(
        "", status=301, headers={"Location": "/moved-robots.txt"})
    server.expect_request("/moved-robots.txt").respond_with_data("User-agent: *\nDisallow: /")
    verdict = make_client(respect_robots=True).robots(server.url_for("/x"))
    assert not verdict.allowed


def test_robots_can_be_ignored_by_config_or_per_call(server: HTTPServer,
                                                     make_client: Any) -> None:
    robots(server, "User-agent: *\nDisallow: /\n")
    pages(server, "/")
    assert make_client(respect_robots=False).get(server.url_for("/")).status == 200
    assert make_client(respect_robots=True).get(server.url_for("/"),
                                                check_robots=False).status == 200
    assert count(server, "/robots.txt") == 0


def test_images_obey_robots_too(server: HTTPServer, make_client: Any) -> None:
    robots(server, "User-agent: *\nDisallow: /img/\n")
    with pytest.raises(FetchError) as raised:
        make_client(respect_robots=True).get(server.url_for("/img/og.png"), accept=("image/*",))
    assert raised.value.kind == "blocked-by-robots"


def test_a_huge_robots_txt_is_read_up_to_its_cap(server: HTTPServer, make_client: Any) -> None:
    filler = "# padding\n" * 60_000  # 600 kB, more than the 512 KiB read
    robots(server, "User-agent: *\nDisallow: /secret\n" + filler + "Disallow: /late\n")
    client = make_client(respect_robots=True, max_bytes=10_000)
    assert not client.robots(server.url_for("/secret")).allowed
    assert client.robots(server.url_for("/late")).allowed  # past the cap, unread


@pytest.mark.parametrize(("url", "robots_url"), [
    ("https://Ada.Example/about?x=1#top", "https://ada.example/robots.txt"),
    ("http://ada.example:80/", "http://ada.example/robots.txt"),
    ("http://ada.example:8080/a", "http://ada.example:8080/robots.txt"),
    ("http://[::1]:8000/", "http://[::1]:8000/robots.txt"),
])
def test_robots_url_per_origin(url: str, robots_url: str) -> None:
    assert robots_url_for(url) == robots_url
