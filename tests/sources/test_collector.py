"""Gathering the serps artifact: every (query, engine, sample), paced per engine, failures kept."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from presence_audit import __version__
from presence_audit.core.artifacts import ArtifactStatus
from presence_audit.core.artifacts.serps import SearchResult, lists_from_artifact
from presence_audit.sources.search.base import SearchError, SearchQuery
from presence_audit.sources.search.cache import SearchCache
from presence_audit.sources.search.collector import SearchPlan, gather_serps
from presence_audit.sources.search.replay import ReplayProvider

QUERIES = [SearchQuery("Ada Example", "{name}"),
           SearchQuery("Ada Example data engineer", "{name} {profession}")]

Answer = Callable[[str, str, int], list[SearchResult]]


def plan(**changes: Any) -> SearchPlan:
    values: dict[str, Any] = {
        "engines": ("duckduckgo", "bing"), "region": "pt-pt", "safesearch": "off",
        "results": 10, "samples": 1, "pace_seconds": 4.0, "jitter_seconds": 2.0,
        "retries": 0, "backoff_seconds": 30.0,
    }
    values.update(changes)
    return SearchPlan(**values)


def hits(*urls: str) -> list[SearchResult]:
    return [SearchResult(rank=i, title=f"Result {i}", url=url)
            for i, url in enumerate(urls, start=1)]


class Scripted:
    """A provider answering each (query, engine, sample) through ``answer``."""

    name = "scripted"
    scope = "scripted"

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str, int]] = []
        self.params: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def search(
        self, query: str, *, engine: str, region: str, safesearch: str, max_results: int,
        sample: int = 1,
    ) -> list[SearchResult]:
        with self._lock:
            self.calls.append((query, engine, sample))
            self.params.append({"region": region, "safesearch": safesearch,
                                "max_results": max_results})
        return self.answer(query, engine, sample)


class FakeTime:
    """A clock that moves only when slept on, shared safely by the engine threads."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += seconds


def gather(provider: Scripted | ReplayProvider, the_plan: SearchPlan | None = None,
           queries: list[SearchQuery] = QUERIES, time: FakeTime | None = None,
           cache: SearchCache | None = None, day: str = "2026-11-14") -> Any:
    time = time or FakeTime()
    stamps = (f"{day}T09:00:{n:02d}Z" for n in itertools.count())
    return gather_serps(queries, the_plan or plan(), provider, cache=cache, sleep=time.sleep,
                        clock=time.clock, rand=lambda: 0.5, now=lambda: next(stamps))


def test_one_stamped_list_per_query_engine_and_sample() -> None:
    provider = Scripted(lambda q, e, s: hits(f"https://{e}.example/{s}"))
    artifact = gather(provider, plan(samples=2))
    assert artifact.name == "serps"
    assert artifact.status is ArtifactStatus.OK
    assert artifact.source == "scripted"
    assert artifact.problems == []
    assert artifact.detail == "8 result lists from 2 engines"
    lists = lists_from_artifact(artifact.data)
    assert [(item.sample, item.query, item.engine) for item in lists] == [
        (sample, query.text, engine)
        for sample in (1, 2) for query in QUERIES for engine in ("duckduckgo", "bing")
    ]
    first = lists[0]
    assert (first.template, first.provider, first.region, first.safesearch,
            first.tool_version, first.status, first.error) == (
        "{name}", "scripted", "pt-pt", "off", __version__, "ok", None)
    assert first.fetched_at.startswith("2026-11-14T09:00:")
    assert [r.url for r in lists[-1].results] == ["https://bing.example/2"]
    assert {tuple(p.items()) for p in provider.params} == {
        (("region", "pt-pt"), ("safesearch", "off"), ("max_results", 10))}


def test_the_plan_is_recorded_with_the_queries() -> None:
    artifact = gather(Scripted(lambda q, e, s: hits("https://x.example/")),
                      plan(engines=("bing", "duckduckgo", "bing")))
    assert artifact.data["plan"] == {
        "engines": ["bing", "duckduckgo"], "region": "pt-pt", "safesearch": "off",
        "results": 10, "samples": 1, "pace_seconds": 4.0, "jitter_seconds": 2.0,
        "retries": 0, "backoff_seconds": 30.0, "sample_spacing_seconds": 0.0,
        "queries": [{"text": "Ada Example", "template": "{name}"},
                    {"text": "Ada Example data engineer", "template": "{name} {profession}"}],
    }
    assert len(artifact.data["lists"]) == 4


