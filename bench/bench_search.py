"""Search gathering speed: engines in parallel, each engine paced, against a fake provider.

3 queries × 3 engines, one sample. Each call takes an injected latency (``--latency-ms``,
default 100 ms); calls to one engine start at least ``--pace-ms`` apart (default 400 ms,
scaled down from the real 3 s so the bench runs in seconds; jitter 0). The real collector,
``gather_serps``, runs on the real clock.

Bounds:

- pacing lower bound: one engine's calls cannot finish sooner than
  ``(queries - 1) × pace + latency``; engines run side by side, so that is the whole run's
  lower bound;
- all calls in sequence: the same calls made engine after engine (each engine's paced chain,
  one after the other), what the run would cost without engines in parallel.

Goals (exit status 1 if one is missed):

- parallel wall time ≤ 1.2 × the pacing lower bound;
- a re-run the same day answered from the day cache makes no provider call.

Run: ``python bench/bench_search.py [--latency-ms 100] [--pace-ms 400] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.search.base import SearchQuery
from presence_audit.sources.search.cache import SearchCache
from presence_audit.sources.search.collector import SearchPlan, gather_serps

ENGINES = ("duckduckgo", "brave", "mojeek")
QUERIES = (SearchQuery("Ada Example", "{name}"),
           SearchQuery("Ada Example data engineer", "{name} {profession}"),
           SearchQuery("Ada Example Lisbon", "{name} {location}"))
BOUND_GOAL = 1.2


class SlowProvider:
    """Answers every call after ``latency`` seconds, counting the calls."""

    name = "bench"
    scope = "bench"

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.calls = 0
        self._lock = threading.Lock()

    def search(self, query: str, *, engine: str, region: str, safesearch: str,
               max_results: int, sample: int = 1) -> list[SearchResult]:
        with self._lock:
            self.calls += 1
        time.sleep(self.latency)
        return [SearchResult(1, f"{query} on {engine}", f"https://{engine}.example/")]


def plan(engines: tuple[str, ...], pace: float) -> SearchPlan:
    return SearchPlan(engines=engines, region="us-en", safesearch="moderate", results=10,
                      samples=1, pace_seconds=pace, jitter_seconds=0.0)


def timed(engines: tuple[str, ...], pace: float, latency: float,
          cache: SearchCache | None = None) -> tuple[float, int]:
    provider = SlowProvider(latency)
    started = time.perf_counter()
    artifact = gather_serps(QUERIES, plan(engines, pace), provider, cache=cache)
    elapsed = time.perf_counter() - started
    if artifact.problems:
        raise SystemExit(f"bench: the fake provider failed: {artifact.problems}")
    return elapsed, provider.calls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--pace-ms", type=float, default=400.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    latency, pace = args.latency_ms / 1000, args.pace_ms / 1000

    lower_bound = (len(QUERIES) - 1) * pace + latency
    parallel = statistics.median(timed(ENGINES, pace, latency)[0] for _ in range(args.rounds))
    sequential = sum(timed((engine,), pace, latency)[0] for engine in ENGINES)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as folder:
        cache = SearchCache(Path(folder))
        timed(ENGINES, pace, latency, cache)
        cached_wall, cached_calls = timed(ENGINES, pace, latency, cache)

    ratio = parallel / lower_bound
    rows = [
        ("calls", f"{len(QUERIES)} queries × {len(ENGINES)} engines = "
                  f"{len(QUERIES) * len(ENGINES)}", ""),
        ("per call", f"latency {latency * 1000:.0f} ms, pace {pace * 1000:.0f} ms per engine",
         ""),
        ("pacing lower bound", f"{lower_bound:.3f} s", ""),
        ("parallel (median)", f"{parallel:.3f} s",
         f"{ratio:.2f} × bound (goal ≤ {BOUND_GOAL})"),
        ("all calls in sequence", f"{sequential:.3f} s",
         f"{sequential / parallel:.1f} × parallel"),
        ("same-day re-run", f"{cached_wall:.3f} s", f"{cached_calls} provider calls (goal 0)"),
    ]
    width = max(len(label) for label, _, _ in rows)
    for label, value, note in rows:
        print(f"{label:<{width}}  {value:<44}  {note}")
    missed = []
    if ratio > BOUND_GOAL:
        missed.append(f"parallel wall time is {ratio:.2f} × the pacing lower bound")
    if cached_calls:
        missed.append(f"the same-day re-run made {cached_calls} calls")
    for miss in missed:
        print(f"bench: goal missed: {miss}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
