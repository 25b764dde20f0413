"""The data that flows through the pipeline: artifacts, findings, results and the report.

Everything here is plain data with a JSON form (``to_dict``): the report's is a versioned
contract that every other output format is rendered from. Artifacts also read theirs back
(``from_dict``), losslessly, because they are saved and replayed (``--save-artifacts`` /
``--from-artifacts``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

SCHEMA_VERSION = 1

JSONDict = dict[str, Any]


class Outcome(str, Enum):
    """What a check concluded; only pass, warn and fail are measurements (docs/architecture.md)."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    ERROR = "error"
    SKIP = "skip"
    INFO = "info"


class Severity(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return {"low": 0, "medium": 1, "high": 2}[self.value]


CATEGORIES: dict[str, str] = {
    "search": "Search presence",
    "profile": "Public profiles",
    "portfolio": "Portfolio site",
    "curation": "Curation",
    "outreach": "Outreach",
    "network": "Your network",
}
"""Category ids in report order, with their titles."""


def utc_now() -> str:
    """An ISO-8601 UTC timestamp with a ``Z`` suffix, to the second."""
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    return now.isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Evidence:
    """One observed fact behind a result: text, and where it was seen."""

    text: str
    url: str | None = None
    source: str | None = None

    def to_dict(self) -> JSONDict:
        return {"text": self.text, "url": self.url, "source": self.source}


@dataclass
class Finding:
    """What a check returns. The runner stamps id, title, category, severity and weight.

    ``score`` lets a ``warn`` say how close it came (0..1); it defaults to one half.
    """

    outcome: Outcome
    message: str
    fix: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    data: JSONDict = field(default_factory=dict)
    score: float | None = None


@dataclass
class Result:
    """A check's finding with its identity, as it appears in the report."""

    check_id: str
    title: str
    category: str
    outcome: Outcome
    severity: Severity
    weight: float
    message: str
    fix: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    data: JSONDict = field(default_factory=dict)
    score: float | None = None

    @property
    def points(self) -> float | None:
        """The share of this check's weight earned: 1 pass, partial warn, 0 fail, else None."""
        if self.outcome is Outcome.PASS:
            return 1.0
        if self.outcome is Outcome.WARN:
            return 0.5 if self.score is None else min(max(self.score, 0.0), 1.0)
        if self.outcome is Outcome.FAIL:
            return 0.0
        return None

    def to_dict(self) -> JSONDict:
        return {
            "check_id": self.check_id,
            "title": self.title,
            "category": self.category,
            "outcome": self.outcome.value,
            "severity": self.severity.value,
            "weight": self.weight,
            "score": self.points,
            "message": self.message,
            "fix": self.fix,
            "evidence": [e.to_dict() for e in self.evidence],
            "data": self.data,
        }


@dataclass
class SourceStatus:
    """The report's account of one artifact: ok, error (wholly or partly) or skipped."""

    artifact: str
    status: str
    detail: str

    def to_dict(self) -> JSONDict:
        return {"artifact": self.artifact, "status": self.status, "detail": self.detail}


@dataclass
class CategoryScore:
    id: str
    title: str
    score: int | None

    def to_dict(self) -> JSONDict:
        return {"id": self.id, "title": self.title, "score": self.score}


@dataclass
class TopFix:
    """A fix worth doing first: ``gain`` is the overall score it would add if it passed."""

    check_id: str
    title: str
    fix: str
    gain: float

    def to_dict(self) -> JSONDict:
        return {"check_id": self.check_id, "title": self.title, "fix": self.fix,
                "gain": self.gain}


@dataclass
class Unmeasured:
    """One root cause: what went wrong, the sources it stopped, the checks left unmeasured."""

    cause: str
    sources: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    def to_dict(self) -> JSONDict:
        return {"cause": self.cause, "sources": list(self.sources), "checks": list(self.checks)}


@dataclass
class Report:
    """The canonical outcome of an audit; every output format is rendered from ``to_dict``."""

    subject_name: str
    tool_version: str
    generated_at: str
    score: int | None
    verdict: str
    categories: list[CategoryScore]
    results: list[Result]
    sources: list[SourceStatus]
    top_fixes: list[TopFix] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unmeasured: list[Unmeasured] = field(default_factory=list)
    """Why checks could not be measured, one entry per root cause (``unmeasured.py``)."""
    thresholds: dict[str, Any] = field(default_factory=dict)
    """The ``ready`` and ``almost`` scores the verdict was judged by, for gauges and bars."""
    config_path: str | None = None
    """The config file the run read, as the user would name it."""

    @property
    def incomplete(self) -> bool:
        """Something could not be measured: an error result or a source that failed."""
        return any(r.outcome is Outcome.ERROR for r in self.results) or any(
            s.status == "error" for s in self.sources
        )

    def to_dict(self) -> JSONDict:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "presence-audit", "version": self.tool_version},
            "generated_at": self.generated_at,
            "subject": {"name": self.subject_name},
            "score": self.score,
            "verdict": self.verdict,
            "categories": [c.to_dict() for c in self.categories],
            "results": [r.to_dict() for r in self.results],
            "sources": [s.to_dict() for s in self.sources],
            "top_fixes": [f.to_dict() for f in self.top_fixes],
            "warnings": list(self.warnings),
            "unmeasured": [u.to_dict() for u in self.unmeasured],
            "thresholds": dict(self.thresholds),
            **({"config": {"path": self.config_path}} if self.config_path else {}),
        }


@dataclass(frozen=True)
class Subject:
    """Who is audited: the configured facts checks may judge against (never secrets)."""

    name: str
    aliases: tuple[str, ...] = ()
    profession: str | None = None
    location: str | None = None
    context: tuple[str, ...] = ()
    portfolio_url: str | None = None
    linkedin_url: str | None = None
    github_login: str | None = None
    other_profiles: tuple[str, ...] = ()
    not_me: tuple[str, ...] = ()
    watchlist: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias, in the order configured."""
        return (self.name, *self.aliases)

    @property
    def profile_urls(self) -> dict[str, str]:
        """Configured public profile URLs by label (``linkedin``, ``github``, then hosts)."""
        urls: dict[str, str] = {}
        if self.linkedin_url:
            urls["linkedin"] = self.linkedin_url
        if self.github_login:
            urls["github"] = f"https://github.com/{self.github_login}"
        for url in self.other_profiles:
            urls[url] = url
        return urls