def test_failures_become_error_lists_with_their_kind() -> None:
    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        if engine == "bing" and query == "Ada Example":
            raise SearchError("timeout", "bing did not answer in time: 10s")
        if engine == "bing":
            raise RuntimeError("parser broke\ntraceback noise")
        if query == "Ada Example data engineer":
            return []
        return hits("https://adaexample.dev/")

    artifact = gather(Scripted(answer))
    lists = {(item.engine, item.query): item for item in lists_from_artifact(artifact.data)}
    assert lists["duckduckgo", "Ada Example"].ok
    timeout = lists["bing", "Ada Example"]
    assert (timeout.status, timeout.results) == ("error", [])
    assert timeout.error == {"kind": "timeout", "message": "bing did not answer in time: 10s"}
    crash = lists["bing", "Ada Example data engineer"].error
    assert crash is not None
    assert crash["kind"] == "provider-error"
    assert crash["message"] == "RuntimeError: parser broke"
    empty = lists["duckduckgo", "Ada Example data engineer"].error
    assert empty is not None
    assert empty["kind"] == "blocked"
    assert artifact.status is ArtifactStatus.OK
    assert artifact.detail == "1 of 4 result lists from 2 engines"
    assert artifact.problems[0] == (
        'bing · "Ada Example": timeout — bing did not answer in time: 10s')
    assert len(artifact.problems) == 3


def test_when_everything_failed_the_detail_says_nothing_was_measured() -> None:
    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        raise SearchError("timeout", f"{engine} did not answer in time")

    artifact = gather(Scripted(answer), plan(samples=2))
    assert artifact.status is ArtifactStatus.OK
    assert artifact.detail == "nothing could be measured: all 8 result lists failed"
    assert all(item["status"] == "error" for item in artifact.data["lists"])
    assert artifact.problems[0] == (
        'duckduckgo · "Ada Example" (sample 1): timeout — duckduckgo did not answer in time')


def test_a_blocked_engine_is_not_asked_again_in_the_run() -> None:
    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        if engine == "bing":
            raise SearchError("rate-limited", "bing is rate-limiting: 429")
        return hits("https://adaexample.dev/")

    provider = Scripted(answer)
    artifact = gather(provider, plan(samples=2))
    assert [c for c in provider.calls if c[1] == "bing"] == [("Ada Example", "bing", 1)]
    assert len([c for c in provider.calls if c[1] == "duckduckgo"]) == 4
    bing = [item for item in lists_from_artifact(artifact.data) if item.engine == "bing"]
    assert len(bing) == 4
    assert all(item.error and item.error["kind"] == "rate-limited" for item in bing)
    assert bing[1].error is not None
    assert bing[1].error["message"].startswith("not asked after an earlier query on bing")


def test_an_unreachable_engine_is_not_asked_again_nor_waited_for() -> None:
    time = FakeTime()

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        raise SearchError("connection", f"could not reach {engine}: no DNS")

    provider = Scripted(answer)
    gather(provider, plan(engines=("bing",), samples=3, sample_spacing_seconds=60.0),
           time=time)
    assert provider.calls == [("Ada Example", "bing", 1)]
    assert time.slept == []


def test_calls_on_one_engine_are_paced_by_the_injected_clock() -> None:
    time = FakeTime()
    starts: list[float] = []

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        starts.append(time.clock())
        return hits("https://x.example/")

    gather(Scripted(answer), plan(engines=("duckduckgo",), samples=2), time=time)
    # pace 4 s + rand() 0.5 × jitter 2 s between consecutive starts, and no wait before the first
    assert starts == [0.0, 5.0, 10.0, 15.0]
    assert time.slept == [5.0, 5.0, 5.0]


