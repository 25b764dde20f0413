"""Regression rules: did this run get worse than the ones before it?

Each rule in the ``regressions:`` config section has a level, as Lighthouse CI assertions do:
``off`` (not evaluated), ``warn`` (printed) or ``error`` (printed, and exit 1 under
``run --fail-on-regression``).

- ``score-drop``: the score fell by more than ``points``.
- ``outcome-regressed``: a check's judgement got worse (pass → warn or fail, warn → fail).
  Moves to or from ``error``, ``skip`` or ``info`` are changes, never regressions.
- ``rank-drop``: a rank fell by more than ``places``, out of the top ``top``, or out of the
  results, *and stayed down*: in each of the last ``confirm-runs`` runs that measured it, the
  rank must show the drop against the measured rank before them, so one noisy sample pages
  nobody. Until then the drop is *pending*.
- ``new-result-about-you``: a result about you appeared on page 1 for your name.

Only measured values are compared (see ``diff``): a run that could not measure a rank neither
fires nor confirms a drop of it, and it is looked past rather than taken to end one, so an
engine that blocked one week does not hide a drop that the weeks around it show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from presence_audit.core.model import JSONDict
from presence_audit.history.diff import Diff, RankChange, Snapshot, compare, rank_readings

if TYPE_CHECKING:
    from presence_audit.config.schema import RankDropRule, RegressionsConfig

UNMEASURED_RUNS_LOOKED_PAST = 3
"""How many runs that could not measure a rank ``rank-drop`` looks past, at most, to find the
measured ranks it compares."""


def runs_to_compare(rules: RegressionsConfig) -> int:
    """How many earlier runs the rules read: enough to confirm a rank drop over
    ``confirm-runs`` measured runs, with a few unmeasured ones among them."""
    return rules.rank_drop.confirm_runs + UNMEASURED_RUNS_LOOKED_PAST


@dataclass(frozen=True)
class Regression:
    rule: str
    level: str
    message: str
    check_id: str | None = None

    def to_dict(self) -> JSONDict:
        return asdict(self)


@dataclass
class Evaluation:
    """Rules that fired, and rank drops still waiting for confirmation."""

    regressions: list[Regression] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """An ``error``-level rule fired."""
        return any(r.level == "error" for r in self.regressions)

    def to_dict(self) -> JSONDict:
        return {"regressions": [r.to_dict() for r in self.regressions],
                "pending": list(self.pending)}


@dataclass(frozen=True)
class Assessment:
    """A run compared with the one before it, and the rules' verdict on it."""

    diff: Diff
    evaluation: Evaluation

    def changes(self) -> JSONDict:
        """The report's optional ``changes`` object."""
        return {**self.diff.to_dict(), **self.evaluation.to_dict()}


def assess(rules: RegressionsConfig, earlier: Sequence[Snapshot],
           current: Snapshot) -> Assessment | None:
    """Compare ``current`` with the last of ``earlier`` (oldest first); None if there is none.

    ``earlier`` should hold the last ``runs_to_compare(rules)`` snapshots so that a drop can
    be confirmed; with fewer than ``confirm-runs`` (a single ``--baseline`` file) drops stay
    pending unless ``confirm-runs`` is 1.
    """
    if not earlier:
        return None
    diff = compare(earlier[-1], current)
    window = [s.report for s in earlier] + [current.report]
    return Assessment(diff, evaluate(rules, diff, window))


def evaluate(rules: RegressionsConfig, diff: Diff,
             window: Sequence[Mapping[str, Any]]) -> Evaluation:
    """Apply every rule that is not ``off``; ``window`` is the reports oldest first, ending
    with the current one (the last two are the diff's sides)."""
    evaluation = Evaluation()
    score = rules.score_drop
    delta = diff.score_delta
    if score.level != "off" and delta is not None and -delta > score.points:
        evaluation.regressions.append(Regression(
            "score-drop", score.level,
            f"score fell by {-delta} points ({diff.before.report.get('score')} → "
            f"{diff.after.report.get('score')}), more than {score.points}",
        ))
    outcome = rules.outcome_regressed
    if outcome.level != "off":
        evaluation.regressions.extend(
            Regression("outcome-regressed", outcome.level,
                       f"{c.check_id} went from {c.before} to {c.after}", c.check_id)
            for c in diff.outcomes if c.regressed
        )
    if rules.rank_drop.level != "off":
        _rank_drops(rules.rank_drop, window, evaluation)
    new_result = rules.new_result_about_you
    if new_result.level != "off" and diff.appeared:
        evaluation.regressions.extend(
            Regression("new-result-about-you", new_result.level,
                       f'new result on page 1 of {r.engine} for "{r.query}" at #{r.rank}: '
                       f"{r.title or r.url} ({r.url})")
            for r in diff.appeared
        )
    return evaluation


def dropped(before: int | None, after: int | None, rule: RankDropRule) -> bool:
    """A measured rank fell by more than ``places``, out of the top ``top``, or out of sight."""
    if before is None:
        return False
    if after is None:
        return True
    if after - before > rule.places:
        return True
    return rule.top is not None and before <= rule.top < after


def streak(readings: Sequence[int | None], rule: RankDropRule) -> tuple[int, int | None]:
    """How many of the last readings show the drop, and the rank they dropped from.

    ``readings`` are one rank's measured values, oldest first, ending with the current run's.
    The streak is the largest ``n`` up to ``confirm_runs`` for which each of the last ``n``
    readings dropped against the reading just before them all.
    """
    best: tuple[int, int | None] = (0, None)
    for length in range(1, min(rule.confirm_runs, len(readings) - 1) + 1):
        baseline = readings[-(length + 1)]
        if all(dropped(baseline, later, rule) for later in readings[-length:]):
            best = (length, baseline)
    return best


def _rank_drops(rule: RankDropRule, window: Sequence[Mapping[str, Any]],
                evaluation: Evaluation) -> None:
    runs = [rank_readings(report).measured for report in window]
    for key, rank in runs[-1].items():
        # Runs that could not measure this rank are left out, not read as a break.
        readings = [measured[key] for measured in runs if key in measured]
        length, before = streak(readings[-(rule.confirm_runs + 1):], rule)
        if length == 0:
            continue
        change = RankChange(*key, before, rank)
        if length == rule.confirm_runs:
            runs_text = f" ({length} runs in a row)" if length > 1 else ""
            evaluation.regressions.append(Regression(
                "rank-drop", rule.level, describe_rank(change) + runs_text, change.check_id))
        else:
            evaluation.pending.append(
                f"{describe_rank(change)}: a regression once it holds for "
                f"{rule.confirm_runs} runs in a row (so far {length})"
            )


def rank_text(rank: int | None) -> str:
    return "not in the results" if rank is None else f"#{rank}"


def describe_rank(change: RankChange) -> str:
    target = f"{change.target} " if change.target else ""
    return (f'{change.check_id}: {target}on {change.engine} for "{change.query}" '
            f"{rank_text(change.before)} → {rank_text(change.after)}")
