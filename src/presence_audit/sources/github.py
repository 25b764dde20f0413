"""The GitHub profile of ``profiles.github``, from GitHub's REST API (``GET /users/{login}``).

Unauthenticated, the API allows 60 requests an hour per address; a token read from the
environment variable named by ``profiles.github_token_env`` raises that to 5,000. The token
is sent to ``api.github.com`` only — the HTTP client drops caller headers as soon as a
redirect leaves the host — and it never appears in the artifact, the report or a message.

Failures are typed, never a profile: ``rate-limited`` (403 with the limit used up, or 429),
``not-found`` (no such login), ``bad-token`` (401), and the HTTP client's own kinds. Whether
the avatar is GitHub's generated identicon cannot be told from the API (``avatar_url`` looks
the same either way), so photo presence is ``null``: unknown.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import JSONDict

if TYPE_CHECKING:
    from presence_audit.sources.context import GatherContext
    from presence_audit.sources.http import FetchError, HttpClient

ARTIFACT = "github"
API_ROOT = "https://api.github.com"
ACCEPT = ("application/vnd.github+json", "application/json")
FIELDS = ("login", "name", "bio", "blog", "company", "location", "email", "hireable",
          "twitter_username", "html_url", "avatar_url", "public_repos", "followers",
          "created_at")
"""The fields of ``GET /users/{login}`` kept in the artifact; every free-text one may be null."""

TOKEN_HINT = (
    "Set profiles.github_token_env to the name of an environment variable holding a GitHub "
    "token (no scopes needed) to raise the limit from 60 to 5,000 requests an hour."
)


class GithubError(Exception):
    """The API could not give the profile; ``kind`` says which way it failed."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class Credentials:
    """The token to send, if any, and where it came from (the variable's name, never the value)."""

    token: str | None = field(repr=False)
    env_name: str | None

    @classmethod
    def from_env(cls, env_name: str | None) -> Credentials:
        token = os.environ.get(env_name, "").strip() if env_name else ""
        return cls(token or None, env_name)

    @property
    def note(self) -> str:
        if self.token:
            return f"authenticated with the token in {self.env_name}"
        if self.env_name:
            return f"unauthenticated: {self.env_name} is not set"
        return "unauthenticated"


def fetch_user(http: HttpClient, login: str, credentials: Credentials,
               api_root: str = API_ROOT) -> JSONDict:
    """The user's public fields, or ``GithubError``."""
    from presence_audit.sources.http import FetchError

    headers = {"Authorization": f"Bearer {credentials.token}"} if credentials.token else {}
    url = f"{api_root}/users/{login}"
    try:
        # An API is called, not crawled: api.github.com's robots.txt is for crawlers, and the
        # API is documented for exactly this use.
        response = http.get(url, accept=ACCEPT, headers=headers, check_robots=False)
    except FetchError as exc:
        raise _typed(exc, http, login, credentials, api_root) from None
    try:
        user = json.loads(response.body)
    except ValueError:
        raise GithubError("bad-response", f"GitHub's answer for {login} is not JSON") from None
    if not isinstance(user, dict) or "login" not in user:
        raise GithubError("bad-response", f"GitHub's answer for {login} is not a user")
    return {field: user.get(field) for field in FIELDS}


def _typed(exc: FetchError, http: HttpClient, login: str, credentials: Credentials,
           api_root: str) -> GithubError:
    status = exc.status
    if status == 404:
        return GithubError("not-found", f"GitHub has no user {login!r}: check profiles.github")
    if status == 401:
        return GithubError("bad-token", f"GitHub refused the token in {credentials.env_name}: "
                                        "it is expired or revoked; create a new one")
    if status == 429:
        return GithubError("rate-limited", "GitHub is rate-limiting these requests (HTTP 429); "
                                           f"try again later. {_hint(credentials)}")
    if status == 403:
        reset = _exhausted_until(http, credentials, api_root)
        if reset is not None:
            return GithubError(
                "rate-limited",
                f"GitHub's API rate limit is used up until {reset} ({credentials.note}). "
                f"{_hint(credentials)}")
        return GithubError("forbidden", f"GitHub answered 403 Forbidden for {login}: "
                                        f"{exc.message}")
    return GithubError(exc.kind, exc.message)


def _hint(credentials: Credentials) -> str:
    return "" if credentials.token else TOKEN_HINT


def _exhausted_until(http: HttpClient, credentials: Credentials, api_root: str) -> str | None:
    """When the core limit is used up, the time it resets (UTC); else ``None``.

    A 403 alone does not say why, and the client does not hand back the error's headers;
    ``GET /rate_limit`` does not count against the limit and says it plainly.
    """
    from presence_audit.sources.http import FetchError

    headers = {"Authorization": f"Bearer {credentials.token}"} if credentials.token else {}
    try:
        response = http.get(f"{api_root}/rate_limit", accept=ACCEPT, headers=headers,
                            check_robots=False)
        core = json.loads(response.body)["resources"]["core"]
        remaining, reset = int(core["remaining"]), int(core["reset"])
    except (FetchError, ValueError, KeyError, TypeError):
        return None
    if remaining > 0:
        return None
    moment = _dt.datetime.fromtimestamp(reset, tz=_dt.timezone.utc)
    return moment.strftime("%H:%M UTC")


def not_configured() -> Artifact:
    """``ok`` with ``configured: false``: checks comparing profiles go on without GitHub."""
    return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source="config",
                    detail="no GitHub login configured (profiles.github)",
                    data={"configured": False, "login": None})


def github_artifact(http: HttpClient, login: str, token_env: str | None,
                    api_root: str = API_ROOT) -> Artifact:
    """The ``github`` artifact for ``login``; an error artifact when GitHub could not say."""
    credentials = Credentials.from_env(token_env)
    try:
        user = fetch_user(http, login, credentials, api_root)
    except GithubError as exc:
        return Artifact(name=ARTIFACT, status=ArtifactStatus.ERROR, source="github-api",
                        detail=exc.message,
                        data={"configured": True, "login": login,
                              "error": {"kind": exc.kind, "message": exc.message}})
    data: JSONDict = {"configured": True, **user,
                      "photo": {"present": None, "url": user.get("avatar_url")},
                      "authenticated": credentials.token is not None}
    return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source="github-api",
                    detail=f"github.com/{user.get('login') or login} ({credentials.note})",
                    data=data)


def collect_github(context: GatherContext) -> Artifact:
    """Ask GitHub for ``profiles.github``'s public profile."""
    profiles = context.loaded.config.profiles
    if not profiles.github:
        return not_configured()
    return github_artifact(context.http, profiles.github, profiles.github_token_env)
