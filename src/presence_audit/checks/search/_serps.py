"""What the search checks share: measured result lists, kept apart from unmeasured ones.

A list with ``status: "error"``, or one without results, is never read as "not found": it only
tells the checks which (engine, query) pairs, or which of their samples, could not be measured
and why.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from presence_audit.checks.base import CheckContext
from presence_audit.core.artifacts import SERPS_ARTIFACT
from presence_audit.core.artifacts.serps import (
    BLOCKED_MESSAGE,
    ResultList,
    SearchResult,
    lists_from_artifact,
)
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome, Subject
from presence_audit.core.ranks import RankTable
from presence_audit.text.classify import OWNED, Classifier

UNMEASURED_FIX = (
    "Engines block automated searches for 10–15 minutes after a few quick queries: run the "
    "audit again later, search fewer engines or space the searches further apart."
)

Predicate = Callable[[SearchResult], bool]


# The samples' medians, as `statistics` defines them: importing it (with `fractions`,
# `decimal` and `random`) costs more start-up than every search check's own work.
def median_low(values: Iterable[int]) -> int:
    """The lower of the two middle values (the middle one for an odd count)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no median of no values")
    return ordered[(len(ordered) - 1) // 2]


def median_high(values: Iterable[float]) -> float:
    """The higher of the two middle values (the middle one for an odd count)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no median of no values")
    return ordered[len(ordered) // 2]

@dataclass(frozen=True)
class Serps:
    """Result lists for some query templates, grouped by engine then query text.

    ``measured`` holds the lists that were measured (one per sample); ``unmeasured`` gives, for
    a pair with no measured list at all, the reason it could not be measured.
    """

    measured: dict[str, dict[str, list[ResultList]]]
    unmeasured: dict[str, dict[str, str]]
    templates: tuple[str, ...]
    failed_samples: dict[str, dict[str, tuple[int, int, str]]] = field(default_factory=dict)
    """For a measured pair some of whose samples failed: (failed, all samples, first reason)."""

    def pairs(self) -> Iterator[tuple[str, str, list[ResultList]]]:
        """Every measured (engine, query) pair with its lists, one per measured sample."""
        for engine, by_query in self.measured.items():
            for query, lists in by_query.items():
                yield engine, query, lists

    @property
    def queries(self) -> list[str]:
        """Every query text, measured ones first."""
        seen = [q for pairs in self.measured.values() for q in pairs]
        seen += [q for pairs in self.unmeasured.values() for q in pairs]
        return list(dict.fromkeys(seen))

    def for_query(self, query: str) -> str:
        """`` for "query"`` when there is more than one query to tell apart, else ``""``."""
        return f' for "{query}"' if len(self.queries) > 1 else ""

    def unmeasured_text(self) -> str:
        """``could not measure on bing: timeout — …`` lines joined with ``; ``, or ``""``."""
        parts: list[str] = []
        for engine, pairs in self.unmeasured.items():
            if engine in self.measured:
                parts.extend(
                    f'could not measure "{query}" on {engine}: {reason}'
                    for query, reason in pairs.items()
                )
            else:
                parts.append(f"could not measure on {engine}: {self.reasons(engine)}")
        parts.extend(
            f'{failed} of {total} samples of "{query}" on {engine} could not be measured: '
            f"{reason}"
            for engine, pairs in self.failed_samples.items()
            for query, (failed, total, reason) in pairs.items()
        )
        return "; ".join(parts)

    def reasons(self, engine: str) -> str:
        """Why ``engine`` could not be measured, each distinct reason once."""
        return " / ".join(dict.fromkeys(self.unmeasured.get(engine, {}).values()))

    def unmeasured_evidence(self) -> list[Evidence]:
        return [
            Evidence(f"{engine}{self.for_query(query)}: could not measure — {reason}",
                     source=engine)
            for engine, pairs in self.unmeasured.items()
            for query, reason in pairs.items()
        ] + [
            Evidence(f"{engine}{self.for_query(query)}: {failed} of {total} samples could not "
                     f"be measured — {reason}", source=engine)
            for engine, pairs in self.failed_samples.items()
            for query, (failed, total, reason) in pairs.items()
        ]

    def with_unmeasured(self, message: str) -> str:
        """``message`` followed by what could not be measured, if anything."""
        missing = self.unmeasured_text()
        return f"{message}; {missing}" if missing else message


def load(ctx: CheckContext, templates: Sequence[str]) -> Serps:
    """The ``serps`` lists whose query came from one of ``templates`` (none given: all)."""
    wanted = set(templates)
    chosen = [
        item for item in lists_from_artifact(ctx.artifact(SERPS_ARTIFACT).data)
        if not wanted or item.template in wanted
    ]
    measured: dict[str, dict[str, list[ResultList]]] = {}
    failures: dict[str, dict[str, list[ResultList]]] = {}
    for item in chosen:
        # An "ok" list without results (a hand-made or older artifact) is a block too.
        group = measured if item.ok and item.results else failures
        group.setdefault(item.engine, {}).setdefault(item.query, []).append(item)
    unmeasured: dict[str, dict[str, str]] = {}
    failed_samples: dict[str, dict[str, tuple[int, int, str]]] = {}
    for engine, pairs in failures.items():
        for query, failed in pairs.items():
            reason = describe_error(failed[0])
            answered = len(measured.get(engine, {}).get(query, []))
            if answered:
                failed_samples.setdefault(engine, {})[query] = (
                    len(failed), len(failed) + answered, reason)
            else:
                unmeasured.setdefault(engine, {})[query] = reason
    return Serps(measured=measured, unmeasured=unmeasured, templates=tuple(templates),
                 failed_samples=failed_samples)


def join_names(names: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``: each name once, in order."""
    unique = list(dict.fromkeys(names))
    if len(unique) <= 2:
        return " and ".join(unique)
    return f"{', '.join(unique[:-1])} and {unique[-1]}"


def describe_error(item: ResultList) -> str:
    """``kind — message`` of a list that could not be measured (an empty one is a block)."""
    if item.ok:
        return f"blocked — {BLOCKED_MESSAGE}"
    error = item.error or {}
    kind = error.get("kind") or "provider-error"
    message = error.get("message") or "no reason recorded"
    return f"{kind} — {message}"


def nothing_measured(serps: Serps) -> Finding:
    """The ``error`` finding for when no list for the chosen queries could be measured."""
    if not serps.unmeasured:
        templates = ", ".join(f'"{t}"' for t in serps.templates)
        message = (f"No search results were gathered for the queries {templates}" if templates
                   else "No search results were gathered")
    else:
        message = "Could not measure on any engine: " + "; ".join(
            f"{engine}: {serps.reasons(engine)}" for engine in serps.unmeasured
        )
    return Finding(
        outcome=Outcome.ERROR,
        message=message,
        fix=UNMEASURED_FIX,
        evidence=serps.unmeasured_evidence(),
        data={"unmeasured": serps.unmeasured},
    )


def first_match(results: Iterable[SearchResult], predicate: Predicate) -> SearchResult | None:
    """The best-ranked result satisfying ``predicate``."""
    return min((r for r in results if predicate(r)), key=lambda r: r.rank, default=None)


class Sighting(NamedTuple):
    """Where something was seen in each measured sample of one (engine, query) pair."""

    matches: tuple[SearchResult | None, ...]
    depth: int

    @property
    def best(self) -> SearchResult | None:
        return first_match((m for m in self.matches if m is not None), lambda _: True)

    @property
    def rank(self) -> int | None:
        return None if self.best is None else self.best.rank

    @property
    def median_rank(self) -> int | None:
        """The median rank over samples, a miss counting as below every rank; ``None`` when
        it was missing from most samples. Of two middle ranks the worse is taken."""
        median = median_high([math.inf if m is None else m.rank for m in self.matches])
        return None if median == math.inf else int(median)

    def found_within(self, top: int) -> int:
        """In how many samples it ranked 1..top."""
        return sum(1 for m in self.matches if m is not None and m.rank <= top)

    def samples_note(self, top: int) -> str:
        """`` (top 3 in 2 of 3 samples, median #4)`` for several samples, else ``""``."""
        if len(self.matches) <= 1:
            return ""
        median = self.median_rank
        middle = "missing in most" if median is None else f"median #{median}"
        return (f" (top {top} in {self.found_within(top)} of {len(self.matches)} samples, "
                f"{middle})")

    def samples_data(self, top: int) -> JSONDict:
        return {"samples": len(self.matches), "best": self.rank, "median": self.median_rank,
                "in_top": self.found_within(top)}


def sightings(serps: Serps, predicate: Predicate) -> dict[str, dict[str, Sighting]]:
    """For every measured (engine, query) pair, where ``predicate`` first matched."""
    return {
        engine: {
            query: Sighting(
                matches=tuple(first_match(item.results, predicate) for item in lists),
                depth=max(len(item.results) for item in lists),
            )
            for query, lists in pairs.items()
        }
        for engine, pairs in serps.measured.items()
    }


def each(seen: dict[str, dict[str, Sighting]]) -> Iterator[tuple[str, str, Sighting]]:
    """Every (engine, query, sighting) of ``sightings``' answer."""
    for engine, by_query in seen.items():
        for query, sighting in by_query.items():
            yield engine, query, sighting


def ranks_data(seen: dict[str, dict[str, Sighting]]) -> RankTable:
    """The rank table (``core.ranks``) of a finding's data: best rank or None per pair."""
    return {engine: {query: s.rank for query, s in pairs.items()}
            for engine, pairs in seen.items()}


def samples_data(seen: dict[str, dict[str, Sighting]], top: int) -> JSONDict:
    """``{engine: {query: {samples, best, median, in_top}}}`` for a finding's data."""
    return {engine: {query: s.samples_data(top) for query, s in pairs.items()}
            for engine, pairs in seen.items()}


def engine_outcomes(measured: dict[str, Outcome], serps: Serps) -> JSONDict:
    """``{engine: outcome}``: each measured engine's own verdict, ``error`` for the others."""
    outcomes = {engine: outcome.value for engine, outcome in measured.items()}
    outcomes.update({engine: Outcome.ERROR.value for engine in serps.unmeasured
                     if engine not in measured})
    return outcomes


def worst(outcomes: Iterable[Outcome]) -> Outcome:
    """The worst of measured outcomes (fail, then warn, then pass)."""
    found = set(outcomes)
    for outcome in (Outcome.FAIL, Outcome.WARN):
        if outcome in found:
            return outcome
    return Outcome.PASS


def owned_by(subject: Subject) -> Predicate:
    """True for results classified ``owned``: your site or profiles, never a ``not_me``."""
    classifier = Classifier.for_subject(subject)
    return lambda result: classifier(result).label == OWNED
