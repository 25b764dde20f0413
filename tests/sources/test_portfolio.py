"""The portfolio collector against real sockets: a local site on 127.0.0.1, no internet."""

from __future__ import annotations

import base64
import json
import os
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

import presence_audit
from helpers import FIXTURES
from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.checks.portfolio import indexable, reachable
from presence_audit.config.load import parse_config
from presence_audit.config.schema import NetworkConfig
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Finding, JSONDict, Outcome
from presence_audit.sources.context import GatherContext
from presence_audit.sources.http import HttpClient
from presence_audit.sources.portfolio import collect_portfolio, gather_page

SITES = FIXTURES / "sites"
DEMO_ARTIFACT = Path(presence_audit.__file__).parent / "demo" / "artifacts" / "portfolio.json"
DEMO_DOMAIN = "https://adaexample.dev"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 1200
HTML = "text/html; charset=utf-8"
DEMO_HEADERS = {
    "Cache-Control": "public, max-age=600",
    "ETag": '"65f2c-c51"',
    "Last-Modified": "Mon, 09 Nov 2026 18:03:11 GMT",
    "Strict-Transport-Security": "max-age=63072000",
}


@pytest.fixture(scope="module")
def running_server() -> Iterator[HTTPServer]:
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.stop()


@pytest.fixture
def server(running_server: HTTPServer) -> Iterator[HTTPServer]:
    """A site on 127.0.0.1, empty at the start of each test."""
    yield running_server
    running_server.clear()


@pytest.fixture
def client() -> Iterator[HttpClient]:
    network = NetworkConfig(allow_private=True, min_interval_seconds=0.0, cache=False,
                            retries=0, connect_timeout=2.0, read_timeout=2.0)
    with HttpClient(network, use_cache=False) as http:
        yield http


def base(server: HTTPServer) -> str:
    return server.url_for("/").rstrip("/")


def serve_site(server: HTTPServer, name: str, *, robots: str = "User-agent: *\nAllow: /\n",
               headers: dict[str, str] | None = None) -> str:
    """Serve ``fixtures/sites/<name>/index.html`` at ``/``, its absolute URLs made local."""
    html = (SITES / name / "index.html").read_text(encoding="utf-8")
    html = html.replace(DEMO_DOMAIN, base(server)).replace("https://jorivera.dev", base(server))
    server.expect_request("/robots.txt").respond_with_data(robots, content_type="text/plain")
    server.expect_request("/").respond_with_data(html, content_type=HTML, headers=headers)
    return base(server) + "/"


def run_check(module: Any, artifact: Artifact) -> Finding:
    spec = CheckSpec.from_module(module)
    subject = parse_config("person: {name: Ada Example}").config.subject()
    ctx = CheckContext(subject=subject, artifacts={"portfolio": artifact},
                       options=spec.resolve_options({}))
    return spec.run(ctx)


def test_a_good_site_with_an_image_that_loads(server: HTTPServer, client: HttpClient) -> None:
    url = serve_site(server, "rich", headers={"X-Robots-Tag": "max-snippet:50",
                                              "Strict-Transport-Security": "max-age=600"})
    server.expect_request("/img/card.png").respond_with_data(PNG, content_type="image/png")
    artifact = gather_page(client, url)
    assert artifact.status is ArtifactStatus.OK
    assert artifact.problems == []
    data = artifact.data
    assert data["requested_url"] == data["final_url"] == url
    assert data["status"] == 200
    assert data["https"] is False
    assert data["redirects"] == []
    assert isinstance(data["elapsed_ms"], int)
    assert data["content_type"] == "text/html"
    assert data["encoding"] == "utf-8"
    assert data["headers"]["x-robots-tag"] == "max-snippet:50"
    assert data["headers"]["strict-transport-security"] == "max-age=600"
    assert "server" not in data["headers"]
    assert data["robots_txt"] == {
        "allowed": True, "reason": "robots.txt allows / for presence-audit",
        "robots_url": f"{base(server)}/robots.txt",
        "crawlers": {"Googlebot": {"allowed": True, "reason": "robots.txt allows / for Googlebot"},
                     "Bingbot": {"allowed": True, "reason": "robots.txt allows / for Bingbot"}}}
    assert data["fetch_error"] is None
    assert data["page"]["title"] == "Jo Rivera — Backend engineer & speaker"
    assert data["page"]["person"]["name"] == "Jo Rivera"
    assert data["og_image"] == {
        "declared": "/img/card.png", "url": f"{base(server)}/img/card.png", "absolute": False,
        "loads": True, "status": 200, "content_type": "image/png", "bytes": len(PNG),
        "final_url": f"{base(server)}/img/card.png", "error": None, "problem": None,
        # Small enough to embed: the report's link-preview card shows it offline.
        "data_url": "data:image/png;base64," + base64.b64encode(PNG).decode(),
    }
    assert artifact.detail.startswith(f"{url} answered 200 in ")
    assert json.loads(json.dumps(artifact.to_dict())) == artifact.to_dict()


