"""The opt-in live fetch: every way LinkedIn refuses is ``blocked``, never an empty profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from helpers import FIXTURES
from presence_audit.config.schema import NetworkConfig
from presence_audit.sources.http import HttpClient
from presence_audit.sources.linkedin.url import blocking_url, fetch_profile

LINKEDIN = FIXTURES / "linkedin"
PROFILE_PATH = "/in/oliver-grant-58b1a2103/"


def page(name: str) -> str:
    return (LINKEDIN / name).read_text(encoding="utf-8")


def test_a_public_page_is_read(httpserver: HTTPServer, http_client: HttpClient) -> None:
    httpserver.expect_request(PROFILE_PATH).respond_with_data(
        page("page-2023-bare.html"), content_type="text/html; charset=utf-8")
    profile = fetch_profile(http_client, httpserver.url_for(PROFILE_PATH))
    assert profile.ok
    assert profile.source == "url"
    assert profile.name == "Oliver Grant"
    assert profile.recommendations == 0


@pytest.mark.parametrize(("status", "words"), [(999, "status 999"), (429, "429 Too Many")])
def test_refusal_statuses_are_blocked(httpserver: HTTPServer, http_client: HttpClient,
                                      status: int, words: str) -> None:
    httpserver.expect_request(PROFILE_PATH).respond_with_data("", status=status)
    profile = fetch_profile(http_client, httpserver.url_for(PROFILE_PATH))
    assert profile.status == "blocked"
    assert words in profile.detail
    assert "profiles.linkedin.html" in profile.detail
    assert (profile.headline, profile.photo_present, profile.recommendations) == (None, None,
                                                                                  None)


def test_a_redirect_to_the_auth_wall_is_blocked(httpserver: HTTPServer,
                                                http_client: HttpClient) -> None:
    httpserver.expect_request(PROFILE_PATH).respond_with_data(
        "", status=302, headers={"Location": "/authwall?trk=public_profile&sessionRedirect="
                                             "https%3A%2F%2Fwww.linkedin.com%2Fin%2Fx"})
    httpserver.expect_request("/authwall").respond_with_data(
        "<html><head><title>LinkedIn</title></head><body>Join</body></html>",
        content_type="text/html")
    profile = fetch_profile(http_client, httpserver.url_for(PROFILE_PATH))
    assert profile.status == "blocked"
    assert "redirected to its sign-in wall" in profile.detail


def test_an_auth_wall_served_in_place_is_blocked(httpserver: HTTPServer,
                                                 http_client: HttpClient) -> None:
    httpserver.expect_request(PROFILE_PATH).respond_with_data(
        page("authwall.html"), content_type="text/html")
    assert fetch_profile(http_client, httpserver.url_for(PROFILE_PATH)).status == "blocked"


def test_a_missing_profile_is_not_found(httpserver: HTTPServer, http_client: HttpClient) -> None:
    httpserver.expect_request(PROFILE_PATH).respond_with_data("gone", status=404)
    profile = fetch_profile(http_client, httpserver.url_for(PROFILE_PATH))
    assert profile.status == "not-found"


@pytest.fixture
def polite_client() -> Iterator[HttpClient]:
    client = HttpClient(NetworkConfig(allow_private=True, respect_robots=True, cache=False,
                                      min_interval_seconds=0.0, retries=0), use_cache=False)
    yield client
    client.close()


def test_robots_refusal_is_blocked_and_says_it_is_intended(httpserver: HTTPServer,
                                                            polite_client: HttpClient) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /\n", content_type="text/plain")
    profile = fetch_profile(polite_client, httpserver.url_for(PROFILE_PATH))
    assert profile.status == "blocked"
    assert "robots.txt disallows automated agents" in profile.detail
    assert "as intended" in profile.detail
    assert all(request.path == "/robots.txt" for request, _ in httpserver.log)


def test_a_network_failure_is_an_error(http_client: HttpClient) -> None:
    profile = fetch_profile(http_client, "http://127.0.0.1:9/in/ada-example/")
    assert profile.status == "error"
    assert profile.detail.startswith("connection: ")


@pytest.mark.parametrize(("url", "blocking"), [
    ("https://www.linkedin.com/authwall?trk=x", True),
    ("https://www.linkedin.com/login?session_redirect=x", True),
    ("https://www.linkedin.com/checkpoint/challenge/AgF", True),
    ("https://www.linkedin.com/uas/login?x", True),
    ("https://www.linkedin.com/in/ada-example/", False),
    ("https://www.linkedin.com/in/login-expert/", False),
])
def test_blocking_urls(url: str, blocking: bool) -> None:
    assert blocking_url(url) is blocking


@pytest.mark.parametrize("answer", ["999", "authwall"])
def test_a_blocked_fetch_never_fails_a_check_in_a_whole_run(httpserver: HTTPServer,
                                                             tmp_path: Path, answer: str) -> None:
    from presence_audit.checks.registry import load_registry
    from presence_audit.config.load import parse_config
    from presence_audit.runner import RunRequest, run
    from presence_audit.sources.collectors import COLLECTORS

    if answer == "999":
        httpserver.expect_request(PROFILE_PATH).respond_with_data("", status=999)
    else:
        httpserver.expect_request(PROFILE_PATH).respond_with_data(
            page("authwall.html"), content_type="text/html")
    loaded = parse_config(f"""\
person: {{name: Oliver Grant}}
profiles:
  linkedin: {{url: "{httpserver.url_for(PROFILE_PATH)}", fetch: true}}
network: {{allow_private: true, respect_robots: false, cache: false, retries: 0,
          min_interval_seconds: 0}}
""", tmp_path / "presence-audit.yaml")
    checks = ["profile.photo", "profile.headline", "profile.summary", "profile.recommendations"]
    outcome = run(loaded, load_registry(use_entry_points=False),
                  RunRequest(select=checks, use_cache=False), COLLECTORS)
    assert {r.check_id: r.outcome.value for r in outcome.report.results} == dict.fromkeys(
        checks, "error")
    assert outcome.report.verdict == "incomplete"
    assert all("profiles.linkedin.export" in r.message for r in outcome.report.results)
    assert outcome.artifacts["linkedin"].data["status"] == "blocked"
