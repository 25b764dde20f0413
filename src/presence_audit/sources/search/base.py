"""The search provider interface and its error; result lists are typed in ``core.artifacts.serps``.

A provider answers one query on one pinned engine. A list that could not be obtained carries
``status: "error"`` and the reason — never an empty list standing for "not found".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.core.model import JSONDict


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
