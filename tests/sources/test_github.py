"""GitHub's API through the HTTP client: the profile, typed failures, and the token kept safe."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from presence_audit.config.load import parse_config
from presence_audit.core.artifacts import ArtifactStatus
from presence_audit.sources.context import GatherContext
from presence_audit.sources.github import (
    Credentials,
    GithubError,
    collect_github,
    fetch_user,
    github_artifact,
)
from presence_audit.sources.http import HttpClient

TOKEN = "ghp_test_secret_0123456789abcdef"
USER = {
    "login": "ada-example", "id": 4242, "node_id": "MDQ6VXNlcjQyNDI=",
    "avatar_url": "https://avatars.githubusercontent.com/u/4242?v=4",
    "html_url": "https://github.com/ada-example", "type": "User", "site_admin": False,
    "name": "Ada Example", "company": "@acme-analytics", "blog": "", "location": "Lisbon",
    "email": None, "hireable": None, "bio": "Data pipelines, dbt and data quality.",
    "twitter_username": None, "public_repos": 12, "public_gists": 1, "followers": 31,
    "following": 8, "created_at": "2016-03-02T09:14:55Z", "updated_at": "2026-10-30T18:01:12Z",
}


@pytest.fixture
def api(httpserver: HTTPServer) -> str:
    return httpserver.url_for("").rstrip("/")


def answer_user(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/users/ada-example").respond_with_json(
        USER, headers={"X-RateLimit-Remaining": "59"})


def test_the_profile_is_read_and_photo_is_unknown(httpserver: HTTPServer, api: str,
                                                  http_client: HttpClient) -> None:
    answer_user(httpserver)
    artifact = github_artifact(http_client, "ada-example", None, api_root=api)
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data["name"] == "Ada Example"
    assert artifact.data["blog"] == ""
    assert artifact.data["photo"] == {"present": None,
                                      "url": "https://avatars.githubusercontent.com/u/4242?v=4"}
    assert artifact.data["authenticated"] is False
    assert "node_id" not in artifact.data
    assert artifact.detail == "github.com/ada-example (unauthenticated)"
    request, _ = httpserver.log[0]
    assert request.headers["Accept"].startswith("application/vnd.github+json")
    assert "Authorization" not in request.headers


def test_the_token_is_sent_to_the_api_and_never_stored(
    httpserver: HTTPServer, api: str, http_client: HttpClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADA_GITHUB_TOKEN", TOKEN)
    answer_user(httpserver)
    artifact = github_artifact(http_client, "ada-example", "ADA_GITHUB_TOKEN", api_root=api)
    request, _ = httpserver.log[0]
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert artifact.data["authenticated"] is True
    assert TOKEN not in json.dumps(artifact.to_dict())
    assert "ADA_GITHUB_TOKEN" in artifact.detail


def test_the_token_does_not_follow_a_redirect_to_another_host(
    httpserver: HTTPServer, http_client: HttpClient
) -> None:
    # Same server, two host names: the client treats them as different hosts.
    other = httpserver.url_for("/users/ada-example").replace("localhost", "127.0.0.1")
    seen: list[str | None] = []

    def record(request: Request) -> Response:
        seen.append(request.headers.get("Authorization"))
        return Response(json.dumps(USER), content_type="application/json")

    httpserver.expect_request("/moved").respond_with_data("", status=301,
                                                          headers={"Location": other})
    httpserver.expect_request("/users/ada-example").respond_with_handler(record)
    api = httpserver.url_for("").rstrip("/").replace("127.0.0.1", "localhost")
    http_client.get(f"{api}/moved", headers={"Authorization": f"Bearer {TOKEN}"},
                    check_robots=False)
    assert seen == [None]


def test_an_unknown_login_is_not_found(httpserver: HTTPServer, api: str,
                                       http_client: HttpClient) -> None:
    httpserver.expect_request("/users/nobody-here").respond_with_json(
        {"message": "Not Found"}, status=404)
    with pytest.raises(GithubError) as caught:
        fetch_user(http_client, "nobody-here", Credentials(None, None), api_root=api)
    assert caught.value.kind == "not-found"
    artifact = github_artifact(http_client, "nobody-here", None, api_root=api)
    assert artifact.status is ArtifactStatus.ERROR
    assert artifact.data["error"]["kind"] == "not-found"
    assert "check profiles.github" in artifact.detail


def test_an_exhausted_rate_limit_is_typed_with_its_reset_time(
    httpserver: HTTPServer, api: str, http_client: HttpClient
) -> None:
    httpserver.expect_request("/users/ada-example").respond_with_json(
        {"message": "API rate limit exceeded for 203.0.113.7."}, status=403,
        headers={"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0",
                 "X-RateLimit-Reset": "1800000000"})
    httpserver.expect_request("/rate_limit").respond_with_json(
        {"resources": {"core": {"limit": 60, "remaining": 0, "reset": 1800000000, "used": 60}},
         "rate": {"limit": 60, "remaining": 0, "reset": 1800000000}})
    with pytest.raises(GithubError) as caught:
        fetch_user(http_client, "ada-example", Credentials(None, None), api_root=api)
    assert caught.value.kind == "rate-limited"
    assert "used up until 08:00 UTC" in caught.value.message
    assert "github_token_env" in caught.value.message


def test_a_forbidden_answer_with_quota_left_is_not_a_rate_limit(
    httpserver: HTTPServer, api: str, http_client: HttpClient
) -> None:
    httpserver.expect_request("/users/ada-example").respond_with_json({"message": "no"},
                                                                      status=403)
    httpserver.expect_request("/rate_limit").respond_with_json(
        {"resources": {"core": {"limit": 60, "remaining": 42, "reset": 1800000000}}})
    with pytest.raises(GithubError) as caught:
        fetch_user(http_client, "ada-example", Credentials(None, None), api_root=api)
    assert caught.value.kind == "forbidden"


def test_429_is_rate_limited_and_401_is_a_bad_token(httpserver: HTTPServer, api: str,
                                                   http_client: HttpClient) -> None:
    httpserver.expect_request("/users/busy").respond_with_json({}, status=429)
    httpserver.expect_request("/users/ada-example").respond_with_json({}, status=401)
    with pytest.raises(GithubError) as busy:
        fetch_user(http_client, "busy", Credentials(None, None), api_root=api)
    assert busy.value.kind == "rate-limited"
    with pytest.raises(GithubError) as refused:
        fetch_user(http_client, "ada-example", Credentials(TOKEN, "GH_TOKEN"), api_root=api)
    assert refused.value.kind == "bad-token"
    assert "GH_TOKEN" in refused.value.message and TOKEN not in refused.value.message


def test_an_answer_that_is_not_a_user_is_an_error(httpserver: HTTPServer, api: str,
                                                  http_client: HttpClient) -> None:
    httpserver.expect_request("/users/ada-example").respond_with_data(
        "[1, 2]", content_type="application/json")
    with pytest.raises(GithubError, match="not a user"):
        fetch_user(http_client, "ada-example", Credentials(None, None), api_root=api)


@pytest.fixture
def no_network_context() -> Iterator[GatherContext]:
    loaded = parse_config("person: {name: Ada Example}\n")
    context = GatherContext(loaded, use_cache=False)
    yield context
    assert context._http is None  # no client was opened for a profile that is not configured


def test_without_a_login_the_artifact_says_so_without_any_request(
    no_network_context: GatherContext
) -> None:
    artifact = collect_github(no_network_context)
    assert artifact.status is ArtifactStatus.OK
    assert artifact.data == {"configured": False, "login": None}


def test_credentials_come_from_the_named_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GH_TOKEN_FOR_TEST", raising=False)
    assert Credentials.from_env("GH_TOKEN_FOR_TEST").note == (
        "unauthenticated: GH_TOKEN_FOR_TEST is not set")
    monkeypatch.setenv("GH_TOKEN_FOR_TEST", "  ")
    assert Credentials.from_env("GH_TOKEN_FOR_TEST").token is None
    monkeypatch.setenv("GH_TOKEN_FOR_TEST", TOKEN)
    assert Credentials.from_env("GH_TOKEN_FOR_TEST").token == TOKEN
    assert Credentials.from_env(None).token is None
