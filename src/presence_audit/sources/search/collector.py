"""Gather the ``serps`` artifact: every query on every engine, for every sample.

Engines are asked concurrently, one worker per engine, because they rate-limit independently;
calls to one engine are sequential and paced (pace plus random jitter between starts) since
engines block clients that search in quick, regular bursts. A rate-limited or timed-out call
is retried at most ``retries`` times, each after a backoff of at least ``backoff_seconds``
(doubling); lists already measured today come from the cache without asking or waiting. A
failed call costs one result list, recorded with its reason; it never stops the run or turns
into "not found".
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from presence_audit import __version__
from presence_audit.core.abandon import OverrunError, call_within
from presence_audit.core.artifacts import SERPS_ARTIFACT, Artifact, ArtifactStatus
from presence_audit.core.artifacts.serps import (
    BLOCKED_MESSAGE,
    ResultList,
    SearchResult,
    lists_from_artifact,
)
from presence_audit.core.model import JSONDict, utc_now
from presence_audit.sources.search.base import SearchError, SearchProvider, SearchQuery, summary
from presence_audit.sources.search.cache import CacheKey, SearchCache
from presence_audit.sources.search.replay import ReplayProvider

if TYPE_CHECKING:
    from presence_audit.sources.http.timing import Deadline

# After these, further queries on the same engine in this run would only prolong the block
# (or, for an engine that cannot be reached at all, wait out pacing for nothing).
BLOCKING_KINDS = frozenset({"rate-limited", "blocked", "config", "connection", "deadline"})
# Worth one more try after a pause; a block or a configuration error is not.
RETRY_KINDS = frozenset({"rate-limited", "timeout"})


@dataclass(frozen=True)
class SearchPlan:
    """How to search: which engines, with which parameters, how often and how politely."""

    engines: tuple[str, ...]
    region: str
    safesearch: str
    results: int
    samples: int
    pace_seconds: float
    jitter_seconds: float
    retries: int = 2
    backoff_seconds: float = 30.0
    sample_spacing_seconds: float = 0.0

    def to_dict(self) -> JSONDict:
        data = asdict(self)
        data["engines"] = list(self.engines)
        return data


@dataclass(frozen=True)
class _Timing:
    sleep: Callable[[float], None]
    clock: Callable[[], float]
    rand: Callable[[], float]
    now: Callable[[], str]
    status: _Status
    deadline: Deadline | None = None

    def past_deadline(self, wait: float = 0.0) -> SearchError | None:
        """The error to record when waiting ``wait`` seconds would pass the run's deadline."""
        if self.deadline is None or wait < self.deadline.remaining():
            return None
        doing = f"waiting {wait:.3g} s for this engine's pace would pass it" if wait else (
            "it has passed")
        return SearchError("deadline", f"not asked: the run's {self.deadline.seconds:g} s time "
                                       f"budget (network.deadline_seconds) — {doing}")


class _Status:
    """What each engine is doing now, told to the progress display as one line."""

    def __init__(self, report: Callable[[str], None]) -> None:
        self._report = report
        self._doing: dict[str, str] = {}
        self._lock = threading.Lock()

    def set(self, engine: str, doing: str) -> None:
        with self._lock:
            self._doing[engine] = doing
            line = " · ".join(f"{name}: {what}" for name, what in self._doing.items())
        self._report(line)


@dataclass(frozen=True)
class _Cache:
    store: SearchCache
    day: str

    def key(self, provider: SearchProvider, query: SearchQuery, engine: str, plan: SearchPlan,
            sample: int) -> CacheKey:
        return CacheKey(scope=provider.scope, engine=engine, query=query.text,
                        region=plan.region, safesearch=plan.safesearch, results=plan.results,
                        sample=sample, day=self.day)


