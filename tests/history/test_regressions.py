"""Regression rules: each fires on what it names, at its level, and rank drops need
confirmation over consecutive runs."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from presence_audit.config.load import parse_config
from presence_audit.config.schema import RankDropRule, RegressionsConfig
from presence_audit.core.model import Subject
from presence_audit.history.diff import Snapshot, compare
from presence_audit.history.regressions import (
    UNMEASURED_RUNS_LOOKED_PAST,
    assess,
    dropped,
    evaluate,
    runs_to_compare,
)
from presence_audit.schema import load_report_schema

ADA = Subject(name="Ada Example", portfolio_url="https://adaexample.dev")
QUERY = "Ada Example"
KEY = ("search.portfolio-rank", "adaexample.dev", "duckduckgo", QUERY)


def rules(**sections: Any) -> RegressionsConfig:
    return RegressionsConfig.model_validate(sections)


def report(score: int | None = 80, rank: int | str | None = 2,
           outcome: str = "pass") -> dict[str, Any]:
    """A report whose portfolio ranks ``rank`` on duckduckgo; ``"?"`` = could not measure."""
    data: dict[str, Any] = {"domain": "adaexample.dev", "top": 3, "ranks": {}, "unmeasured": {}}
    if rank == "?":
        data["unmeasured"] = {"duckduckgo": {QUERY: "blocked — empty answer"}}
    else:
        data["ranks"] = {"duckduckgo": {QUERY: rank}}
    results = [{"check_id": "search.portfolio-rank", "title": "Portfolio ranks",
                "outcome": outcome, "data": data}]
    return {"score": score, "verdict": "almost", "generated_at": "2026-11-10T09:00:00Z",
            "results": results}


def run_rules(config: RegressionsConfig, *reports: dict[str, Any],
              artifacts: list[dict[str, Any] | None] | None = None) -> Any:
    shots = [Snapshot(r, f"run {n}", n, ADA, (artifacts or [None] * len(reports))[n - 1])
             for n, r in enumerate(reports, start=1)]
    assessment = assess(config, shots[:-1], shots[-1])
    assert assessment is not None
    return assessment


def fired(config: RegressionsConfig, *reports: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r.rule, r.level) for r in run_rules(config, *reports).evaluation.regressions]


def test_nothing_to_compare_with_gives_no_assessment() -> None:
    assert assess(rules(), [], Snapshot(report(), "run 1")) is None


@pytest.mark.parametrize(("after", "fires"), [(74, True), (75, False), (90, False)])
def test_score_drop_fires_beyond_its_points(after: int, fires: bool) -> None:
    found = fired(rules(**{"score-drop": {"level": "error", "points": 5}}),
                  report(80), report(after))
    assert (("score-drop", "error") in found) is fires


def test_a_missing_score_is_not_a_drop() -> None:
    assert fired(rules(), report(80), report(None)) == []


def test_outcome_regressed_names_the_check() -> None:
    assessment = run_rules(rules(), report(outcome="pass"), report(outcome="warn"))
    [regression] = assessment.evaluation.regressions
    assert (regression.rule, regression.level, regression.check_id) == (
        "outcome-regressed", "warn", "search.portfolio-rank")
    assert "pass to warn" in regression.message
    assert fired(rules(), report(outcome="pass"), report(outcome="error")) == []


def test_off_rules_are_not_evaluated() -> None:
    off = rules(**{"score-drop": {"level": "off"}, "outcome-regressed": {"level": "off"},
                   "rank-drop": {"level": "off", "confirm-runs": 1}})
    assert fired(off, report(90, 1, "pass"), report(10, None, "fail")) == []


@pytest.mark.parametrize(
    ("before", "after", "is_drop"),
    [(2, 6, True),      # more than 3 places
     (5, 8, False),     # 3 places, and it was not in the top 3
     (3, 4, True),      # out of the top 3
     (1, 3, False),
     (4, None, True),   # out of the results
     (None, None, False), (None, 2, False), (6, 2, False)],
)
def test_what_counts_as_a_rank_drop(before: int | None, after: int | None,
                                    is_drop: bool) -> None:
    assert dropped(before, after, RankDropRule(places=3, top=3)) is is_drop


def test_without_top_only_places_count() -> None:
    assert not dropped(3, 4, RankDropRule(places=3, top=None))


def test_a_rank_drop_waits_for_confirmation_then_fires_once() -> None:
    config = rules(**{"rank-drop": {"level": "error", "confirm-runs": 2}})
    first = run_rules(config, report(rank=2), report(rank=None))
    assert first.evaluation.regressions == []
    assert len(first.evaluation.pending) == 1
    assert "#2 → not in the results" in first.evaluation.pending[0]
    second = run_rules(config, report(rank=2), report(rank=None), report(rank=None))
    assert [(r.rule, r.level) for r in second.evaluation.regressions] == [
        ("rank-drop", "error")]
    assert "2 runs in a row" in second.evaluation.regressions[0].message
    assert second.evaluation.failed
    third = run_rules(config, report(rank=2), report(rank=None), report(rank=None),
                      report(rank=None))
    assert third.evaluation.regressions == [] and third.evaluation.pending == []


def test_one_noisy_sample_never_fires() -> None:
    config = rules(**{"rank-drop": {"level": "error", "confirm-runs": 2}})
    assert fired(config, report(rank=2), report(rank=9), report(rank=2)) == []


def test_a_run_that_could_not_measure_does_not_confirm_a_drop() -> None:
    config = rules(**{"rank-drop": {"level": "error", "confirm-runs": 2}})
    assessment = run_rules(config, report(rank=2), report(rank="?"), report(rank=None))
    assert assessment.evaluation.regressions == []
    assert assessment.diff.ranks == []
    assert [n.check_id for n in assessment.diff.not_compared] == ["search.portfolio-rank"]


def test_a_run_that_could_not_measure_is_looked_past_not_taken_as_a_break() -> None:
    config = rules(**{"rank-drop": {"level": "error", "confirm-runs": 2}})
    # Blocked the week after the drop, then down again: the measured weeks confirm it.
    assessment = run_rules(config, report(rank=2), report(rank=None), report(rank="?"),
                           report(rank=None))
    [regression] = assessment.evaluation.regressions
    assert "#2 → not in the results (2 runs in a row)" in regression.message
    # Blocked between the last good week and the drop: the drop is pending, not lost.
    assessment = run_rules(config, report(rank=2), report(rank="?"), report(rank=None))
    assert assessment.evaluation.pending and not assessment.evaluation.regressions
    assert fired(config, report(rank=2), report(rank="?"), report(rank=None),
                 report(rank=None)) == [("rank-drop", "error")]


def test_the_runs_compared_cover_confirmation_and_some_unmeasured_runs() -> None:
    config = rules(**{"rank-drop": {"confirm-runs": 4}})
    assert runs_to_compare(config) == 4 + UNMEASURED_RUNS_LOOKED_PAST
    assert UNMEASURED_RUNS_LOOKED_PAST >= 1


def test_confirm_runs_1_fires_on_the_first_drop() -> None:
    config = rules(**{"rank-drop": {"level": "warn", "confirm-runs": 1}})
    assert fired(config, report(rank=1), report(rank=5)) == [("rank-drop", "warn")]


def test_a_single_baseline_keeps_the_drop_pending() -> None:
    config = rules(**{"rank-drop": {"level": "error", "confirm-runs": 3}})
    assessment = run_rules(config, report(rank=1), report(rank=9))
    assert assessment.evaluation.regressions == []
    assert "holds for 3 runs in a row (so far 1)" in assessment.evaluation.pending[0]


def test_new_result_about_you_fires_per_result() -> None:
    def serps(*urls: str) -> dict[str, Any]:
        results = [{"rank": n, "title": f"Ada Example on {u}", "url": u}
                   for n, u in enumerate(urls, 1)]
        return {"name": "serps", "status": "ok", "data": {"lists": [
            {"query": QUERY, "template": "{name}", "engine": "brave", "status": "ok",
             "results": results}]}}

    before = {"serps": serps("https://adaexample.dev/", "https://painter.example.org/")}
    after = {"serps": serps("https://talk.example.org/ada", "https://painter.example.org/")}
    assessment = run_rules(rules(), report(), report(), artifacts=[before, after])
    [regression] = assessment.evaluation.regressions
    assert (regression.rule, regression.level) == ("new-result-about-you", "warn")
    assert "https://talk.example.org/ada" in regression.message
    assert not assessment.evaluation.failed


def test_changes_validate_against_the_report_schema() -> None:
    assessment = run_rules(rules(), report(90, 2, "pass"), report(60, None, "fail"))
    full = {
        "schema_version": 1, "tool": {"name": "presence-audit", "version": "0.1.0"},
        "generated_at": "2026-11-10T09:00:00Z", "subject": {"name": "Ada"}, "score": 60,
        "verdict": "not-ready", "categories": [], "results": [], "sources": [],
        "top_fixes": [], "warnings": [], "changes": assessment.changes(),
    }
    jsonschema.Draft202012Validator(load_report_schema()).validate(full)
    full["changes"]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(load_report_schema()).validate(full)


def test_rules_come_from_the_config_with_hyphenated_keys_and_a_bare_off() -> None:
    loaded = parse_config(
        "person: {name: Ada}\n"
        "regressions:\n"
        "  rank-drop: {level: error, places: 5, top: null, confirm-runs: 3}\n"
        "  new-result-about-you: {level: off}\n"
    )
    config = loaded.config.regressions
    assert (config.rank_drop.level, config.rank_drop.places, config.rank_drop.top,
            config.rank_drop.confirm_runs) == ("error", 5, None, 3)
    assert config.new_result_about_you.level == "off"
    diff = compare(Snapshot(report(), "a"), Snapshot(report(), "b"))
    assert evaluate(config, diff, [report(), report()]).regressions == []
