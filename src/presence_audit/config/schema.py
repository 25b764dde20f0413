"""The configuration's schema: every section, key, default and bound, as pydantic models.

Loading the file (YAML with line numbers, ``${ENV_VAR}`` interpolation, messages that name the
key and the line) is ``config.load``. Models are strict: unknown keys are refused, and values
out of bounds are errors rather than silently clamped.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from presence_audit.config.plain import NOTE_LIMITS
from presence_audit.core.model import CATEGORIES, Severity, Subject
from presence_audit.text.engines import ddgs_engines
from presence_audit.text.suggest import did_you_mean
from presence_audit.text.urls import CREDENTIALS_IN_URL, has_credentials

QUERY_FIELDS = ("name", "profession", "location")


class _Strict(BaseModel):
    # YAML reads `.inf` and `.nan` as numbers; no weight, pace or timeout here means either.
    # Strict types: `workers: true` is not one worker and `name: 1984` not a name; a whole
    # number is still a valid float.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, strict=True)


def _http_url(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.match(r"^https?://[^\s/]+", value):
        raise ValueError("must be an http:// or https:// URL")
    return value


class PersonConfig(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    profession: str | None = None
    location: str | None = None
    context: list[str] = []
    not_me: list[str] = []
    watchlist: list[str] = []

    @field_validator("not_me")
    @classmethod
    def _urls_or_domains(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.match(r"^(?:https?://)?[^\s/:]+\.[^\s/:]+(?::\d+)?(?:/\S*)?$", value):
                raise ValueError(f"{value!r} is neither a domain nor an http(s) URL")
        return values

    @field_validator("watchlist")
    @classmethod
    def _non_blank(cls, values: list[str]) -> list[str]:
        if any(not value.strip() for value in values):
            raise ValueError("holds an empty term")
        return values


class PortfolioConfig(_Strict):
    url: str | None = None

    _check_url = field_validator("url")(_http_url)


class LinkedInConfig(_Strict):
    """Where the LinkedIn profile is read from: the data export and a saved page are dependable;
    the live fetch of ``url`` is opt-in because LinkedIn refuses automated requests."""

    url: str | None = None
    export: str | None = None
    html: str | None = None
    fetch: bool = False

    _check_url = field_validator("url")(_http_url)

    @model_validator(mode="after")
    def _fetch_needs_url(self) -> LinkedInConfig:
        if self.fetch and not self.url:
            raise ValueError("fetch: true needs profiles.linkedin.url, the public profile to fetch")
        return self


# The schema editors see must admit the `linkedin: https://…` shorthand the validator accepts.
_LINKEDIN_SCHEMA = {"anyOf": [
    {"type": "string", "description": "Public LinkedIn profile URL"},
    LinkedInConfig.model_json_schema(),
    {"type": "null", "description": "Nothing set (every line under it commented out)"},
]}


class ProfilesConfig(_Strict):
    linkedin: Annotated[LinkedInConfig, WithJsonSchema(_LINKEDIN_SCHEMA)] = LinkedInConfig()
    github: str | None = None
    github_token_env: str | None = None
    others: list[str] = []

    @field_validator("linkedin", mode="before")
    @classmethod
    def _url_shorthand(cls, value: Any) -> Any:
        # `linkedin: https://…` is the common case; the mapping form leaves room for sources.
        # `linkedin:` with every line under it commented out parses as null: nothing set.
        if value is None:
            return {}
        return {"url": value} if isinstance(value, str) else value

    @field_validator("github")
    @classmethod
    def _login(cls, value: str | None) -> str | None:
        if value is None:
            return None
        login = re.sub(r"^https?://(www\.)?github\.com/", "", value).strip("/")
        if not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})", login):
            raise ValueError("must be a GitHub login such as 'ada-example'")
        return login

    @field_validator("github_token_env")
    @classmethod
    def _token_env_name(cls, value: str | None) -> str | None:
        # Never echo the value: a token pasted here by mistake must not reach any message.
        if value is not None and not re.fullmatch(r"[A-Z_][A-Z0-9_]{0,63}", value):
            raise ValueError("must be the NAME of an environment variable (upper-case letters, "
                             "digits and _), such as GITHUB_TOKEN, never the token itself")
        return value

    @field_validator("others")
    @classmethod
    def _urls(cls, values: list[str]) -> list[str]:
        for value in values:
            _http_url(value)
        return values


# SearXNG engine names are whatever the instance's settings.yml calls them.
_SEARXNG_ENGINE = re.compile(r"^[a-z0-9][a-z0-9 ._-]*$")


class SearchConfig(_Strict):
    provider: Literal["ddgs", "searxng", "brave", "replay"] = "ddgs"
    engines: list[str] = Field(default=["duckduckgo", "brave"])
    region: str = "us-en"
    safesearch: Literal["on", "moderate", "off"] = "moderate"
    queries: list[str] | None = Field(default=None, min_length=1)
    results: int = Field(default=10, ge=1, le=50)
    samples: int = Field(default=1, ge=1, le=10)
    sample_spacing_seconds: float = Field(default=60.0, ge=0.0, le=3600.0)
    pace_seconds: float = Field(default=3.0, ge=1.0)
    jitter_seconds: float = Field(default=1.0, ge=0.0)
    timeout_seconds: float = Field(default=10.0, gt=0.0, le=120.0)
    retries: int = Field(default=2, ge=0, le=2)
    retry_backoff_seconds: float = Field(default=30.0, ge=30.0, le=600.0)
    cache: bool = True
    cache_path: str | None = None
    searxng_url: str | None = None
    brave_api_key_env: str = "BRAVE_API_KEY"
    replay: str | None = None
    saved: list[str] = Field(default_factory=list)
    console: str | None = None

    _check_searxng_url = field_validator("searxng_url")(_http_url)

    @field_validator("searxng_url")
    @classmethod
    def _no_credentials(cls, value: str | None) -> str | None:
        # Never echo the value: the password may have come from ${ENV_VAR} interpolation.
        if value is not None and has_credentials(value):
            raise ValueError(CREDENTIALS_IN_URL.removeprefix("search.searxng_url "))
        return value

    @model_validator(mode="before")
    @classmethod
    def _brave_searches_brave(cls, data: Any) -> Any:
        # The Brave API has one engine: asking for it should not need `engines: [brave]` too.
        if isinstance(data, dict) and data.get("provider") == "brave" and "engines" not in data:
            return {**data, "engines": ["brave"]}
        return data

    @field_validator("engines")
    @classmethod
    def _known_engines(cls, values: list[str], info: ValidationInfo) -> list[str]:
        provider = info.data.get("provider", "ddgs")
        # The installed ddgs's own table, read now: engines come and go between its releases.
        offered = ddgs_engines() if provider == "ddgs" and values else None
        for value in values:
            if offered is not None and value not in offered:
                names = tuple(offered)
                raise ValueError(f"the installed ddgs offers no engine {value!r}"
                                 f"{did_you_mean(value, names)}; it offers {', '.join(names)}")
            if provider in ("searxng", "replay") and not _SEARXNG_ENGINE.match(value):
                raise ValueError(f"{value!r} is not an engine name")
            if provider == "brave" and value != "brave":
                raise ValueError(f"provider 'brave' searches Brave only, not {value!r}: "
                                 "use engines: [brave]")
        if len(set(values)) != len(values):
            raise ValueError("lists an engine twice")
        return values

    @field_validator("brave_api_key_env")
    @classmethod
    def _env_name(cls, value: str) -> str:
        # Never echo the value: a key pasted here by mistake must not reach any message.
        if not re.fullmatch(r"[A-Z_][A-Z0-9_]{0,63}", value):
            raise ValueError("must be the NAME of an environment variable (upper-case letters, "
                             "digits and _), such as BRAVE_API_KEY, never the key itself")
        return value

    @model_validator(mode="after")
    def _provider_needs(self) -> SearchConfig:
        if not self.engines and not self.saved:
            raise ValueError("search.engines is empty and search.saved names no saved results "
                             "page: list an engine, or the pages you saved")
        if self.provider == "replay" and not self.replay:
            raise ValueError("provider 'replay' needs search.replay: a saved serps.json or folder")
        if self.provider == "searxng" and not self.searxng_url:
            raise ValueError("provider 'searxng' needs search.searxng_url: your instance's "
                             "address, e.g. http://localhost:8888")
        return self


class CheckConfig(_Strict):
    enabled: bool = True
    severity: Annotated[Severity, Field(strict=False)] | None = None  # from its name
    weight: float | None = Field(default=None, ge=0)
    options: dict[str, Any] = {}


class ScoringConfig(_Strict):
    ready: int = Field(default=90, ge=0, le=100)
    almost: int = Field(default=70, ge=0, le=100)
    blocking_severity: Literal["low", "medium", "high", "none"] = "high"
    min_category: dict[str, Annotated[int, Field(ge=0, le=100)]] = {}
    """Per-category floors (``{profile: 80}``): a category scored below its floor keeps the
    verdict from ``ready`` and exits 1, like Lighthouse CI's per-category assertions."""

    @model_validator(mode="after")
    def _ordered(self) -> ScoringConfig:
        if self.almost > self.ready:
            raise ValueError(f"almost ({self.almost}) must not exceed ready ({self.ready})")
        unknown = sorted(set(self.min_category) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"min_category: unknown categor{'ies' if len(unknown) > 1 else 'y'} "
                             f"{', '.join(map(repr, unknown))}; use {', '.join(CATEGORIES)}")
        return self