def gather_serps(
    queries: Sequence[SearchQuery],
    plan: SearchPlan,
    provider: SearchProvider,
    *,
    cache: SearchCache | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    rand: Callable[[], float] = random.random,
    now: Callable[[], str] = utc_now,
    report: Callable[[str], None] = lambda detail: None,
    deadline: Deadline | None = None,
) -> Artifact:
    """Run ``queries`` per ``plan`` and return the ``serps`` artifact.

    The artifact is ``ok`` even when every list failed: the failures are the measurement the
    checks report as ``error``, and ``detail`` then says that nothing could be measured.
    ``cache`` answers lists already measured on the same UTC day (by ``now``). ``report``
    is told what the engines are doing ("brave: 'Ada Example' (2 of 4)"), for the progress
    display. ``deadline`` is the run's: a provider call still running when it passes is
    abandoned and recorded as a ``deadline`` error, and no call is started, or waited for,
    past it.
    """
    engines = tuple(dict.fromkeys(plan.engines))
    timing = _Timing(sleep=sleep, clock=clock, rand=rand, now=now, status=_Status(report),
                     deadline=deadline)
    # A replay asks nothing, so there is nothing to save it from asking again.
    today = None if cache is None or isinstance(provider, ReplayProvider) else (
        _Cache(cache, now()[:10]))
    per_engine: list[list[ResultList]] = []
    if engines and queries:
        with ThreadPoolExecutor(max_workers=len(engines), thread_name_prefix="serps") as pool:
            futures = [
                pool.submit(_ask_engine, engine, queries, plan, provider, timing, today)
                for engine in engines
            ]
            per_engine = [future.result() for future in futures]
    # Every engine answers the same (sample, query) sequence: interleave them in plan order.
    lists = [item for group in zip(*per_engine, strict=True) for item in group]
    data: JSONDict = {
        "lists": [item.to_dict() for item in lists],
        "plan": {**plan.to_dict(), "engines": list(engines),
                 "queries": [{"text": q.text, "template": q.template} for q in queries]},
    }
    return Artifact(
        name=SERPS_ARTIFACT,
        status=ArtifactStatus.OK,
        source=provider.name,
        data=data,
        detail=_detail(lists, len(engines)),
        problems=[_problem(item, plan.samples) for item in lists if not item.ok],
        obtained_at=now(),
    )


def add_saved(artifact: Artifact, saved: Sequence[ResultList]) -> Artifact:
    """``artifact`` with the result lists read from saved results pages added after the live
    ones; its detail and problems then count both."""
    if not saved:
        return artifact
    live = lists_from_artifact(artifact.data)
    lists = [*live, *saved]
    artifact.data["lists"] = [item.to_dict() for item in lists]
    artifact.source = f"{artifact.source} + saved pages" if live else "saved pages"
    artifact.detail = _detail(lists, len({item.engine for item in lists}))
    artifact.problems = [*artifact.problems, *(_problem(item, 1) for item in saved
                                               if not item.ok)]
    return artifact


