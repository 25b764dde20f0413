"""Reports built from the model, as the renderers receive them (``Report.to_dict()``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

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


def _result(
    check_id: str,
    outcome: Outcome,
    *,
    title: str | None = None,
    message: str | None = None,
    fix: str = "",
    evidence: list[Evidence] | None = None,
    severity: Severity = Severity.MEDIUM,
    score: float | None = None,
) -> Result:
    return Result(
        check_id=check_id,
        title=title or f"Title of {check_id}",
        category=check_id.split(".", 1)[0],
        outcome=outcome,
        severity=severity,
        weight=1.0,
        message=message or f"Message of {check_id}",
        fix=fix,
        evidence=evidence or [],
        score=score,
    )


def sample_results() -> list[Result]:
    """One result of each outcome, spread over four of the five categories."""
    return [
        _result(
            "search.portfolio-rank", Outcome.PASS,
            title="Portfolio ranks for your name",
            message='Your portfolio is result 2 for "Ada Example".',
            fix="Link your portfolio from your profiles.",
        ),
        _result(
            "search.results-about-you", Outcome.INFO,
            title="Results about you",
            message="8 of the top 10 results are about you.",
        ),
        _result(
            "profile.photo", Outcome.FAIL, severity=Severity.HIGH,
            title="Profile has a photo",
            message="No profile photo on LinkedIn.",
            fix="Upload a clear, friendly head-and-shoulders photo.",
            evidence=[
                Evidence("Photo placeholder shown", "https://www.linkedin.com/in/ada-example/",
                         "linkedin"),
                Evidence("Second observation"),
                Evidence("Third observation"),
                Evidence("Fourth observation"),
            ],
        ),
        _result(
            "profile.headline", Outcome.WARN, score=0.4,
            title="Headline says what you do",
            message="Headline only names your employer.",
            fix="Say what you do and for whom, e.g. 'Backend engineer for fintech'.",
        ),
        _result(
            "portfolio.reachable", Outcome.ERROR,
            title="Portfolio is reachable",
            message="Could not fetch https://ada.example: timed out.",
            fix="Check the site is up, then run again.",
        ),
        _result(
            "outreach.note-length", Outcome.SKIP,
            title="Note fits the limit",
            message="No connection note configured.",
        ),
    ]


@pytest.fixture
def make_result() -> Callable[..., Result]:
    """Build a result; its category is its id's prefix, title and message derive from the id."""
    return _result


@pytest.fixture
def make_report() -> Callable[..., dict[str, Any]]:
    """Build a report dict; keyword arguments override the realistic defaults."""

    def factory(**overrides: Any) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "subject_name": "Ada Example",
            "tool_version": "0.1.0",
            "generated_at": "2026-01-05T09:30:00Z",
            "score": 58,
            "verdict": "not-ready",
            "categories": [
                CategoryScore("search", "Search presence", 100),
                CategoryScore("profile", "Public profiles", 20),
                CategoryScore("portfolio", "Portfolio site", None),
                CategoryScore("curation", "Curation", None),
                CategoryScore("outreach", "Outreach", None),
            ],
            "results": sample_results(),
            "sources": [
                SourceStatus("serps", "ok", ""),
                SourceStatus("linkedin", "ok", ""),
                SourceStatus("portfolio", "error", "timed out after 10 s"),
                SourceStatus("note", "skipped", "no note configured"),
            ],
            "top_fixes": [
                TopFix("profile.photo", "Profile has a photo",
                       "Upload a clear, friendly head-and-shoulders photo.", 12.5),
                TopFix("profile.headline", "Headline says what you do",
                       "Say what you do and for whom.", 4.0),
            ],
            "warnings": ["plugin checks/broken.py: SEVERITY must be one of low, medium, high"],
        }
        fields.update(overrides)
        return Report(**fields).to_dict()

    return factory


@pytest.fixture
def report(make_report: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    return make_report()