class OutputConfig(_Strict):
    format: Literal["terminal", "markdown", "json", "html", "junit", "github"] | None = None
    file: str | None = None


class NetworkConfig(_Strict):
    """How every collector reads the web: politely, safely, with caps."""

    allow_private: Literal[False, "loopback", "private"] = False
    respect_robots: bool = True
    connect_timeout: float = Field(default=5.0, gt=0.0, le=60.0)
    read_timeout: float = Field(default=15.0, gt=0.0, le=120.0)
    deadline_seconds: float = Field(default=120.0, gt=0.0, le=3600.0)
    max_bytes: int = Field(default=5_000_000, ge=10_000, le=100_000_000)
    max_redirects: int = Field(default=5, ge=0, le=5)
    retries: int = Field(default=2, ge=0, le=5)
    retry_after_cap_seconds: float = Field(default=60.0, ge=0.0, le=600.0)
    per_host_concurrency: int = Field(default=2, ge=1, le=2)
    min_interval_seconds: float = Field(default=1.0, ge=0.0, le=60.0)
    workers: int = Field(default=8, ge=1, le=32)
    cache: bool = True
    cache_ttl_seconds: int = Field(default=3600, ge=0)
    cache_path: str | None = None


    @field_validator("allow_private", mode="before")
    @classmethod
    def _true_means_private(cls, value: Any) -> Any:
        # The old yes/no setting: `true` opened every private address, as `private` does.
        return "private" if value is True else value


