"""Search results as the pipeline keeps them, and the provider interface behind them.

A *result list* is what one engine answered to one query in one sample, stamped with how it was
obtained (provider, engine, region, safesearch, time, tool version) so a rank can be reproduced
and compared later. A list that could not be obtained carries ``status: "error"`` and the reason
— never an empty list standing for "not found".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from presence_audit.core.model import JSONDict

SERPS_ARTIFACT = "serps"

BLOCKED_MESSAGE = (
    "engine returned no results — engines answer an empty page when they block automated "
    "queries; try later or another engine"
)
"""Why an empty answer is recorded as ``blocked``: it is never read as "not found"."""


class SearchError(Exception):
    """A query could not be measured. ``kind`` is a short machine word, the message is for people.

    Kinds: ``timeout``, ``rate-limited``, ``blocked`` (including an empty answer, which engines
    give when they silently block), ``connection`` (no route to the engine), ``provider-error``,
    ``config``, ``replay-missing`` (a replayed artifact holds no list for the query).
    ``details`` are extra JSON-able facts kept with the failed list (SearXNG's
    ``unresponsive_engines``).
    ``retried`` says the provider already retried (the HTTP layer does for 429), so the
    collector does not retry on top of it.
    """

    def __init__(self, kind: str, message: str,
                 details: Mapping[str, Any] | None = None, *, retried: bool = False) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.details: JSONDict = dict(details or {})
        self.retried = retried

    def to_dict(self) -> JSONDict:
        """The ``error`` of a result list: kind, message, then any details."""
        extra = {k: v for k, v in self.details.items() if k not in ("kind", "message")}
        return {"kind": self.kind, "message": self.message, **extra}


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
    """One (query, engine, sample) measurement."""

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

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_dict(self) -> JSONDict:
        return {
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
        )


@dataclass(frozen=True)
class SearchQuery:
    """A query to run: the rendered text and the template it came from (``"{name}"``)."""

    text: str
    template: str


class SearchProvider(Protocol):
    """Answers one query on one pinned engine, or raises ``SearchError``.

    Implementations must not return an empty list to mean "nothing found": an empty answer is
    what a silent block looks like, so it is raised as ``SearchError("blocked", …)``.
    ``scope`` tells cached answers of different sources apart (``ddgs``, one SearXNG
    instance, the Brave API); it never holds a secret.
    """

    name: str
    scope: str

    def search(
        self, query: str, *, engine: str, region: str, safesearch: str, max_results: int,
        sample: int = 1,
    ) -> list[SearchResult]: ...


def summary(exc: BaseException) -> str:
    """The first line of ``exc``'s message, at most 200 characters, or its type's name."""
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _error_of(value: Any) -> JSONDict | None:
    """A saved list's ``error`` as a mapping, whatever a hand-edited artifact put there."""
    if value is None or isinstance(value, dict):
        return value
    return {"kind": "provider-error", "message": str(value)}


def lists_from_artifact(data: Mapping[str, Any]) -> list[ResultList]:
    """The result lists stored in a ``serps`` artifact's data."""
    return [ResultList.from_dict(item) for item in data.get("lists", [])]
