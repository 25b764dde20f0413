"""Configuration: the YAML schema, loading, validation and ``${ENV_VAR}`` interpolation.

Every mistake becomes a ``ConfigError`` whose message names the key path and the line in the
file, so the CLI can print it and exit 2 without a traceback. Unknown keys are rejected with a
did-you-mean, and a key set twice is refused, because an option that silently does nothing is
worse than an error.
Secrets are never written in the file: a value such as ``${BRAVE_API_KEY}`` is read from the
environment at load time, and a variable that is not set is an error that names it.
"""

from __future__ import annotations

import difflib
import os
import re
import string
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from presence_audit.core.model import Severity, Subject
from presence_audit.sources.search.ddgs_provider import KNOWN_ENGINES
from presence_audit.sources.search.providers import CREDENTIALS_IN_URL, has_credentials

if TYPE_CHECKING:
    from presence_audit.checks.registry import Registry

DEFAULT_CONFIG_FILE = "presence-audit.yaml"
QUERY_FIELDS = ("name", "profession", "location")

KeyPath = tuple[str | int, ...]


class ConfigError(Exception):
    """A configuration mistake, worded for the person who made it."""


class _Strict(BaseModel):
    # YAML reads `.inf` and `.nan` as numbers; no weight, pace or timeout here means either.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


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
    engines: list[str] = Field(default=["duckduckgo", "brave"], min_length=1)
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
        for value in values:
            if provider == "ddgs" and value not in KNOWN_ENGINES:
                raise ValueError(f"unknown engine {value!r}{_did_you_mean(value, KNOWN_ENGINES)}"
                                 f"; known engines: {', '.join(KNOWN_ENGINES)}")
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
        if self.provider == "replay" and not self.replay:
            raise ValueError("provider 'replay' needs search.replay: a saved serps.json or folder")
        if self.provider == "searxng" and not self.searxng_url:
            raise ValueError("provider 'searxng' needs search.searxng_url: your instance's "
                             "address, e.g. http://localhost:8888")
        return self


class CheckConfig(_Strict):
    enabled: bool = True
    severity: Severity | None = None
    weight: float | None = Field(default=None, ge=0)
    options: dict[str, Any] = {}


class ScoringConfig(_Strict):
    ready: int = Field(default=90, ge=0, le=100)
    almost: int = Field(default=70, ge=0, le=100)
    blocking_severity: Literal["low", "medium", "high", "none"] = "high"

    @model_validator(mode="after")
    def _ordered(self) -> ScoringConfig:
        if self.almost > self.ready:
            raise ValueError(f"almost ({self.almost}) must not exceed ready ({self.ready})")
        return self


class OutputConfig(_Strict):
    format: Literal["terminal", "markdown", "json", "html", "junit"] | None = None
    file: str | None = None


