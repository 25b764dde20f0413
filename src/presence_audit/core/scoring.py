"""Scores and verdict, computed from results alone (the CLI maps them to exit codes).

Only measured judgements count: a check that passed earns its whole weight, a warning part of
it, a failure nothing; ``error``, ``skip`` and ``info`` weigh nothing (Lighthouse does the same
for not-applicable and informative audits), so a blocked source can never lower a score — it
makes the report *incomplete* instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from presence_audit.core.model import CATEGORIES, CategoryScore, Outcome, Result, Severity, TopFix


class Thresholds(NamedTuple):
    ready: int = 90
    almost: int = 70
    blocking_severity: Severity | None = Severity.HIGH
    """A failure at this severity or above keeps the verdict from ``ready``; None: never."""
    min_category: tuple[tuple[str, int], ...] = ()
    """(category id, floor) pairs: a measured category below its floor blocks ``ready``."""


def weighted_score(results: Sequence[Result]) -> int | None:
    """Weighted mean of earned points as 0..100, or None when nothing was measured."""
    total = 0.0
    earned = 0.0
    for result in results:
        points = result.points
        if points is None or result.weight <= 0:
            continue
        total += result.weight
        earned += result.weight * points
    if total == 0:
        return None
    return round(100 * earned / total)


def category_scores(results: Sequence[Result]) -> list[CategoryScore]:
    """One entry per category that has results, in the catalogue's category order."""
    present = {r.category for r in results}
    return [
        CategoryScore(id=cid, title=title,
                      score=weighted_score([r for r in results if r.category == cid]))
        for cid, title in CATEGORIES.items()
        if cid in present
    ]


def blocking_failures(results: Sequence[Result], thresholds: Thresholds) -> list[Result]:
    """Failures severe enough to keep the verdict from ``ready`` whatever the score."""
    if thresholds.blocking_severity is None:
        return []
    floor = thresholds.blocking_severity.rank
    return [r for r in results if r.outcome is Outcome.FAIL and r.severity.rank >= floor]


def category_shortfalls(results: Sequence[Result],
                        thresholds: Thresholds) -> list[tuple[CategoryScore, int]]:
    """Measured categories scored below their ``scoring.min_category`` floor."""
    floors = dict(thresholds.min_category)
    return [(category, floors[category.id]) for category in category_scores(results)
            if category.id in floors and category.score is not None
            and category.score < floors[category.id]]


def verdict(score: int | None, results: Sequence[Result], thresholds: Thresholds,
            incomplete: bool) -> str:
    """``ready`` | ``almost`` | ``not-ready`` | ``incomplete``.

    A ready-looking audit that could not measure everything says ``incomplete``: it never
    claims readiness it did not observe.
    """
    blocked = bool(blocking_failures(results, thresholds)
                   or category_shortfalls(results, thresholds))
    if score is None:
        # A blocking failure is a judgement even when it weighs nothing in the score.
        return "not-ready" if blocked else "incomplete"
    if score >= thresholds.ready and not blocked:
        return "incomplete" if incomplete else "ready"
    if score >= thresholds.almost:
        return "almost"
    return "not-ready"


def top_fixes(results: Sequence[Result], limit: int = 5) -> list[TopFix]:
    """Non-passing measured checks ordered by the overall points a fix would add."""
    total = sum(r.weight for r in results if r.points is not None and r.weight > 0)
    if total == 0:
        return []
    gains = []
    for result in results:
        points = result.points
        if points is None or points >= 1.0 or result.weight <= 0:
            continue
        gain = round(100 * result.weight * (1.0 - points) / total, 1)
        gains.append((gain, result.severity.rank, result))
    gains.sort(key=lambda item: (-item[0], -item[1], item[2].check_id))
    return [
        TopFix(check_id=r.check_id, title=r.title, fix=r.fix or r.message, gain=gain)
        for gain, _, r in gains[:limit]
    ]
