"""Scores count only measured judgements; the verdict never claims what was not measured."""

from __future__ import annotations

import pytest

from presence_audit.cli.exit_codes import EXIT_INCOMPLETE, EXIT_NOT_READY, EXIT_READY
from presence_audit.cli.exit_codes import of_report as exit_code
from presence_audit.core.model import Outcome, Result, Severity
from presence_audit.core.scoring import (
    Thresholds,
    category_scores,
    top_fixes,
    verdict,
    weighted_score,
)


def result(outcome: Outcome, *, weight: float = 1, category: str = "search",
           severity: Severity = Severity.MEDIUM, check_id: str = "search.x",
           score: float | None = None) -> Result:
    return Result(check_id=check_id, title=check_id, category=category, outcome=outcome,
                  severity=severity, weight=weight, message="m", fix="f", score=score)


def test_weighted_mean_ignores_error_skip_and_info() -> None:
    results = [
        result(Outcome.PASS, weight=3),
        result(Outcome.FAIL, weight=1),
        result(Outcome.ERROR, weight=5),
        result(Outcome.SKIP, weight=5),
        result(Outcome.INFO, weight=5),
    ]
    assert weighted_score(results) == 75


def test_warn_earns_its_partial_score() -> None:
    assert weighted_score([result(Outcome.WARN)]) == 50
    assert weighted_score([result(Outcome.WARN, score=0.8)]) == 80


def test_nothing_measured_is_no_score() -> None:
    assert weighted_score([result(Outcome.ERROR), result(Outcome.SKIP)]) is None


def test_category_scores_follow_category_order() -> None:
    results = [result(Outcome.FAIL, category="profile", check_id="profile.a"),
               result(Outcome.PASS, category="search")]
    scores = category_scores(results)
    assert [(c.id, c.score) for c in scores] == [("search", 100), ("profile", 0)]


@pytest.mark.parametrize(
    ("outcomes", "incomplete", "expected"),
    [
        ([Outcome.PASS], False, "ready"),
        ([Outcome.PASS], True, "incomplete"),
        ([Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.WARN], False, "almost"),
        ([Outcome.PASS, Outcome.FAIL], False, "not-ready"),
        ([Outcome.ERROR], True, "incomplete"),
    ],
)
def test_verdict(outcomes: list[Outcome], incomplete: bool, expected: str) -> None:
    results = [result(o) for o in outcomes]
    assert verdict(weighted_score(results), results, Thresholds(), incomplete) == expected


def test_a_high_severity_failure_blocks_ready_whatever_the_score() -> None:
    results = [result(Outcome.PASS, weight=99),
               result(Outcome.FAIL, weight=1, severity=Severity.HIGH)]
    score = weighted_score(results)
    assert score == 99
    assert verdict(score, results, Thresholds(), False) == "almost"
    assert exit_code(score, results, Thresholds(), False) == EXIT_NOT_READY
    relaxed = Thresholds(blocking_severity=None)
    assert exit_code(score, results, relaxed, False) == EXIT_READY


def test_a_blocking_failure_that_weighs_nothing_still_blocks() -> None:
    # `weight: 0` takes a check out of the score, not out of the readiness gate.
    results = [result(Outcome.FAIL, weight=0, severity=Severity.HIGH),
               result(Outcome.ERROR)]
    assert weighted_score(results) is None
    assert verdict(None, results, Thresholds(), True) == "not-ready"
    assert exit_code(None, results, Thresholds(), True) == EXIT_NOT_READY
    relaxed = Thresholds(blocking_severity=None)
    assert verdict(None, results, relaxed, True) == "incomplete"
    assert exit_code(None, results, relaxed, True) == EXIT_INCOMPLETE


@pytest.mark.parametrize(
    ("outcomes", "incomplete", "fail_under", "expected"),
    [
        ([Outcome.PASS], False, None, EXIT_READY),
        ([Outcome.PASS, Outcome.WARN], False, None, EXIT_NOT_READY),
        ([Outcome.PASS, Outcome.WARN], False, 70, EXIT_READY),
        ([Outcome.PASS, Outcome.ERROR], True, None, EXIT_INCOMPLETE),
        ([Outcome.ERROR], True, None, EXIT_INCOMPLETE),
        ([Outcome.FAIL, Outcome.ERROR], True, None, EXIT_NOT_READY),
    ],
)
def test_exit_codes(outcomes: list[Outcome], incomplete: bool, fail_under: int | None,
                    expected: int) -> None:
    results = [result(o) for o in outcomes]
    code = exit_code(weighted_score(results), results, Thresholds(), incomplete, fail_under)
    assert code == expected


def test_top_fixes_are_ordered_by_gain() -> None:
    results = [
        result(Outcome.WARN, weight=1, check_id="search.small"),
        result(Outcome.FAIL, weight=3, check_id="search.big"),
        result(Outcome.PASS, weight=2, check_id="search.done"),
        result(Outcome.ERROR, weight=9, check_id="search.unknown"),
    ]
    fixes = top_fixes(results)
    assert [f.check_id for f in fixes] == ["search.big", "search.small"]
    assert fixes[0].gain == pytest.approx(50.0)
    assert fixes[1].gain == pytest.approx(8.3)