@pytest.mark.parametrize(
    ("respond", "kind", "fragment"),
    [
        ({"response_data": "gone", "status": 404}, "bad-status", "HTTP 404 (Not Found)"),
        ({"response_data": "<html>home</html>", "content_type": "text/html"}, "not-html",
         "expected image/*, got text/html"),
    ],
)
def test_an_image_that_does_not_load_is_recorded_in_words(
    server: HTTPServer, client: HttpClient, respond: dict[str, Any], kind: str, fragment: str
) -> None:
    url = serve_site(server, "rich")
    server.expect_request("/img/card.png").respond_with_data(**respond)
    probe = gather_page(client, url).data["og_image"]
    assert probe["loads"] is False
    assert probe["error"]["kind"] == kind
    assert fragment in probe["error"]["message"]


@pytest.mark.parametrize("status", [429, 503])
def test_an_image_that_is_only_unavailable_for_now_is_unknown(
    server: HTTPServer, client: HttpClient, status: int
) -> None:
    url = serve_site(server, "rich")
    server.expect_request("/img/card.png").respond_with_data("later", status=status)
    probe = gather_page(client, url).data["og_image"]
    assert probe["loads"] is None
    assert (probe["status"], probe["error"]["kind"]) == (status, "bad-status")


def test_an_image_that_could_not_be_checked_is_unknown(
    server: HTTPServer, client: HttpClient
) -> None:
    html = ('<html><head><meta property="og:image" content="http://127.0.0.1:9/card.png">'
            "</head></html>")
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data(html, content_type=HTML)
    probe = gather_page(client, base(server) + "/").data["og_image"]
    assert probe["loads"] is None
    assert probe["error"]["kind"] == "connection"


def test_a_redirect_chain_is_recorded(server: HTTPServer, client: HttpClient) -> None:
    url = serve_site(server, "bare")
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/"})
    artifact = gather_page(client, base(server) + "/old")
    assert artifact.data["redirects"] == [base(server) + "/old"]
    assert artifact.data["final_url"] == url
    # Served over plain HTTP: the reachable check says so.
    assert run_check(reachable, artifact).outcome is Outcome.FAIL


@pytest.mark.parametrize(("status", "phrase"), [(999, "non-standard"),
                                                 (500, "Internal Server Error")])
def test_an_error_status_fails_the_artifact_in_words(
    server: HTTPServer, client: HttpClient, status: int, phrase: str
) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data("nope", status=status)
    artifact = gather_page(client, base(server) + "/")
    assert artifact.status is ArtifactStatus.ERROR
    assert artifact.detail.startswith(f"{base(server)}/: bad-status — 127.0.0.1 answered "
                                      f"HTTP {status}")
    assert phrase in artifact.detail
    assert artifact.data["fetch_error"]["kind"] == "bad-status"


@pytest.mark.parametrize("status", [404, 410])
def test_a_missing_page_is_measured_for_reachable(
    server: HTTPServer, client: HttpClient, status: int
) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data("gone", status=status)
    artifact = gather_page(client, base(server) + "/")
    assert artifact.status is ArtifactStatus.OK
    assert (artifact.data["page"], artifact.data["status"]) == (None, status)
    assert artifact.data["fetch_error"]["kind"] == "bad-status"
    assert artifact.problems[0].startswith("page not fetched: bad-status — ")
    assert run_check(reachable, artifact).outcome is Outcome.FAIL
    assert run_check(indexable, artifact).outcome is Outcome.ERROR