class NetworkConfig(_Strict):
    """How every collector reads the web: politely, safely, with caps."""

    allow_private: bool = False
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
    """Connection-note defaults for `note` and `preflight`."""

    sender_name: str | None = None
    note_limit: int = Field(default=300, ge=1, le=2000)
    note_file: str | None = None
    phrase_files: list[str] = []


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


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config with where it came from, for paths and later line lookups."""

    config: Config
    path: Path | None
    nodes: yaml.Node | None

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def resolve(self, relative: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        path = Path(relative).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    @property
    def network(self) -> NetworkConfig:
        """The ``network`` section with ``cache_path`` resolved like every other path here."""
        network = self.config.network
        if network.cache_path is None:
            return network
        return network.model_copy(update={"cache_path": str(self.resolve(network.cache_path))})

    def where(self, key_path: KeyPath) -> str:
        """``file:line`` of a key, for messages."""
        return _location(_label(self.path), self.nodes, key_path)

    def validate_checks(self, registry: Registry) -> dict[str, dict[str, Any]]:
        """Check the ``checks:`` section against the registry; return typed options per id.

        Done after loading because plugins named in ``check_paths`` add ids and options.
        """
        from presence_audit.checks.registry import UnknownCheckError

        options_by_id: dict[str, dict[str, Any]] = {}
        for check_id, settings in self.config.checks.items():
            key_path: KeyPath = ("checks", check_id)
            try:
                spec = registry.get(check_id)
            except UnknownCheckError as exc:
                raise ConfigError(
                    f"{self.where(key_path)}: checks: {exc}. `presence-audit checks` lists them."
                ) from None
            typed: dict[str, Any] = {}
            for name, value in settings.options.items():
                option_path = (*key_path, "options", name)
                if name not in spec.options:
                    hint = _did_you_mean(name, list(spec.options))
                    known = ", ".join(spec.options) or "none"
                    raise ConfigError(
                        f"{self.where(option_path)}: {_dotted(option_path)}: unknown option "
                        f"{name!r}{hint}; {check_id} takes: {known}"
                    )
                try:
                    typed[name] = spec.options[name].coerce(value)
                except ValueError as exc:
                    raise ConfigError(
                        f"{self.where(option_path)}: {_dotted(option_path)}: {exc}"
                    ) from None
            options_by_id[check_id] = typed
        return options_by_id


def load_config(path: Path) -> LoadedConfig:
    """Read, interpolate and validate a config file, or raise ``ConfigError``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such config file. Run `presence-audit init` to write one, "
            "or pass -c FILE."
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc}") from None
    return parse_config(text, path)


def parse_config(
    text: str, path: Path | None = None, environ: Mapping[str, str] | None = None
) -> LoadedConfig:
    """Validate YAML text; ``path`` only labels messages and anchors relative paths."""
    label = _label(path)
    try:
        nodes = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise ConfigError(f"{label}{line}: YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{label}: YAML syntax error: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{label}:1: the config must be a mapping of sections (person: …)")
    _check_nodes(nodes, label)
    env = os.environ if environ is None else environ
    data = _interpolate(data, (), env, nodes, label)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe_errors(exc, nodes, label)) from None
    _check_query_templates(config, nodes, label)
    return LoadedConfig(config=config, path=path, nodes=nodes)


def _check_nodes(root: yaml.Node | None, label: str) -> None:
    """Refuse what YAML would let through silently: a key set twice in one mapping (the last
    one wins, so a second ``search:`` would discard the first, as bad as a misspelt key),
    and an alias inside its own anchor (a structure without end)."""
    checked: set[int] = set()

    def walk(node: yaml.Node, key_path: KeyPath, ancestors: frozenset[int]) -> None:
        if id(node) in ancestors:
            raise ConfigError(f"{_location(label, root, key_path)}: {_dotted(key_path)}: "
                              "an alias inside its own anchor nests it in itself forever")
        if id(node) in checked:  # an alias to a node already checked
            return
        checked.add(id(node))
        inside = ancestors | {id(node)}
        if isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                walk(child, (*key_path, index), inside)
        elif isinstance(node, yaml.MappingNode):
            first_lines: dict[str, int] = {}
            for key_node, value_node in node.value:
                key, line = str(key_node.value), key_node.start_mark.line + 1
                if key in first_lines and key != "<<":
                    raise ConfigError(f"{label}:{line}: {_dotted((*key_path, key))} is set "
                                      f"twice (first on line {first_lines[key]}); keep one")
                first_lines.setdefault(key, line)
                walk(value_node, (*key_path, key), inside)

    if root is not None:
        walk(root, (), frozenset())


def _check_query_templates(config: Config, nodes: yaml.Node | None, label: str) -> None:
    for index, template in enumerate(config.search.queries or ()):
        where = _location(label, nodes, ("search", "queries", index))
        try:
            placeholders = _placeholders(template)
        except ValueError as exc:
            raise ConfigError(f"{where}: search.queries[{index}]: {exc}") from None
        for placeholder in placeholders:
            if placeholder not in QUERY_FIELDS:
                available = ", ".join("{" + f + "}" for f in QUERY_FIELDS)
                raise ConfigError(
                    f"{where}: search.queries[{index}]: {template!r} uses {{{placeholder}}}; "
                    f"available placeholders: {available}"
                )
            if not getattr(config.person, placeholder):
                raise ConfigError(
                    f"{where}: search.queries[{index}]: {template!r} uses {{{placeholder}}} "
                    f"but person.{placeholder} is not set"
                )