def _ask_engine(
    engine: str,
    queries: Sequence[SearchQuery],
    plan: SearchPlan,
    provider: SearchProvider,
    timing: _Timing,
    cache: _Cache | None,
) -> list[ResultList]:
    # Pacing and backing off protect live engines; a replay asks none and must give back
    # every saved list, including ok ones recorded after a failure.
    live = not isinstance(provider, ReplayProvider)
    lists: list[ResultList] = []
    pacer = _Pacer(plan, timing) if live else None
    stopped_by: SearchError | None = None
    # Samples a few seconds apart mostly repeat each other: each round of queries starts at
    # least sample_spacing_seconds after the previous round's first real call.
    round_started: float | None = None
    total, asked = plan.samples * len(queries), 0
    for sample in range(1, plan.samples + 1):
        spaced_until = None if round_started is None else (
            round_started + plan.sample_spacing_seconds)
        round_started = None
        for query in queries:
            # A list measured earlier today costs nothing, even after the engine blocked us.
            key = None if cache is None else cache.key(provider, query, engine, plan, sample)
            cached = None if key is None or cache is None else cache.store.get(key)
            if cached is not None:
                lists.append(_list(query, engine, plan, provider, sample, cached.fetched_at,
                                   results=cached.results))
                continue
            if stopped_by is not None:
                lists.append(_not_asked(query, engine, plan, provider, sample, stopped_by, timing))
                continue
            if live and round_started is None:
                spacing = 0.0 if spaced_until is None else max(0.0, spaced_until - timing.clock())
                late = timing.past_deadline(spacing) if spacing else None
                if late is not None:
                    lists.append(_list(query, engine, plan, provider, sample, timing.now(),
                                       error=late))
                    stopped_by = late
                    continue
                if spaced_until is not None and spaced_until > timing.clock():
                    timing.status.set(engine, f"waiting "
                                      f"{spaced_until - timing.clock():.0f} s before sample "
                                      f"{sample} of {plan.samples}")
                _wait_until(spaced_until, timing)
                round_started = timing.clock()
            asked += 1
            if live:
                timing.status.set(engine, f"{query.text!r} ({asked} of {total})")
            item = _ask_with_retries(query, engine, plan, provider, sample, timing, pacer)
            lists.append(item)
            if key is not None and cache is not None and item.ok:
                cache.store.put(key, item.results, item.fetched_at)
            if live and item.error is not None and item.error["kind"] in BLOCKING_KINDS:
                stopped_by = SearchError(item.error["kind"], item.error["message"])
    return lists


class _Pacer:
    """When the next call to one engine may start: pace plus jitter, or a longer backoff."""

    def __init__(self, plan: SearchPlan, timing: _Timing) -> None:
        self.plan = plan
        self.timing = timing
        self.next_start: float | None = None

    def wait_needed(self) -> float:
        return 0.0 if self.next_start is None else max(0.0, self.next_start - self.timing.clock())

    def wait_turn(self) -> None:
        _wait_until(self.next_start, self.timing)
        self.next_start = (self.timing.clock() + self.plan.pace_seconds
                           + self.timing.rand() * self.plan.jitter_seconds)

    def back_off(self, retry: int) -> float:
        """Hold the engine for ``backoff_seconds`` doubled per earlier retry, at least;
        return how long the engine now waits."""
        pause = self.plan.backoff_seconds * 2 ** (retry - 1)
        later = self.timing.clock() + pause
        self.next_start = later if self.next_start is None else max(self.next_start, later)
        return self.next_start - self.timing.clock()


def _ask_with_retries(
    query: SearchQuery,
    engine: str,
    plan: SearchPlan,
    provider: SearchProvider,
    sample: int,
    timing: _Timing,
    pacer: _Pacer | None,
) -> ResultList:
    retry = 0
    while True:
        if pacer is not None:
            late = timing.past_deadline(pacer.wait_needed())
            if late is not None:
                return _list(query, engine, plan, provider, sample, timing.now(), error=late)
            pacer.wait_turn()
        item, retryable = _ask(query, engine, plan, provider, sample, timing)
        error = item.error
        if pacer is None or not retryable or retry >= plan.retries:
            break
        retry += 1
        pause = pacer.back_off(retry)
        timing.status.set(engine, f"waiting {pause:.0f} s before retry {retry} of "
                                  f"{plan.retries}")
    if error is not None and retry:
        retries = "1 retry" if retry == 1 else f"{retry} retries"
        error["message"] = f"{error['message']} (after {retries})"
    return item


def _wait_until(moment: float | None, timing: _Timing) -> None:
    # Loop rather than sleep once: sleep may wake early, and the gap is a promise.
    while moment is not None and (remaining := moment - timing.clock()) > 0:
        timing.sleep(remaining)