def test_samples_are_spaced_apart_not_just_paced() -> None:
    time = FakeTime()
    starts: list[tuple[int, float]] = []

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        starts.append((sample, time.clock()))
        return hits("https://x.example/")

    gather(Scripted(answer), plan(engines=("duckduckgo",), samples=3,
                                  sample_spacing_seconds=60.0), time=time)
    # Two queries per round, 5 s apart; each round starts 60 s after the previous one did.
    assert starts == [(1, 0.0), (1, 5.0), (2, 60.0), (2, 65.0), (3, 120.0), (3, 125.0)]


def test_engines_run_concurrently_and_each_stays_paced() -> None:
    time = FakeTime()
    both_in_flight = threading.Barrier(2, timeout=10)
    starts: dict[str, list[float]] = {"duckduckgo": [], "bing": []}

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        starts[engine].append(time.clock())
        if len(starts[engine]) == 1:
            # Passes only if the other engine's first call is running at the same time.
            both_in_flight.wait()
        return hits("https://x.example/")

    artifact = gather(Scripted(answer), plan(samples=3), time=time)
    assert artifact.problems == []
    for engine_starts in starts.values():
        assert len(engine_starts) == 6
        gaps = [b - a for a, b in itertools.pairwise(engine_starts)]
        assert all(gap >= 5.0 for gap in gaps), gaps


def test_nothing_planned() -> None:
    artifact = gather(Scripted(lambda q, e, s: []), queries=[])
    assert artifact.data["lists"] == []
    assert artifact.detail == "no searches were planned (no queries or no engines)"


def test_replayed_lists_keep_their_own_fetch_time(saved_serps: Path) -> None:
    provider = ReplayProvider(saved_serps)
    artifact = gather(provider, plan(engines=("duckduckgo", "bing", "mojeek")),
                      queries=QUERIES[:1])
    lists = {item.engine: item for item in lists_from_artifact(artifact.data)}
    assert artifact.source == "replay"
    assert lists["duckduckgo"].fetched_at == "2026-11-01T10:00:00Z"
    assert lists["duckduckgo"].provider == "replay"
    assert lists["bing"].error == {"kind": "rate-limited",
                                   "message": "bing is rate-limiting: 429"}
    missing = lists["mojeek"].error
    assert missing is not None
    assert missing["kind"] == "replay-missing"


@pytest.mark.parametrize("samples", [1, 3])
def test_every_list_round_trips_through_json(samples: int) -> None:
    import json

    artifact = gather(Scripted(lambda q, e, s: hits("https://x.example/")),
                      plan(samples=samples))
    again = json.loads(json.dumps(artifact.to_dict()))
    assert [item.to_dict() for item in lists_from_artifact(again["data"])] == (
        artifact.data["lists"])



def test_a_replay_is_not_paced_and_keeps_lists_saved_after_a_failure(saved_serps: Path) -> None:
    time = FakeTime()
    artifact = gather(ReplayProvider(saved_serps), plan(engines=("bing",), samples=2),
                      queries=QUERIES[:1], time=time)
    lists = lists_from_artifact(artifact.data)
    assert [(item.sample, item.status) for item in lists] == [(1, "error"), (2, "ok")]
    assert time.slept == []


def test_a_rate_limited_call_is_retried_after_a_backoff_and_then_measured() -> None:
    time = FakeTime()
    starts: list[float] = []

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        starts.append(time.clock())
        if len(starts) == 1:
            raise SearchError("rate-limited", "duckduckgo is rate-limiting: 202")
        return hits("https://adaexample.dev/")

    provider = Scripted(answer)
    artifact = gather(provider, plan(engines=("duckduckgo",), retries=2), queries=QUERIES[:1],
                      time=time)
    assert artifact.problems == []
    assert len(provider.calls) == 2
    assert starts[1] - starts[0] >= 30.0
    assert lists_from_artifact(artifact.data)[0].ok


