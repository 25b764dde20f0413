"""The settings a run reads, as plain values: for runs that need no config file.

An audit reads three things of its configuration — who it is about, each check's settings and
the scoring thresholds — and the runner takes anything that offers them (``RunSettings`` in
``presence_audit.runner``). A loaded config file offers them through its validated models;
``PlainSettings`` offers them without the models, so that ``note`` without a config, and the
demo on its bundled persona, start without importing the validation library. Defaults here are
the config's defaults; a test holds the two equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from presence_audit.config.keys import KeyPath
from presence_audit.core.model import Severity, Subject

NOTE_LIMITS = {"free": 200, "premium": 300}
"""LinkedIn's limit on a connection note by account, as it behaves today (Premium 300; free
accounts 200, as widely reported since 2023): a default that ``note_limit`` overrides."""
DEFAULT_NOTE_LIMIT = NOTE_LIMITS["premium"]


@dataclass(frozen=True)
class PlainCheck:
    """One check's settings (``checks.<id>`` in the file)."""

    enabled: bool = True
    severity: Severity | None = None
    weight: float | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PlainScoring:
    """The ``scoring`` section."""

    ready: int = 90
    almost: int = 70
    blocking_severity: str = "high"
    min_category: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlainConfig:
    """What the runner reads of a config, in the shape of the validated one."""

    person: Subject
    checks: Mapping[str, PlainCheck] = field(default_factory=dict)
    scoring: PlainScoring = PlainScoring()

    def subject(self) -> Subject:
        return self.person


@dataclass(frozen=True)
class PlainSettings:
    """Run settings without a config file behind them; ``label`` stands for its location."""

    config: PlainConfig
    label: str = "<defaults>"

    def where(self, key_path: KeyPath) -> str:
        return self.label

    @classmethod
    def defaults(cls, name: str) -> PlainSettings:
        """Every default, for ``name``: what a config holding only ``person.name`` gives."""
        return cls(PlainConfig(person=Subject(name=name)))

    def to_dict(self) -> dict[str, Any]:
        config = self.config
        subject = {key: list(value) if isinstance(value, tuple) else value
                   for key, value in vars(config.person).items()}
        return {
            "subject": subject,
            "checks": {check_id: {"enabled": check.enabled,
                                  "severity": check.severity.value if check.severity else None,
                                  "weight": check.weight, "options": dict(check.options)}
                       for check_id, check in config.checks.items()},
            "scoring": {"ready": config.scoring.ready, "almost": config.scoring.almost,
                        "blocking_severity": config.scoring.blocking_severity,
                        "min_category": dict(config.scoring.min_category)},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], label: str) -> PlainSettings:
        """Settings written by ``to_dict`` (of a config validated when they were written)."""
        fields: dict[str, Any] = {key: tuple(value) if isinstance(value, list) else value
                                  for key, value in data["subject"].items()}
        subject = Subject(**fields)
        checks = {check_id: PlainCheck(
            enabled=check["enabled"],
            severity=Severity(check["severity"]) if check["severity"] else None,
            weight=check["weight"], options=check["options"],
        ) for check_id, check in data["checks"].items()}
        return cls(PlainConfig(person=subject, checks=checks,
                               scoring=PlainScoring(**data["scoring"])), label=label)
