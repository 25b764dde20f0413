"""The shipped JSON Schema describes what ``Report.to_dict()`` really produces."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from presence_audit.core.model import (
    CategoryScore,
    Evidence,
    Outcome,
    Report,
    Result,
    Severity,
    SourceStatus,
    TopFix,
)
from presence_audit.schema import load_report_schema


def _result(check_id: str, outcome: Outcome, **fields: Any) -> Result:
    defaults: dict[str, Any] = {
        "title": f"Title of {check_id}",
        "category": check_id.split(".", 1)[0],
        "severity": Severity.MEDIUM,
        "weight": 1.0,
        "message": f"Message of {check_id}",
    }
    return Result(check_id=check_id, outcome=outcome, **{**defaults, **fields})


def _realistic_report() -> dict[str, Any]:
    results = [
        _result("search.portfolio-rank", Outcome.PASS, weight=3,
                data={"rank": 2, "engines": ["duckduckgo", "brave"], "query": "Ada Example"}),
        _result("search.results-about-you", Outcome.INFO, weight=0,
                evidence=[Evidence("Ada Example – Engineer", "https://ada.example/", "serps"),
                          Evidence("A namesake", None, None)]),
        _result("profile.photo", Outcome.FAIL, severity=Severity.HIGH, weight=2,
                fix="Upload a photo.", evidence=[Evidence("placeholder", None, "linkedin")]),
        _result("profile.headline", Outcome.WARN, score=0.25, fix="Say what you do.",
                data={"headline": "Engineer at Initech", "nested": {"x": [1, None, True]}}),
        _result("portfolio.reachable", Outcome.ERROR, message="timed out"),
        _result("outreach.note-length", Outcome.SKIP),
    ]
    return Report(
        subject_name="Ada Example",
        tool_version="0.1.0",
        generated_at="2026-01-05T09:30:00Z",
        score=61,
        verdict="incomplete",
        categories=[
            CategoryScore("search", "Search presence", 100),
            CategoryScore("profile", "Public profiles", 9),
            CategoryScore("portfolio", "Portfolio site", None),
        ],
        results=results,
        sources=[
            SourceStatus("serps", "ok", ""),
            SourceStatus("portfolio", "error", "timed out after 10 s"),
            SourceStatus("note", "skipped", "no note configured"),
        ],
        top_fixes=[TopFix("profile.photo", "Profile has a photo", "Upload a photo.", 18.2)],
        warnings=["plugin checks/broken.py: missing constant ID"],
    ).to_dict()


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(load_report_schema())


def _errors(validator: Draft202012Validator, report: dict[str, Any]) -> list[str]:
    return [error.message for error in validator.iter_errors(report)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = load_report_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_real_report_validates(validator: Draft202012Validator) -> None:
    assert _errors(validator, _realistic_report()) == []


def test_empty_unscored_report_validates(validator: Draft202012Validator) -> None:
    report = Report("Ada", "0.1.0", "2026-01-05T09:30:00Z", None, "incomplete", [], [], [])
    assert _errors(validator, report.to_dict()) == []


def test_schema_names_every_field_the_model_writes() -> None:
    schema = load_report_schema()
    report = _realistic_report()
    # Fields added within schema version 1 are written always but required by no reader,
    # so that reports from earlier releases still validate.
    added_in_v1 = {"unmeasured", "thresholds"}
    assert set(schema["required"]) | added_in_v1 == set(report)
    assert added_in_v1 <= set(schema["properties"])
    defs = schema["$defs"]
    assert set(defs["result"]["required"]) == set(report["results"][0])
    assert set(defs["evidence"]["required"]) == set(report["results"][1]["evidence"][0])
    assert set(defs["category"]["required"]) == set(report["categories"][0])
    assert set(defs["source"]["required"]) == set(report["sources"][0])
    assert set(defs["top_fix"]["required"]) == set(report["top_fixes"][0])


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(report: dict[str, Any]) -> None:
        target: Any = report
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(*path: str | int) -> Callable[[dict[str, Any]], None]:
    def change(report: dict[str, Any]) -> None:
        target: Any = report
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(_set(("results", 0, "outcome"), "passed"), id="invalid outcome"),
        pytest.param(_set(("extra",), True), id="extra top-level key"),
        pytest.param(_set(("results", 0, "extra"), 1), id="extra result key"),
        pytest.param(_set(("results", 1, "evidence", 0, "extra"), 1), id="extra evidence key"),
        pytest.param(_set(("categories", 0, "extra"), 1), id="extra category key"),
        pytest.param(_set(("sources", 0, "extra"), 1), id="extra source key"),
        pytest.param(_set(("results", 0, "severity"), "critical"), id="invalid severity"),
        pytest.param(_set(("verdict",), "maybe"), id="invalid verdict"),
        pytest.param(_set(("sources", 0, "status"), "blocked"), id="invalid source status"),
        pytest.param(_set(("score",), 101), id="score above 100"),
        pytest.param(_set(("score",), 61.5), id="fractional score"),
        pytest.param(_set(("categories", 0, "score"), -1), id="category score below 0"),
        pytest.param(_set(("results", 3, "score"), 1.5), id="result score above 1"),
        pytest.param(_set(("results", 0, "check_id"), "Photo"), id="malformed check id"),
        pytest.param(_set(("schema_version",), 2), id="other schema version"),
        pytest.param(_set(("results", 0, "data"), []), id="data not an object"),
        pytest.param(_set(("results", 1, "evidence", 0, "url"), 3), id="evidence url not a string"),
        pytest.param(_delete("warnings"), id="missing warnings"),
        pytest.param(_delete("results", 0, "fix"), id="result without fix"),
    ],
)
def test_invalid_reports_fail(
    validator: Draft202012Validator, change: Callable[[dict[str, Any]], None]
) -> None:
    report = copy.deepcopy(_realistic_report())
    change(report)
    assert _errors(validator, report)


def test_a_real_report_with_what_changed_validates(validator: Draft202012Validator) -> None:
    from helpers import demo_with_changes

    report = demo_with_changes()
    assert report["changes"]["ranks"] and report["changes"]["results"]["appeared"]
    assert _errors(validator, report) == []