def _ask(
    query: SearchQuery,
    engine: str,
    plan: SearchPlan,
    provider: SearchProvider,
    sample: int,
    timing: _Timing,
) -> tuple[ResultList, bool]:
    """The list, and whether its failure is worth another try after a pause."""
    fetched_at = timing.now()

    def search() -> list[SearchResult]:
        return provider.search(
            query.text, engine=engine, region=plan.region, safesearch=plan.safesearch,
            max_results=plan.results, sample=sample,
        )

    deadline = None if isinstance(provider, ReplayProvider) else timing.deadline
    try:
        # ddgs searches with its own HTTP client, which no deadline of ours reaches: a call
        # that outlives the run's budget is abandoned, not awaited.
        results = search() if deadline is None else call_within(
            deadline.remaining(), search, name=f"search-{engine}")
    except OverrunError as exc:
        assert deadline is not None
        error = SearchError("deadline", f"{engine} did not answer within the {exc.seconds:.3g} s "
                                        f"left of the run's {deadline.seconds:g} s time budget "
                                        "(network.deadline_seconds); abandoned")
        return _list(query, engine, plan, provider, sample, fetched_at, error=error), False
    except SearchError as exc:
        retryable = exc.kind in RETRY_KINDS and not exc.retried
        return _list(query, engine, plan, provider, sample, fetched_at, error=exc), retryable
    except Exception as exc:  # a provider bug must cost one list, not the run
        error = SearchError("provider-error", f"{type(exc).__name__}: {summary(exc)}")
        return _list(query, engine, plan, provider, sample, fetched_at, error=error), False
    if not results:
        # Providers must not answer "nothing"; if one does, it is a block, not an absence.
        error = SearchError("blocked", BLOCKED_MESSAGE)
        return _list(query, engine, plan, provider, sample, fetched_at, error=error), False
    if isinstance(provider, ReplayProvider):
        stored = provider.stored(query.text, engine=engine, sample=sample)
        if stored is not None and stored.fetched_at:
            fetched_at = stored.fetched_at
    return _list(query, engine, plan, provider, sample, fetched_at, results=results), False


def _not_asked(
    query: SearchQuery,
    engine: str,
    plan: SearchPlan,
    provider: SearchProvider,
    sample: int,
    cause: SearchError,
    timing: _Timing,
) -> ResultList:
    error = SearchError(
        cause.kind, f"not asked after an earlier query on {engine} failed: {cause.message}"
    )
    return _list(query, engine, plan, provider, sample, timing.now(), error=error)


def _list(
    query: SearchQuery,
    engine: str,
    plan: SearchPlan,
    provider: SearchProvider,
    sample: int,
    fetched_at: str,
    *,
    results: list[SearchResult] | None = None,
    error: SearchError | None = None,
) -> ResultList:
    return ResultList(
        query=query.text,
        template=query.template,
        engine=engine,
        provider=provider.name,
        region=plan.region,
        safesearch=plan.safesearch,
        sample=sample,
        fetched_at=fetched_at,
        tool_version=__version__,
        status="ok" if error is None else "error",
        error=None if error is None else error.to_dict(),
        results=list(results or []),
        index=_index_of(provider, engine, query, sample),
    )


def _index_of(provider: SearchProvider, engine: str, query: SearchQuery,
              sample: int) -> str | None:
    """Whose index the list reflects, when the provider can tell (ddgs's table, a replay)."""
    if isinstance(provider, ReplayProvider):
        stored = provider.stored(query.text, engine=engine, sample=sample)
        return None if stored is None else stored.index
    index_of = getattr(provider, "index_of", None)
    return index_of(engine) if callable(index_of) else None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _detail(lists: list[ResultList], engines: int) -> str:
    total = len(lists)
    measured = sum(1 for item in lists if item.ok)
    if total == 0:
        return "no searches were planned (no queries or no engines)"
    if measured == 0:
        failed = "the result list" if total == 1 else f"all {total} result lists"
        return f"nothing could be measured: {failed} failed"
    lists_text = _plural(total, "result list")
    if measured < total:
        lists_text = f"{measured} of {lists_text}"
    return f"{lists_text} from {_plural(engines, 'engine')}"


def _problem(item: ResultList, samples: int) -> str:
    error = item.error or {}
    where = f'{item.engine} · "{item.query}"'
    if samples > 1:
        where += f" (sample {item.sample})"
    return f"{where}: {error.get('kind', 'provider-error')} — {error.get('message', '')}"
