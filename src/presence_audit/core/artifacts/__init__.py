"""Every artifact type: what collectors produce and checks consume, in one vocabulary.

Collectors (``sources``) build these; checks read them; neither imports the other. An artifact
is a named, JSON-serialisable piece of gathered input plus how it was obtained; the typed views
in this package's modules (``serps``, ``linkedin``) read an artifact's ``data`` back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from presence_audit.core.model import JSONDict, SourceStatus, utc_now

SERPS_ARTIFACT = "serps"
"""Result lists, one per (query, engine, sample): :mod:`presence_audit.core.artifacts.serps`."""
CONSOLE_ARTIFACT = "console"
"""Google Search Console's Performance export of the user's site: ``queries`` (query, clicks,
impressions, ``ctr`` as a fraction, average ``position``), ``period``, ``filters``."""
NOTE_ARTIFACT = "note"
"""The connection note to lint, with what the linter needs to judge it."""
NETWORK_ARTIFACT = "network"
"""Connections, requests and conversations, without anyone else's data:
:mod:`presence_audit.core.artifacts.network`."""
GATHERED_ARTIFACTS = ("serps", "console", "note", "portfolio", "linkedin", "github",
                      "profile_pages", "network")
"""What ``run`` gathers, one collector each (``sources.collectors.COLLECTORS``), and what
``--save-artifacts`` writes: named here so that reading saved ones needs no collector."""


class ArtifactStatus(str, Enum):
    OK = "ok"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass
class Artifact:
    """One named, JSON-serialisable piece of gathered input, and how it was obtained.

    ``status`` is ``error`` only when nothing usable was obtained; partial failures (one engine
    blocked out of three) stay inside ``data`` and are listed in ``problems`` so the checks can
    still judge what was measured and the report can still say what was not. ``warnings`` are
    for what was read with a flaw that leaves the rest whole (one unreadable file of an
    export): the report lists them without calling the source failed.
    """

    name: str
    status: ArtifactStatus
    source: str
    data: JSONDict = field(default_factory=dict)
    detail: str = ""
    problems: list[str] = field(default_factory=list)
    obtained_at: str = field(default_factory=utc_now)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def skipped(cls, name: str, source: str, detail: str) -> Artifact:
        return cls(name=name, status=ArtifactStatus.SKIPPED, source=source, detail=detail)

    @classmethod
    def failed(cls, name: str, source: str, detail: str) -> Artifact:
        return cls(name=name, status=ArtifactStatus.ERROR, source=source, detail=detail)

    def to_dict(self) -> JSONDict:
        # "warnings" only when there are some, so artifacts saved without it stay as they are.
        return {
            "name": self.name,
            "status": self.status.value,
            "source": self.source,
            "detail": self.detail,
            "problems": list(self.problems),
            **({"warnings": list(self.warnings)} if self.warnings else {}),
            "obtained_at": self.obtained_at,
            "data": self.data,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Artifact:
        return cls(
            name=str(data["name"]),
            status=ArtifactStatus(data["status"]),
            source=str(data.get("source", "")),
            data=dict(data.get("data") or {}),
            detail=str(data.get("detail", "")),
            problems=[str(p) for p in data.get("problems", [])],
            obtained_at=str(data.get("obtained_at", "")),
            warnings=[str(w) for w in data.get("warnings", [])],
        )

    def source_status(self) -> SourceStatus:
        """The report's account of this artifact; partial failures make it ``error``."""
        if self.status is ArtifactStatus.OK and self.problems:
            detail = "; ".join(self.problems)
            if self.detail:
                detail = f"{self.detail} — could not measure: {detail}"
            return SourceStatus(self.name, "error", detail)
        return SourceStatus(self.name, self.status.value, self.detail)