def test_retries_stop_after_two_with_growing_backoff_and_say_so() -> None:
    time = FakeTime()
    starts: list[float] = []

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        starts.append(time.clock())
        raise SearchError("timeout", "duckduckgo did not answer in time")

    provider = Scripted(answer)
    artifact = gather(provider, plan(engines=("duckduckgo",), retries=2), queries=QUERIES[:1],
                      time=time)
    assert len(provider.calls) == 3
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert gaps[0] >= 30.0
    assert gaps[1] >= 60.0
    error = lists_from_artifact(artifact.data)[0].error
    assert error == {"kind": "timeout",
                     "message": "duckduckgo did not answer in time (after 2 retries)"}


@pytest.mark.parametrize("kind", ["blocked", "config", "provider-error"])
def test_only_rate_limits_and_timeouts_are_retried(kind: str) -> None:
    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        raise SearchError(kind, "no")

    provider = Scripted(answer)
    gather(provider, plan(engines=("duckduckgo",), retries=2), queries=QUERIES[:1])
    assert len(provider.calls) == 1


def test_one_engine_backing_off_does_not_stop_the_other() -> None:
    time = FakeTime()
    starts: dict[str, list[float]] = {"duckduckgo": [], "bing": []}

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        starts[engine].append(time.clock())
        if engine == "bing":
            raise SearchError("timeout", "bing did not answer in time")
        return hits("https://x.example/")

    artifact = gather(Scripted(answer), plan(retries=1, samples=2), time=time)
    assert len(starts["duckduckgo"]) == 4
    assert len(starts["bing"]) == 8  # every call tried twice: a timeout is not a block
    for engine_starts in starts.values():
        gaps = [b - a for a, b in itertools.pairwise(engine_starts)]
        assert all(gap >= 5.0 for gap in gaps), gaps
    assert artifact.detail == "4 of 8 result lists from 2 engines"


def test_provider_details_are_kept_with_the_failed_list() -> None:
    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        raise SearchError("timeout", "SearXNG reports bing unresponsive: timeout",
                          {"unresponsive_engines": [["bing", "timeout"]]})

    artifact = gather(Scripted(answer), plan(engines=("bing",)), queries=QUERIES[:1])
    assert artifact.data["lists"][0]["error"] == {
        "kind": "timeout", "message": "SearXNG reports bing unresponsive: timeout",
        "unresponsive_engines": [["bing", "timeout"]]}


def test_a_rerun_the_same_day_asks_no_engine_and_waits_for_nothing(tmp_path: Path) -> None:
    cache = SearchCache(tmp_path / "search")
    first = gather(Scripted(lambda q, e, s: hits(f"https://{e}.example/{s}")),
                   plan(samples=2), cache=cache)
    again_time = FakeTime()
    provider = Scripted(lambda q, e, s: hits("https://changed.example/"))
    second = gather(provider, plan(samples=2), cache=SearchCache(tmp_path / "search"),
                    time=again_time)
    assert provider.calls == []
    assert again_time.slept == []
    assert second.data["lists"] == first.data["lists"]  # fetch times included


def test_failures_are_not_cached(tmp_path: Path) -> None:
    cache = SearchCache(tmp_path / "search")

    def fail(query: str, engine: str, sample: int) -> list[SearchResult]:
        raise SearchError("timeout", "slow")

    gather(Scripted(fail), plan(engines=("bing",)), queries=QUERIES[:1], cache=cache)
    provider = Scripted(lambda q, e, s: hits("https://x.example/"))
    artifact = gather(provider, plan(engines=("bing",)), queries=QUERIES[:1], cache=cache)
    assert len(provider.calls) == 1
    assert artifact.problems == []


def test_a_new_day_asks_again_and_drops_older_days(tmp_path: Path) -> None:
    folder = tmp_path / "search"
    gather(Scripted(lambda q, e, s: hits("https://x.example/")), plan(engines=("bing",)),
           queries=QUERIES[:1], cache=SearchCache(folder), day="2026-11-14")
    provider = Scripted(lambda q, e, s: hits("https://y.example/"))
    artifact = gather(provider, plan(engines=("bing",)), queries=QUERIES[:1],
                      cache=SearchCache(folder), day="2026-11-15")
    assert len(provider.calls) == 1
    assert artifact.data["lists"][0]["results"][0]["url"] == "https://y.example/"
    assert sorted(p.name for p in folder.iterdir()) == ["2026-11-15"]


