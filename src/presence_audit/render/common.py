"""Report readings that every human-facing format shares: grouping, counts, gains, sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

OUTCOME_ORDER = ("pass", "warn", "fail", "error", "skip", "info")
OTHER_CHECKS = "Other checks"
"""Heading for results whose category the report does not list (e.g. from a plugin)."""


ResultGroup = tuple[Any, Any, list[Mapping[str, Any]]]
"""A category's title, its score and its results."""


def group_results(
    categories: Iterable[Mapping[str, Any]], results: Sequence[Mapping[str, Any]]
) -> list[ResultGroup]:
    """Results by category in report order, then any results of a category not listed.

    Nothing in the report is left out of a rendering, even when it does not fit the layout.
    """
    categories = list(categories)
    groups: list[ResultGroup] = [
        (c.get("title"), c.get("score"), [r for r in results if r.get("category") == c.get("id")])
        for c in categories
    ]
    listed = {c.get("id") for c in categories}
    strays = [r for r in results if r.get("category") not in listed]
    if strays:
        groups.append((OTHER_CHECKS, None, strays))
    return groups


def outcome_counts(results: Iterable[Mapping[str, Any]]) -> list[tuple[str, int]]:
    """How many results had each outcome, in ``OUTCOME_ORDER``, leaving out zeros.

    Unknown outcomes (from a hand-edited or newer report) are counted last, not dropped.
    """
    counts = Counter(str(r.get("outcome")) for r in results)
    known = [(o, counts[o]) for o in OUTCOME_ORDER if counts[o]]
    return known + [(o, n) for o, n in counts.items() if o not in OUTCOME_ORDER]


def format_gain(gain: Any) -> str:
    """Score points a fix would add, to one decimal and without a trailing ``.0``."""
    try:
        return format(round(float(gain), 1), "g")
    except (TypeError, ValueError):
        return "?"


def source_note(evidence: Mapping[str, Any]) -> str | None:
    """The evidence's source to print after its text, unless the text already names it."""
    source = evidence.get("source")
    if not source or str(source) in str(evidence.get("text", "")):
        return None
    return str(source)
