"""Report readings that every human-facing format shares: grouping, counts, gains, sources,
how much was measured and why the rest was not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

OUTCOME_ORDER = ("pass", "warn", "fail", "error", "skip", "info")
OTHER_CHECKS = "Other checks"
"""Heading for results whose category the report does not list (e.g. from a plugin)."""


NAME_RESULTS = "search.name-results"
LINK_PREVIEW = "portfolio.link-preview"
"""The results “What a stranger sees” is drawn from (``render.stranger``)."""


def shows_a_stranger(report: Mapping[str, Any]) -> bool:
    """Whether the report holds a result “What a stranger sees” could draw; the renderers ask
    before importing ``render.stranger``, which a note's or a network's report never needs."""
    return any(isinstance(r, Mapping) and r.get("check_id") in (NAME_RESULTS, LINK_PREVIEW)
               for r in report.get("results") or [])


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


MEASURED_OUTCOMES = frozenset({"pass", "warn", "fail", "info"})
"""Outcomes of a check that looked at its input: ``error`` could not, ``skip`` did not apply."""


def measured_line(results: Iterable[Mapping[str, Any]]) -> str:
    """``"11 of 34 checks measured"``: how much of the audit the score stands on."""
    results = list(results)
    measured = sum(1 for r in results if str(r.get("outcome")) in MEASURED_OUTCOMES)
    return f"{measured} of {len(results)} check{'s' if len(results) != 1 else ''} measured"


def verdict_note(report: Mapping[str, Any]) -> str | None:
    """The verdict in words where it needs them: why ``incomplete``, what errors mean, which
    category is below its ``scoring.min_category`` floor."""
    notes = [note for note in (_measure_note(report), _floor_note(report)) if note]
    return " ".join(notes) or None


def _floor_note(report: Mapping[str, Any]) -> str | None:
    thresholds = report.get("thresholds")
    floors = thresholds.get("min_category") if isinstance(thresholds, Mapping) else None
    if not isinstance(floors, Mapping):
        return None
    below = [f"{c.get('title')} scored {c.get('score')}, below its floor of {floors[c.get('id')]}"
             for c in report.get("categories", [])
             if c.get("id") in floors and isinstance(c.get("score"), int)
             and c["score"] < floors[c.get("id")]]
    if not below:
        return None
    return f"{'; '.join(below)} (scoring.min_category): not ready until it is raised."


def _measure_note(report: Mapping[str, Any]) -> str | None:
    results = list(report.get("results", []))
    errors = sum(1 for r in results if r.get("outcome") == "error")
    if report.get("verdict") == "incomplete":
        if report.get("score") is None:
            return ("Incomplete: nothing could be measured, so there is no score yet. "
                    "Fix what stopped it (below) and run again.")
        return (f"Incomplete: the score looks ready, but {errors} check"
                f"{'s' if errors != 1 else ''} could not be measured, and a verdict needs "
                "them. Fix what stopped it (below) and run again.")
    if errors:
        return (f"{errors} check{'s' if errors != 1 else ''} could not be measured; they do "
                "not count in the score.")
    return None


class Cause(NamedTuple):
    """One reason checks could not be measured, and the checks it stopped."""

    text: str
    checks: tuple[str, ...]


def unmeasured_causes(report: Mapping[str, Any]) -> list[Cause]:
    """The report's root causes (``unmeasured``), or, for a report without them, its
    unmeasured checks grouped by message; each ``error`` result is in exactly one."""
    errors = [str(r.get("check_id")) for r in report.get("results", [])
              if r.get("outcome") == "error"]
    causes: list[Cause] = []
    covered: set[str] = set()
    for entry in report.get("unmeasured") or []:
        if not isinstance(entry, Mapping):
            continue
        checks = tuple(c for c in (str(c) for c in entry.get("checks") or [])
                       if c in errors and c not in covered)
        if checks:
            causes.append(Cause(str(entry.get("cause", "")), checks))
            covered.update(checks)
    by_message: dict[str, list[str]] = {}
    for result in report.get("results", []):
        check_id = str(result.get("check_id"))
        if result.get("outcome") == "error" and check_id not in covered:
            by_message.setdefault(str(result.get("message", "")), []).append(check_id)
    causes.extend(Cause(text, tuple(ids)) for text, ids in by_message.items())
    return causes

def headline(report: Mapping[str, Any]) -> str:
    """``84/100, almost ready (11 of 34 checks measured)``: the report in one line."""
    score = report.get("score")
    shown = "not scored" if score is None else f"{score}/100"
    verdict = VERDICT_WORDS.get(str(report.get("verdict", "")), str(report.get("verdict", "")))
    return f"{shown}, {verdict} ({measured_line(report.get('results', []))})"


VERDICT_WORDS = {"ready": "ready", "almost": "almost ready", "not-ready": "not ready",
                 "incomplete": "incomplete"}


def shared_cause_checks(report: Mapping[str, Any]) -> set[str]:
    """Checks not measured for a reason they share with others: renderers say the reason
    once, under "Not measured", and point there from each of these checks."""
    return {check for cause in unmeasured_causes(report) if len(cause.checks) > 1
            for check in cause.checks}