def test_a_redirect_loop_is_measured_for_reachable(server: HTTPServer,
                                                   client: HttpClient) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    artifact = gather_page(client, base(server) + "/a")
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data["fetch_error"]["kind"] == "redirect-loop"
    assert run_check(reachable, artifact).outcome is Outcome.FAIL


def test_a_tls_failure_is_measured_for_reachable(server: HTTPServer,
                                                 client: HttpClient) -> None:
    url = base(server).replace("http://", "https://") + "/"  # a plain-HTTP server: no TLS
    artifact = gather_page(client, url)
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data["fetch_error"]["kind"] == "tls"
    finding = run_check(reachable, artifact)
    assert finding.outcome is Outcome.FAIL
    assert "certificate" in finding.fix


def test_a_page_that_is_not_html_fails_the_artifact(server: HTTPServer, client: HttpClient
                                                    ) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data(PNG, content_type="image/png")
    artifact = gather_page(client, base(server) + "/")
    assert artifact.status is ArtifactStatus.ERROR
    assert "not-html — expected text/html or application/xhtml+xml, got image/png" in (
        artifact.detail)


def test_robots_disallow_keeps_the_verdict_for_indexable(
    server: HTTPServer, client: HttpClient
) -> None:
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n")
    server.expect_request("/").respond_with_data("<html></html>", content_type=HTML)
    artifact = gather_page(client, base(server) + "/")
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data["page"] is None
    assert artifact.data["fetch_error"]["kind"] == "blocked-by-robots"
    assert artifact.data["robots_txt"]["allowed"] is False
    assert artifact.problems == [
        "page not fetched: blocked-by-robots — robots.txt of "
        f"{base(server).removeprefix('http://')} disallows / for presence-audit"]
    assert "/" not in [request.path for request, _ in server.log]
    assert run_check(indexable, artifact).outcome is Outcome.FAIL
    assert run_check(reachable, artifact).outcome is Outcome.ERROR


def test_a_robots_txt_server_error_counts_as_disallowed(
    server: HTTPServer, client: HttpClient
) -> None:
    server.expect_request("/robots.txt").respond_with_data("busy", status=503)
    artifact = gather_page(client, base(server) + "/")
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data["robots_txt"]["allowed"] is False
    assert "answered 503" in artifact.data["robots_txt"]["reason"]
    assert [request.path for request, _ in server.log] == ["/robots.txt"]  # asked once


def test_a_rate_limited_robots_txt_is_an_error_not_a_verdict(
    server: HTTPServer, client: HttpClient
) -> None:
    server.expect_request("/robots.txt").respond_with_data("slow down", status=429)
    artifact = gather_page(client, base(server) + "/")
    assert artifact.status is ArtifactStatus.ERROR
    assert artifact.data["fetch_error"]["kind"] == "bad-status"
    assert "answered HTTP 429 (Too Many Requests)" in artifact.detail
    assert [request.path for request, _ in server.log] == ["/robots.txt"]


def test_an_unreachable_host_is_an_error_not_a_robots_verdict(client: HttpClient) -> None:
    artifact = gather_page(client, "http://127.0.0.1:9/")
    assert artifact.status is ArtifactStatus.ERROR
    assert artifact.detail == ("http://127.0.0.1:9/: connection — could not connect to "
                               "127.0.0.1: connection refused")


def test_a_windows_1252_page_is_decoded_by_its_header(server: HTTPServer, client: HttpClient
                                                      ) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    body = (SITES / "latin1" / "index.html").read_bytes()
    server.expect_request("/").respond_with_data(
        body, content_type="text/html; charset=windows-1252")
    page = gather_page(client, base(server) + "/").data["page"]
    assert page["charset"] == "cp1252"
    assert page["title"] == "José Müller – Ingénieur données"


def context_for(config: str) -> GatherContext:
    return GatherContext(parse_config(textwrap.dedent(config)), use_cache=False)


def test_the_collector_is_skipped_without_a_portfolio() -> None:
    artifact = collect_portfolio(context_for("person: {name: Ada Example}"))
    assert artifact.status is ArtifactStatus.SKIPPED
    assert "portfolio.url" in artifact.detail


def test_the_collector_uses_the_configured_url_and_network(server: HTTPServer) -> None:
    url = serve_site(server, "bare")
    context = context_for(f"""\
        person: {{name: Ada Example}}
        portfolio: {{url: "{url}"}}
        network: {{allow_private: true, cache: false, min_interval_seconds: 0}}
    """)
    try:
        artifact = collect_portfolio(context)
    finally:
        context.close()
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data["page"]["title"] == "Home"


