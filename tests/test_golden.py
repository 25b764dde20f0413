"""The demo report in every format, compared with stored files (snapshot tests).

Regenerate after an intended change with:
    PRESENCE_AUDIT_REGENERATE=1 python -m pytest tests/test_golden.py
and review the diff like any other change.
"""

from __future__ import annotations

import json
import os

import jsonschema
import pytest

from helpers import TESTS
from presence_audit.demo import run_demo
from presence_audit.render import FORMATS, render
from presence_audit.schema import load_report_schema

GOLDEN = TESTS / "golden"
REGENERATE = os.environ.get("PRESENCE_AUDIT_REGENERATE") == "1"
FIXED_TIME = "2026-11-26T09:00:00Z"
SUFFIX = {"terminal": "txt", "markdown": "md", "json": "json", "html": "html", "junit": "xml",
          "github": "github.txt"}
ANNOTATIONS_ONLY = ("github",)
"""Formats that list what needs attention (failures and warnings), not every check."""


@pytest.fixture(scope="module")
def demo_report() -> dict[str, object]:
    _, outcome = run_demo(generated_at=FIXED_TIME)
    report = outcome.report.to_dict()
    report["tool"] = {"name": "presence-audit", "version": "golden"}
    return report


@pytest.mark.parametrize("fmt", FORMATS)
def test_demo_report_matches_the_golden_file(fmt: str, demo_report: dict[str, object]) -> None:
    text = render(demo_report, fmt, color=False, width=100)
    path = GOLDEN / f"demo.{SUFFIX[fmt]}"
    if REGENERATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, (
        f"{path.name} differs: PRESENCE_AUDIT_REGENERATE=1 python -m pytest tests/test_golden.py"
    )


def test_demo_json_validates_against_the_shipped_schema(demo_report: dict[str, object]) -> None:
    jsonschema.Draft202012Validator(load_report_schema()).validate(demo_report)


def test_every_format_shows_the_same_results(demo_report: dict[str, object]) -> None:
    results = demo_report["results"]
    assert isinstance(results, list)
    for fmt in (f for f in FORMATS if f not in ANNOTATIONS_ONLY):
        text = render(demo_report, fmt, color=False, details=True)
        for result in results:
            assert result["check_id"] in text, (fmt, result["check_id"])


def test_demo_round_trips_through_json(demo_report: dict[str, object]) -> None:
    assert json.loads(render(demo_report, "json")) == demo_report
