"""Loading a config file: YAML with line numbers, ``${ENV_VAR}`` interpolation, validation.

Every mistake becomes a ``ConfigError`` whose message names the key path and the line in the
file, so the CLI can print it and exit 2 without a traceback. Unknown keys are rejected with a
did-you-mean, and a key set twice is refused, because an option that silently does nothing is
worse than an error.
Secrets are never written in the file: a value such as ``${BRAVE_API_KEY}`` is read from the
environment at load time, and a variable that is not set is an error that names it.
"""

from __future__ import annotations

import os
import re
import string
import types
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin
from urllib.parse import unquote

import yaml
from pydantic import BaseModel, ValidationError

from presence_audit.config.errors import ConfigError
from presence_audit.config.keys import KeyPath, dotted
from presence_audit.config.plain import PlainCheck, PlainConfig, PlainScoring, PlainSettings
from presence_audit.config.schema import (
    QUERY_FIELDS,
    Config,
    NetworkConfig,
    SearchConfig,
)
from presence_audit.config.yaml_bounds import MAX_BYTES, YamlBoundsError, compose_and_construct
from presence_audit.core import secrets
from presence_audit.core.fileio import read_regular
from presence_audit.text.suggest import did_you_mean


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config with where it came from, for paths and later line lookups."""

    config: Config
    path: Path | None
    nodes: yaml.Node | None
    notes: tuple[str, ...] = ()
    """Deprecated spellings found, each with its line and what to write instead."""

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

    def plain(self) -> PlainSettings:
        """What a run reads of this config, as plain values (see ``config.plain``)."""
        config = self.config
        checks = {check_id: PlainCheck(enabled=check.enabled, severity=check.severity,
                                       weight=check.weight, options=dict(check.options))
                  for check_id, check in config.checks.items()}
        scoring = config.scoring
        return PlainSettings(
            PlainConfig(person=config.subject(), checks=checks, scoring=PlainScoring(
                ready=scoring.ready, almost=scoring.almost,
                blocking_severity=scoring.blocking_severity,
                min_category=dict(scoring.min_category))),
            label=_label(self.path))

    def missing_paths(self) -> list[str]:
        """One message per configured file or folder that is not there, ``file:line`` first.

        Said before anything is gathered: a wrong path is a mistake to fix, not a source that
        "could not be measured" (which a weekly job would report as incomplete, exit 3).
        """
        problems: list[str] = []
        import glob

        for key_path, kind, value in configured_paths(self.config):
            path = self.resolve(value)
            dotted = ".".join(str(part) for part in key_path)
            if kind == "pattern" and glob.has_magic(str(path)):
                if not glob.glob(str(path)):  # noqa: PTH207 - magic may be in any segment
                    problems.append(f"{self.where(key_path)}: {dotted}: no file matches "
                                    f"{path}")
            elif not path.exists():
                problems.append(f"{self.where(key_path)}: {dotted}: {path} does not exist")
            elif kind == "file" and path.is_dir():
                problems.append(f"{self.where(key_path)}: {dotted}: {path} is a folder, "
                                "not a file")
        return problems


PathKind = Literal["file", "any", "pattern"]
"""``file``: must be a file; ``any``: a file or a folder (an unzipped export); ``pattern``: a
file, a folder or a glob pattern that matches at least one (saved results pages)."""


def configured_paths(config: Config) -> list[tuple[KeyPath, PathKind, str]]:
    """Every file or folder the config names that the audit will read, with its key.

    A section that adds a path option adds it here, so that a wrong path is caught at once.
    """
    found: list[tuple[KeyPath, PathKind, str]] = []
    linkedin = config.profiles.linkedin
    if linkedin.export:
        found.append((("profiles", "linkedin", "export"), "any", linkedin.export))
    if linkedin.html:
        found.append((("profiles", "linkedin", "html"), "file", linkedin.html))
    if config.outreach.note_file:
        found.append((("outreach", "note_file"), "file", config.outreach.note_file))
    for n, phrase_file in enumerate(config.outreach.phrase_files):
        found.append((("outreach", "phrase_files", n), "file", phrase_file))
    if config.search.provider == "replay" and config.search.replay:
        found.append((("search", "replay"), "any", config.search.replay))
    for n, saved_page in enumerate(config.search.saved):
        found.append((("search", "saved", n), "pattern", saved_page))
    if config.search.console:
        found.append((("search", "console"), "any", config.search.console))
    return found


def load_config(path: Path) -> LoadedConfig:
    """Read, interpolate and validate a config file, or raise ``ConfigError``.

    Only a regular file is read (a FIFO would wait for a writer forever), and at most
    ``MAX_BYTES``: a config is a few kilobytes, and YAML parsing takes about a second a
    megabyte.
    """
    try:
        data = read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such config file. Run `presence-audit init` to write one, "
            "or pass -c FILE."
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror or exc}") from None
    if data is None:
        raise ConfigError(f"{path}: the config file is larger than {MAX_BYTES // 1024} KiB; a "
                          "config is a few kilobytes: is this the right file?")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read the config file: not UTF-8 text (byte "
                          f"{exc.start})") from None
    return parse_config(text, path)


def parse_config(
    text: str, path: Path | None = None, environ: Mapping[str, str] | None = None
) -> LoadedConfig:
    """Validate YAML text; ``path`` only labels messages and anchors relative paths."""
    label = _label(path)
    if len(text) > MAX_BYTES:
        raise ConfigError(f"{label}: the config is larger than {MAX_BYTES // 1024} KiB; a "
                          "config is a few kilobytes")
    try:
        nodes, data = compose_and_construct(text)
    except YamlBoundsError as exc:
        line = f":{exc.line}" if exc.line else ""
        raise ConfigError(f"{label}{line}: the config {exc}: refused") from None
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
    interpolated: list[str] = []
    data = _interpolate(data, (), env, nodes, label, interpolated)
    # Before validating: a message about a wrong value must not show a secret either.
    _register_secrets(data, interpolated, env)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe_errors(exc, nodes, label)) from None
    _check_query_templates(config, nodes, label)
    notes = _deprecations(data, nodes, label)
    return LoadedConfig(config=config, path=path, nodes=nodes, notes=notes)


def _deprecations(data: Mapping[str, Any], nodes: yaml.Node | None,
                  label: str) -> tuple[str, ...]:
    """Spellings still accepted, with what to write instead."""
    network = data.get("network")
    if isinstance(network, Mapping) and network.get("allow_private") is True:
        where = _location(label, nodes, ("network", "allow_private"))
        return (f"{where}: network.allow_private: true is deprecated and means private; "
                "write loopback (this machine only) or private (also your home or office "
                "network)",)
    return ()


def _check_nodes(root: yaml.Node | None, label: str) -> None:
    """Refuse what YAML would let through silently: a key set twice in one mapping (the last
    one wins, so a second ``search:`` would discard the first, as bad as a misspelt key),
    and an alias inside its own anchor (a structure without end)."""
    checked: set[int] = set()

    def walk(node: yaml.Node, key_path: KeyPath, ancestors: frozenset[int]) -> None:
        if id(node) in ancestors:
            raise ConfigError(f"{_location(label, root, key_path)}: {dotted(key_path)}: "
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
                    raise ConfigError(f"{label}:{line}: {dotted((*key_path, key))} is set "
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
    value: Any, key_path: KeyPath, env: Mapping[str, str], nodes: yaml.Node | None, label: str,
    secrets_found: list[str] | None = None,
) -> Any:
    """``value`` with ``${NAME}`` replaced from ``env``; each value read outside ``person``
    (who the audit is about, shown in every report) is added to ``secrets_found``."""
    found = [] if secrets_found is None else secrets_found
    if isinstance(value, dict):
        return {k: _interpolate(v, (*key_path, k), env, nodes, label, found)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v, (*key_path, i), env, nodes, label, found)
                for i, v in enumerate(value)]
    if not isinstance(value, str) or "$" not in value:
        return value

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1)
        if name not in env:
            raise ConfigError(
                f"{_location(label, nodes, key_path)}: {dotted(key_path)} refers to the "
                f"environment variable {name}, which is not set. Export it before running "
                "(secrets belong in the environment, not in the file)."
            )
        if key_path[:1] != ("person",):
            found.append(env[name])
        return env[name]

    return _ENV.sub(substitute, value)


_USERINFO = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#\s@]*)@")


def _register_secrets(data: Mapping[str, Any], interpolated: list[str],
                      env: Mapping[str, str]) -> None:
    """Tell the scrubber every secret this config knows of: values read from the environment,
    the keys its ``*_env`` settings name, and the user name and password of any URL in it."""
    values = list(interpolated)
    search, profiles = data.get("search"), data.get("profiles")
    names = [search.get("brave_api_key_env") if isinstance(search, dict) else None,
             profiles.get("github_token_env") if isinstance(profiles, dict) else None,
             SearchConfig.model_fields["brave_api_key_env"].default]
    values += [env[name] for name in names if isinstance(name, str) and env.get(name)]
    for text in _strings(data):
        for userinfo in _USERINFO.findall(text):
            values.append(userinfo)
            values.extend(unquote(part) for part in userinfo.split(":", 1))
    secrets.register(values)


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for item in data.values():
            yield from _strings(item)
    elif isinstance(data, (list, tuple)):
        for item in data:
            yield from _strings(item)


def _describe_errors(exc: ValidationError, nodes: yaml.Node | None, label: str) -> str:
    lines = []
    for error in exc.errors():
        key_path: KeyPath = tuple(error["loc"])
        where = _location(label, nodes, key_path)
        key = dotted(key_path) or "(top level)"
        kind = error["type"]
        if kind == "extra_forbidden":
            parent = key_path[:-1]
            hint = did_you_mean(str(key_path[-1]), _allowed_keys(parent))
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