_ENV = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _interpolate(
    value: Any, key_path: KeyPath, env: Mapping[str, str], nodes: yaml.Node | None, label: str
) -> Any:
    if isinstance(value, dict):
        return {k: _interpolate(v, (*key_path, k), env, nodes, label) for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v, (*key_path, i), env, nodes, label) for i, v in enumerate(value)]
    if not isinstance(value, str) or "$" not in value:
        return value

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1)
        if name not in env:
            raise ConfigError(
                f"{_location(label, nodes, key_path)}: {_dotted(key_path)} refers to the "
                f"environment variable {name}, which is not set. Export it before running "
                "(secrets belong in the environment, not in the file)."
            )
        return env[name]

    return _ENV.sub(substitute, value)


def _describe_errors(exc: ValidationError, nodes: yaml.Node | None, label: str) -> str:
    lines = []
    for error in exc.errors():
        key_path: KeyPath = tuple(error["loc"])
        where = _location(label, nodes, key_path)
        key = _dotted(key_path) or "(top level)"
        kind = error["type"]
        if kind == "extra_forbidden":
            parent = key_path[:-1]
            hint = _did_you_mean(str(key_path[-1]), _allowed_keys(parent))
            lines.append(f"{where}: unknown key {key!r}{hint}")
        elif kind == "missing":
            lines.append(f"{where}: {key} is required but missing")
        else:
            message = str(error["msg"]).removeprefix("Value error, ")
            given = error.get("input")
            # Our own validators already quote the offending value; pydantic's do not.
            shown = "" if kind == "value_error" or isinstance(given, (dict, list)) else (
                f" (got {given!r})"
            )
            lines.append(f"{where}: {key}: {message}{shown}")
    return "\n".join(lines)


def _allowed_keys(key_path: KeyPath) -> list[str]:
    """Field names of the model found at ``key_path`` inside ``Config``."""
    model: Any = Config
    for part in key_path:
        annotation = _field_annotation(model, part)
        if annotation is None:
            return []
        model = annotation
    if not _is_model(model):
        return []
    return [field.alias or name for name, field in model.model_fields.items()]


def _field_annotation(model: Any, part: str | int) -> Any:
    if _is_model(model):
        fields = {f.alias or n: f for n, f in model.model_fields.items()}
        field = fields.get(str(part))
        return _unwrap(field.annotation) if field else None
    origin = get_origin(model)
    if origin in (list, dict):
        return _unwrap(get_args(model)[-1])
    return None


def _unwrap(annotation: Any) -> Any:
    # `X | None` and the like: keep the first non-None member.
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) in (Union, types.UnionType):
        return _unwrap(args[0]) if args else annotation
    return annotation


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _placeholders(template: str) -> list[str]:
    names = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if spec or conversion:
            # `{name!r}` would search for the quotes; `{name:{x}}` fails only when searching.
            raise ValueError(f"{template!r}: write placeholders plainly, as {{name}}, "
                             "without ! or : after the name")
        names.append(name)
    return names


def _dotted(key_path: KeyPath) -> str:
    text = ""
    for part in key_path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _label(path: Path | None) -> str:
    return str(path) if path else "<config>"


def _location(label: str, nodes: yaml.Node | None, key_path: KeyPath) -> str:
    line = _line_of(nodes, key_path)
    return f"{label}:{line}" if line else label


def _line_of(nodes: yaml.Node | None, key_path: KeyPath) -> int | None:
    """The 1-based line of the deepest node along ``key_path`` that exists in the file."""
    node = nodes
    line = node.start_mark.line + 1 if node is not None else None
    for part in key_path:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if str(key_node.value) == str(part):
                    # Point at the key's own line: that is where the reader looks.
                    line = key_node.start_mark.line + 1
                    child = value_node
                    break
        elif (isinstance(node, yaml.SequenceNode) and isinstance(part, int)
              and 0 <= part < len(node.value)):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line
