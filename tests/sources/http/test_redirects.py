"""Redirects: followed hop by hop, capped, loop-checked, re-validated, headers kept at home."""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as ServerResponse

from presence_audit.sources.http import FetchError
from presence_audit.sources.http.netguard import AddressPolicy


def redirect(server: HTTPServer, path: str, location: str, status: int = 302) -> None:
    server.expect_request(path).respond_with_data("", status=status,
                                                  headers={"Location": location})


def html(server: HTTPServer, path: str, body: str = "<p>home</p>") -> None:
    server.expect_request(path).respond_with_data(body, content_type="text/html")


def test_redirects_are_followed_and_recorded(server: HTTPServer, make_client: Any) -> None:
    redirect(server, "/old", "/older", 301)
    redirect(server, "/older", server.url_for("/new"), 308)
    html(server, "/new")
    response = make_client().get(server.url_for("/old"))
    assert response.url == server.url_for("/new")
    assert response.redirects == (server.url_for("/old"), server.url_for("/older"))
    assert response.text() == "<p>home</p>"


def test_more_redirects_than_the_cap_fail(server: HTTPServer, make_client: Any) -> None:
    for hop in range(4):
        redirect(server, f"/{hop}", f"/{hop + 1}")
    html(server, "/4")
    assert make_client(max_redirects=4).get(server.url_for("/0")).url.endswith("/4")
    server.log.clear()
    with pytest.raises(FetchError) as raised:
        make_client(max_redirects=3).get(server.url_for("/0"))
    assert raised.value.kind == "too-many-redirects"
    assert "more than 3 times (network.max_redirects)" in raised.value.message
    assert [request.path for request, _ in server.log] == ["/0", "/1", "/2", "/3"]


def test_a_redirect_loop_is_detected(server: HTTPServer, make_client: Any) -> None:
    redirect(server, "/a", "/b")
    redirect(server, "/b", "/a")
    with pytest.raises(FetchError) as raised:
        make_client().get(server.url_for("/a"))
    assert raised.value.kind == "redirect-loop"
    assert "/a → " in raised.value.message and raised.value.message.endswith("/a")
    assert len(server.log) == 2


@pytest.mark.parametrize("target", ["ftp://files.example.org/cv.pdf", "file:///etc/passwd",
                                    "gopher://127.0.0.1:70/", "javascript:alert(1)"])
def test_a_redirect_to_another_scheme_is_refused(server: HTTPServer, make_client: Any,
                                                 target: str) -> None:
    redirect(server, "/download", target)
    with pytest.raises(FetchError) as raised:
        make_client().get(server.url_for("/download"))
    # The server's doing, not the user's: a fetch error of this source, not a usage error.
    assert raised.value.kind == "bad-redirect"
    assert target in raised.value.message
    assert "redirected from" in raised.value.message


def test_credentials_in_a_redirect_never_reach_the_message(server: HTTPServer,
                                                           make_client: Any) -> None:
    redirect(server, "/go", "ftp://ada:hunter2@files.example.org/cv.pdf")
    with pytest.raises(FetchError) as raised:
        make_client().get(server.url_for("/go"))
    assert raised.value.kind == "bad-redirect"
    assert raised.value.url == "ftp://files.example.org/cv.pdf"
    assert "hunter2" not in raised.value.message


def test_a_redirect_to_a_private_address_is_refused(server: HTTPServer,
                                                    make_client: Any) -> None:
    # The server itself is let through; the hop to another loopback address is not.
    only_this_server = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    redirect(server, "/go", f"http://127.0.0.2:{server.port}/admin")
    client = make_client(allow_private=False, address_policy=only_this_server)
    with pytest.raises(FetchError) as raised:
        client.get(server.url_for("/go"))
    assert raised.value.kind == "refused-private-address"
    assert "127.0.0.2 is a loopback address" in raised.value.message
    assert [request.path for request, _ in server.log] == ["/go"]


def test_a_redirect_to_the_metadata_service_is_refused_before_connecting(
    server: HTTPServer, make_client: Any,
) -> None:
    redirect(server, "/go", "http://0xA9FEA9FE/latest/meta-data/")
    policy = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    with pytest.raises(FetchError) as raised:
        make_client(allow_private=False, address_policy=policy).get(server.url_for("/go"))
    assert raised.value.kind == "refused-private-address"
    assert "cloud metadata service" in raised.value.message


def record_headers(seen: list[dict[str, str]]) -> Any:
    def handler(request: Request) -> ServerResponse:
        seen.append(dict(request.headers))
        return ServerResponse("{}", content_type="application/json")
    return handler


def test_custom_headers_stay_on_the_original_host(server: HTTPServer,
                                                  make_client: Any) -> None:
    seen: list[dict[str, str]] = []
    redirect(server, "/api", f"http://localhost:{server.port}/elsewhere")
    redirect(server, "/api2", "/here")
    server.expect_request("/elsewhere").respond_with_handler(record_headers(seen))
    server.expect_request("/here").respond_with_handler(record_headers(seen))
    client = make_client()
    token = {"X-Subscription-Token": "s3cret", "Authorization": "Bearer s3cret"}
    client.get(server.url_for("/api"), headers=token)
    client.get(server.url_for("/api2"), headers=token)
    across, same = seen
    assert "X-Subscription-Token" not in across and "Authorization" not in across
    assert same["X-Subscription-Token"] == "s3cret" and same["Authorization"] == "Bearer s3cret"
    first_hop, _ = server.log[0]
    assert first_hop.headers["X-Subscription-Token"] == "s3cret"


def test_without_following_a_redirect_is_returned(server: HTTPServer,
                                                  make_client: Any) -> None:
    redirect(server, "/in/ada", "/authwall?trk=x")
    response = make_client().get(server.url_for("/in/ada"), accept=("text/html",),
                                 follow_redirects=False)
    assert response.status == 302
    assert response.headers["location"] == "/authwall?trk=x"
    assert response.redirects == ()
    assert len(server.log) == 1


@pytest.mark.parametrize(("url", "words"), [
    ("ftp://example.org/", "not an http or https URL"),
    ("javascript:alert(1)", "not an http or https URL"),
    ("https://ada:hunter2@example.org/", "carries a user name or password"),
    ("http://[::1/", "not a valid URL"),
    ("https:///nohost", "not a valid URL"),
    ("https://ada:hunter2@/nohost", "not a valid URL"),
    ("https://ada:hunter2@[::1/", "not a valid URL"),
    ("ftp://ada:hunter2@example.org/", "not an http or https URL"),
])
def test_urls_that_are_never_fetched(url: str, words: str, make_client: Any) -> None:
    with pytest.raises(FetchError) as raised:
        make_client().get(url)
    assert raised.value.kind == "bad-url"
    assert words in raised.value.message
    assert "hunter2" not in raised.value.message and "hunter2" not in raised.value.url
