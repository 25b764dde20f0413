"""Search results as the pipeline keeps them.

A *result list* is what one engine answered to one query in one sample, stamped with how it was
obtained (provider, engine, region, safesearch, time, tool version) so a rank can be reproduced
and compared later. A list that could not be obtained carries ``status: "error"`` and the reason
— never an empty list standing for "not found".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from presence_audit.core.model import JSONDict

BLOCKED_MESSAGE = (
    "engine returned no results — engines answer an empty page when they block automated "
    "queries; try later or another engine"
)
"""Why an empty answer is recorded as ``blocked``: it is never read as "not found"."""


@dataclass(frozen=True)
class SearchResult:
    """One organic result; ``rank`` is 1-based in the order the engine returned them."""

    rank: int
    title: str
    url: str
    snippet: str = ""

    def to_dict(self) -> JSONDict:
        return {"rank": self.rank, "title": self.title, "url": self.url,
                "snippet": self.snippet}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchResult:
        return cls(
            rank=int(data["rank"]),
            title=str(data.get("title") or ""),
            url=str(data["url"]),
            snippet=str(data.get("snippet") or ""),
        )


@dataclass
class ResultList:
    """One (query, engine, sample) measurement.

    ``index`` is whose results the list reflects, when known: DuckDuckGo and Yahoo serve
    Bing's index and Startpage Google's, so a list from ``startpage`` has ``index: google``.
    ``source`` is the file a saved results page was read from.
    """

    query: str
    template: str
    engine: str
    provider: str
    region: str
    safesearch: str
    sample: int
    fetched_at: str
    tool_version: str
    status: str = "ok"
    error: JSONDict | None = None
    results: list[SearchResult] = field(default_factory=list)
    index: str | None = None
    source: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_dict(self) -> JSONDict:
        data: JSONDict = {
            "query": self.query,
            "template": self.template,
            "engine": self.engine,
            "provider": self.provider,
            "region": self.region,
            "safesearch": self.safesearch,
            "sample": self.sample,
            "fetched_at": self.fetched_at,
            "tool_version": self.tool_version,
            "status": self.status,
            "error": self.error,
            "results": [r.to_dict() for r in self.results],
        }
        # Only when known, so lists recorded before these existed read back unchanged.
        if self.index is not None:
            data["index"] = self.index
        if self.source is not None:
            data["source"] = self.source
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResultList:
        return cls(
            query=str(data["query"]),
            template=str(data.get("template", data["query"])),
            engine=str(data["engine"]),
            provider=str(data.get("provider", "")),
            region=str(data.get("region", "")),
            safesearch=str(data.get("safesearch", "")),
            sample=int(data.get("sample", 1)),
            fetched_at=str(data.get("fetched_at", "")),
            tool_version=str(data.get("tool_version", "")),
            status=str(data.get("status", "ok")),
            error=_error_of(data.get("error")),
            results=[SearchResult.from_dict(r) for r in data.get("results") or []],
            index=str(data["index"]) if data.get("index") else None,
            source=str(data["source"]) if data.get("source") else None,
        )


def _error_of(value: Any) -> JSONDict | None:
    """A saved list's ``error`` as a mapping, whatever a hand-edited artifact put there."""
    if value is None or isinstance(value, dict):
        return value
    return {"kind": "provider-error", "message": str(value)}


def lists_from_artifact(data: Mapping[str, Any]) -> list[ResultList]:
    """The result lists stored in a ``serps`` artifact's data."""
    return [ResultList.from_dict(item) for item in data.get("lists", [])]