class HistoryConfig(_Strict):
    enabled: bool = True
    path: str | None = None


RuleLevel = Literal["off", "warn", "error"]


class _Rule(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True,
                              alias_generator=lambda name: name.replace("_", "-"),
                              populate_by_name=True)

    @field_validator("level", mode="before", check_fields=False)
    @classmethod
    def _yaml_off(cls, value: Any) -> Any:
        # YAML 1.1 (PyYAML) reads a bare `off` as false; the level written was "off".
        return "off" if value is False else value


class ScoreDropRule(_Rule):
    level: RuleLevel = "error"
    points: int = Field(default=5, ge=0, le=100)


class OutcomeRegressedRule(_Rule):
    level: RuleLevel = "warn"


class RankDropRule(_Rule):
    level: RuleLevel = "warn"
    places: int = Field(default=3, ge=1)
    top: int | None = Field(default=3, ge=1)
    confirm_runs: int = Field(default=2, ge=1, le=10)


class NewResultRule(_Rule):
    level: RuleLevel = "warn"


class RegressionsConfig(_Rule):
    """Rules comparing a run with earlier ones (Lighthouse CI-style assertions)."""

    score_drop: ScoreDropRule = ScoreDropRule()
    outcome_regressed: OutcomeRegressedRule = OutcomeRegressedRule()
    rank_drop: RankDropRule = RankDropRule()
    new_result_about_you: NewResultRule = NewResultRule()


class OutreachConfig(_Strict):
    """Connection-note defaults for `note` and `preflight`, and the kind of account."""

    sender_name: str | None = None
    account: Literal["free", "premium"] | None = None
    note_limit: int = Field(default=NOTE_LIMITS["premium"], ge=1, le=2000)
    note_file: str | None = None
    phrase_files: list[str] = []

    @model_validator(mode="before")
    @classmethod
    def _limit_from_account(cls, data: Any) -> Any:
        # An explicit note_limit wins; without one, the account's limit is the default.
        if isinstance(data, dict) and data.get("note_limit") is None and \
                data.get("account") in NOTE_LIMITS:
            return {**data, "note_limit": NOTE_LIMITS[data["account"]]}
        return data


class Config(_Strict):
    person: PersonConfig
    portfolio: PortfolioConfig = PortfolioConfig()
    profiles: ProfilesConfig = ProfilesConfig()
    search: SearchConfig = SearchConfig()
    checks: dict[str, CheckConfig] = {}
    scoring: ScoringConfig = ScoringConfig()
    check_paths: list[str] = []
    output: OutputConfig = OutputConfig()
    network: NetworkConfig = NetworkConfig()
    history: HistoryConfig = HistoryConfig()
    regressions: RegressionsConfig = RegressionsConfig()
    outreach: OutreachConfig = OutreachConfig()

    @model_validator(mode="before")
    @classmethod
    def _empty_sections(cls, data: Any) -> Any:
        # A section whose every line is commented out (`profiles:` alone) parses as null;
        # it means "nothing set here", not a type error.
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (v is None and k != "person")}
        return data

    def query_templates(self) -> list[str]:
        """Configured templates, or the name alone plus the name with the profession."""
        if self.search.queries:
            return list(self.search.queries)
        return ["{name}", "{name} {profession}"] if self.person.profession else ["{name}"]

    def render_query(self, template: str) -> str:
        values = {f: getattr(self.person, f) or "" for f in QUERY_FIELDS}
        return " ".join(template.format(**values).split())

    def subject(self) -> Subject:
        return Subject(
            name=self.person.name,
            aliases=tuple(self.person.aliases),
            profession=self.person.profession,
            location=self.person.location,
            context=tuple(self.person.context),
            not_me=tuple(self.person.not_me),
            watchlist=tuple(self.person.watchlist),
            portfolio_url=self.portfolio.url,
            linkedin_url=self.profiles.linkedin.url,
            github_login=self.profiles.github,
            other_profiles=tuple(self.profiles.others),
        )


