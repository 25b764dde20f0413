"""A search provider that hangs is abandoned at the run's deadline, not awaited."""

from __future__ import annotations

import threading
import time
from typing import Any

from presence_audit.sources.http.timing import Deadline, SystemClock
from presence_audit.sources.search.base import SearchQuery, SearchResult
from presence_audit.sources.search.collector import SearchPlan, gather_serps


class HangingProvider:
    name = "hanging"
    scope = "hanging"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls = 0

    def search(self, query: str, **_: Any) -> list[SearchResult]:
        self.calls += 1
        self.release.wait(30)
        return [SearchResult(rank=1, title="t", url="https://example.org/", snippet="")]


def test_a_hung_provider_is_abandoned_at_the_deadline_and_reported() -> None:
    provider = HangingProvider()
    plan = SearchPlan(engines=("duckduckgo", "brave"), region="us-en", safesearch="moderate",
                      results=10, samples=1, pace_seconds=0.0, jitter_seconds=0.0, retries=2)
    queries = [SearchQuery("Ada Example", "{name}"), SearchQuery("Ada data", "{name} data")]
    started = time.monotonic()
    try:
        artifact = gather_serps(queries, plan, provider,
                                deadline=Deadline(SystemClock(), 0.5))
    finally:
        provider.release.set()
    assert time.monotonic() - started < 5
    kinds = [item["error"]["kind"] for item in artifact.data["lists"]]
    assert kinds == ["deadline"] * 4
    messages = [item["error"]["message"] for item in artifact.data["lists"]]
    assert any("abandoned" in m and "network.deadline_seconds" in m for m in messages)
    # Not retried, and the second query of each engine is not even started.
    assert provider.calls == 2
