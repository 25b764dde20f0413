"""`presence-audit inspect page URL`: everything the tool sees, against a site on 127.0.0.1."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from helpers import FIXTURES
from presence_audit.cli import main

SITES = FIXTURES / "sites"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 500


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.clear()
    httpserver.stop()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "local.yaml"
    path.write_text("person: {name: Jo Rivera}\n"
                    "network: {allow_private: true, cache: false, min_interval_seconds: 0,\n"
                    "          retries: 0, connect_timeout: 2}\n", encoding="utf-8")
    return path


def rich_site(server: HTTPServer) -> str:
    root = server.url_for("/").rstrip("/")
    html = (SITES / "rich" / "index.html").read_text(encoding="utf-8")
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    server.expect_request("/").respond_with_data(
        html.replace("https://jorivera.dev", root), content_type="text/html; charset=utf-8",
        headers={"X-Robots-Tag": "max-snippet:80"})
    server.expect_request("/img/card.png").respond_with_data(PNG, content_type="image/png")
    return root + "/"


def invoke(*args: str, cwd: Path) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, ["inspect", "page", *args], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


def test_terminal_output_shows_every_field(server: HTTPServer, config: Path,
                                           tmp_path: Path) -> None:
    url = rich_site(server)
    code, out, _ = invoke(url, "-c", str(config), cwd=tmp_path)
    assert code == 0
    assert [line for line in out.splitlines() if line != line.rstrip()] == []
    flat = " ".join(out.split())
    for fragment in (
        f"final URL {url}", "status 200", "HTTPS no", "redirects none",
        "robots.txt allowed: robots.txt allows / for presence-audit",
        "x-robots-tag max-snippet:80",
        "title Jo Rivera — Backend engineer & speaker",
        "meta description Jo Rivera builds payment APIs",
        "canonical https://jorivera.dev/".replace("https://jorivera.dev", url.rstrip("/")),
        "robots index (meta), follow (meta), max-image-preview:large (meta), "
        "max-snippet:80 (header)",
        "noindex no", "viewport width=device-width, initial-scale=1", "lang en-GB",
        "og:title Jo Rivera — Backend engineer", "og:description Payment APIs",
        "og:image:alt Jo smiling", "twitter:card summary_large_image",
        f"result loads: image/png, {len(PNG)} bytes",
        "block 1 @type WebSite; BlogPosting; Person, Speaker", "block 2 @type BreadcrumbList",
        "Person Jo Rivera", "jobTitle Backend engineer, Speaker",
        "rel=me https://hachyderm.io/@jorivera, https://github.com/jorivera",
        "h-card name Jo Rivera",
        "github https://github.com/jorivera (rel=me)", "bluesky https://bsky.app/profile/",
        "email jo@jorivera.dev", "forms POST https://formspree.io/f/abc",
        "phone numbers +34 612 345 678 (tel link, JSON-LD, h-card, text)",
        "street addresses Calle Mayor 5, Madrid (JSON-LD), 221 Baker Street (text)",
        "links on the page 19",
    ):
        assert fragment in flat, fragment


def test_json_output_is_the_portfolio_artifact(server: HTTPServer, config: Path,
                                               tmp_path: Path) -> None:
    url = rich_site(server)
    code, out, _ = invoke(url, "-c", str(config), "--format", "json", cwd=tmp_path)
    assert code == 0
    artifact = json.loads(out)
    assert artifact["name"] == "portfolio"
    assert artifact["status"] == "ok"
    data = artifact["data"]
    assert data["final_url"] == url
    assert data["robots_txt"]["allowed"] is True
    assert data["og_image"]["loads"] is True
    assert data["page"]["og"]["description"] == "Payment APIs, reliability, talks."
    assert data["page"]["person"]["same_as"][0] == "https://github.com/jorivera"


def test_untrusted_text_cannot_drive_the_terminal(server: HTTPServer, config: Path,
                                                  tmp_path: Path) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data(
        "<title>\x1b]0;owned\x07[bold red]Jo\x1b[2J</title>", content_type="text/html")
    code, out, _ = invoke(server.url_for("/"), "-c", str(config), cwd=tmp_path)
    assert code == 0
    assert "\x1b" not in out
    assert "[bold red]Jo" in out


def test_an_unreachable_host_exits_3_with_the_reason(config: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("http://127.0.0.1:9/", "-c", str(config), cwd=tmp_path)
    assert code == 3
    assert ("Could not fetch http://127.0.0.1:9/: connection — could not connect to "
            "127.0.0.1: connection refused") in " ".join(out.split())


def test_an_unreachable_host_in_json(config: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("http://127.0.0.1:9/", "-c", str(config), "--format", "json",
                          cwd=tmp_path)
    assert code == 3
    artifact = json.loads(out)
    assert artifact["status"] == "error"
    assert artifact["data"]["fetch_error"]["kind"] == "connection"


def test_without_a_config_private_addresses_are_refused(server: HTTPServer,
                                                        tmp_path: Path) -> None:
    code, out, _ = invoke(server.url_for("/"), cwd=tmp_path)
    assert code == 3
    assert "refused-private-address" in out
    assert server.log == []


@pytest.mark.parametrize("url", ["ftp://example.com/", "example.com", "http://exa mple.com/"])
def test_a_bad_url_is_a_usage_error(url: str, tmp_path: Path) -> None:
    code, _, err = invoke(url, cwd=tmp_path)
    assert code == 2
    assert "presence-audit: error:" in err