@pytest.mark.parametrize(
    "change", [{"region": "de-de"}, {"safesearch": "on"}, {"results": 20}, {"scope": "other"},
               {"engines": ("mojeek",)}],
)
def test_the_cache_key_holds_every_parameter_of_the_measurement(
    tmp_path: Path, change: dict[str, Any]
) -> None:
    cache = SearchCache(tmp_path / "search")
    gather(Scripted(lambda q, e, s: hits("https://x.example/")), plan(engines=("bing",)),
           queries=QUERIES[:1], cache=cache)
    provider = Scripted(lambda q, e, s: hits("https://x.example/"))
    # Another source (a SearXNG instance, the Brave API) is another measurement.
    provider.scope = change.pop("scope", provider.scope)
    gather(provider, plan(**{"engines": ("bing",), **change}), queries=QUERIES[:1], cache=cache)
    assert len(provider.calls) == 1


def test_a_replay_never_touches_the_cache(tmp_path: Path, saved_serps: Path) -> None:
    folder = tmp_path / "search"
    gather(ReplayProvider(saved_serps), plan(engines=("duckduckgo",)), queries=QUERIES[:1],
           cache=SearchCache(folder))
    assert not folder.exists()


def test_lists_cached_today_are_served_even_after_the_engine_blocked(tmp_path: Path) -> None:
    cache = SearchCache(tmp_path / "search")
    gather(Scripted(lambda q, e, s: hits("https://x.example/")), plan(engines=("bing",)),
           queries=QUERIES[1:], cache=cache)

    def blocked(query: str, engine: str, sample: int) -> list[SearchResult]:
        raise SearchError("blocked", "empty page")

    provider = Scripted(blocked)
    artifact = gather(provider, plan(engines=("bing",)), cache=cache)
    assert provider.calls == [("Ada Example", "bing", 1)]
    assert [item["status"] for item in artifact.data["lists"]] == ["error", "ok"]


def test_the_progress_display_is_told_what_each_engine_is_doing() -> None:
    time = FakeTime()
    told: list[str] = []

    def answer(query: str, engine: str, sample: int) -> list[SearchResult]:
        if len([line for line in told if "retry" in line]) == 0 and query == "Ada Example":
            raise SearchError("rate-limited", "duckduckgo is rate-limiting: 202")
        return hits("https://adaexample.dev/")

    stamps = (f"2026-11-14T09:00:{n:02d}Z" for n in itertools.count())
    gather_serps(QUERIES, plan(engines=("duckduckgo",), retries=1, samples=2,
                               sample_spacing_seconds=60.0),
                 Scripted(answer), sleep=time.sleep, clock=time.clock, rand=lambda: 0.5,
                 now=lambda: next(stamps), report=told.append)
    assert told[0] == "duckduckgo: 'Ada Example' (1 of 4)"
    assert "duckduckgo: waiting 30 s before retry 1 of 1" in told
    assert "duckduckgo: 'Ada Example data engineer' (2 of 4)" in told
    assert any(line.startswith("duckduckgo: waiting ") and "before sample 2 of 2" in line
               for line in told)
    assert told[-1] == "duckduckgo: 'Ada Example data engineer' (4 of 4)"


def test_the_gathered_artifacts_are_named_where_readers_of_saved_ones_find_them() -> None:
    from presence_audit.core.artifacts import GATHERED_ARTIFACTS
    from presence_audit.sources.collectors import COLLECTORS

    assert tuple(COLLECTORS) == GATHERED_ARTIFACTS


class Indexed(Scripted):
    """A provider that knows whose index each engine serves, as ddgs's table says."""

    def index_of(self, engine: str) -> str | None:
        return {"startpage": "google", "duckduckgo": "bing"}.get(engine)


def test_each_list_records_the_index_its_engine_serves() -> None:
    provider = Indexed(lambda query, engine, sample: hits("https://adaexample.dev/"))
    artifact = gather(provider, plan(engines=("startpage", "duckduckgo", "brave")))
    indexes = {item["engine"]: item.get("index") for item in artifact.data["lists"]}
    assert indexes == {"startpage": "google", "duckduckgo": "bing", "brave": None}