def test_private_addresses_are_refused_unless_allowed(server: HTTPServer) -> None:
    url = serve_site(server, "bare")
    context = context_for(f"""\
        person: {{name: Ada Example}}
        portfolio: {{url: "{url}"}}
        network: {{cache: false}}
    """)
    try:
        artifact = collect_portfolio(context)
    finally:
        context.close()
    assert artifact.status is ArtifactStatus.ERROR
    assert "refused-private-address" in artifact.detail
    assert server.log == []


def demo_artifact(server: HTTPServer, client: HttpClient) -> JSONDict:
    """The demo persona's portfolio artifact, as recorded from the fixture site.

    The site is served from 127.0.0.1 and the artifact written as if fetched from
    https://adaexample.dev: "http://127.0.0.1:NNNNN" and the domain have the same length, so
    byte counts stay true. Timing and time of fetch are pinned so the file is stable.
    """
    local = base(server)
    assert len(local) == len(DEMO_DOMAIN), "the local port must have five digits"
    url = serve_site(server, "demo", robots=(SITES / "demo" / "robots.txt").read_text(),
                     headers=DEMO_HEADERS)
    server.expect_request("/img/og-card.png").respond_with_data("Not Found", status=404,
                                                                content_type="text/plain")
    artifact = gather_page(client, local).to_dict()
    assert artifact["data"]["final_url"] == url
    host = local.removeprefix("http://")
    text = (json.dumps(artifact, ensure_ascii=False).replace(local, DEMO_DOMAIN)
            .replace(host, "adaexample.dev").replace("127.0.0.1", "adaexample.dev"))
    recorded: JSONDict = json.loads(text)
    recorded["obtained_at"] = "2026-11-14T09:12:20Z"
    recorded["data"]["elapsed_ms"] = 212
    recorded["data"]["https"] = True
    recorded["detail"] = f"{DEMO_DOMAIN}/ answered 200 in 212 ms"
    return recorded


def test_the_demo_artifact_is_what_the_collector_records(
    server: HTTPServer, client: HttpClient
) -> None:
    recorded = demo_artifact(server, client)
    if os.environ.get("PRESENCE_AUDIT_REGENERATE") == "1":
        DEMO_ARTIFACT.write_text(json.dumps(recorded, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    assert json.loads(DEMO_ARTIFACT.read_text(encoding="utf-8")) == recorded, (
        "demo/artifacts/portfolio.json is stale: "
        "run PRESENCE_AUDIT_REGENERATE=1 python -m pytest tests/sources/test_portfolio.py")


def test_robots_rules_for_search_crawlers_are_recorded_apart_from_ours(
    server: HTTPServer, client: HttpClient
) -> None:
    # A site that keeps scrapers out but lets search engines in is indexable.
    server.expect_request("/robots.txt").respond_with_data(
        "User-agent: Googlebot\nAllow: /\n\nUser-agent: Bingbot\nDisallow: /\n",
        content_type="text/plain")
    server.expect_request("/").respond_with_data("<title>Jo</title>", content_type="text/html")
    crawlers = gather_page(client, f"{base(server)}/").data["robots_txt"]["crawlers"]
    assert crawlers["Googlebot"]["allowed"] is True
    assert crawlers["Bingbot"] == {"allowed": False,
                                   "reason": f"robots.txt of {server.host}:{server.port} "
                                             "disallows / for Bingbot"}


def test_only_small_raster_images_are_embedded_for_the_preview_card() -> None:
    from presence_audit.sources.portfolio import PREVIEW_EMBED_MAX_BYTES, preview_data_url

    assert preview_data_url(b"\x89PNG....", "image/png; charset=binary") == (
        "data:image/png;base64," + base64.b64encode(b"\x89PNG....").decode())
    # SVG can carry scripts; a large image would bloat every report and the history.
    assert preview_data_url(b"<svg onload='x'/>", "image/svg+xml") is None
    assert preview_data_url(b"x" * (PREVIEW_EMBED_MAX_BYTES + 1), "image/jpeg") is None
    assert preview_data_url(b"", "image/png") is None
