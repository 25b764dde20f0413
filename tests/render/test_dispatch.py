from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from presence_audit.render import FORMATS, markdown, render, terminal
from presence_audit.render.common import format_gain, group_results, outcome_counts


def test_formats() -> None:
    assert FORMATS == ("terminal", "markdown", "json", "html", "junit", "github")


def test_unknown_format_names_the_valid_ones(report: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"'yaml'.*terminal, markdown, json"):
        render(report, "yaml")


def test_dispatches_to_the_format_module(report: dict[str, Any]) -> None:
    assert render(report, "markdown") == markdown.render(report)
    assert json.loads(render(report, "json")) == report


def test_passes_terminal_options_through(report: dict[str, Any]) -> None:
    out = render(report, "terminal", color=False, width=70)
    assert out == terminal.render(report, color=False, width=70)
    assert max(len(line) for line in out.splitlines()) == 70


def test_importing_the_package_does_not_import_rich() -> None:
    code = (
        "import sys, presence_audit.render; "
        "sys.exit(any(m == 'rich' or m.startswith('rich.') for m in sys.modules))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_group_results_keeps_report_order_and_strays() -> None:
    categories = [{"id": "b", "title": "B", "score": 1}, {"id": "a", "title": "A", "score": None}]
    results = [{"category": "a"}, {"category": "zzz"}, {"category": "b"}]
    assert group_results(categories, results) == [
        ("B", 1, [{"category": "b"}]),
        ("A", None, [{"category": "a"}]),
        ("Other checks", None, [{"category": "zzz"}]),
    ]


def test_outcome_counts_in_order_with_unknown_last() -> None:
    outcomes = ["info", "fail", "new-kind", "pass", "fail"]
    assert outcome_counts({"outcome": o} for o in outcomes) == [
        ("pass", 1), ("fail", 2), ("info", 1), ("new-kind", 1)
    ]


@pytest.mark.parametrize(
    ("gain", "expected"), [(4.0, "4"), (12.5, "12.5"), (0.333, "0.3"), (7, "7"), (None, "?")]
)
def test_format_gain(gain: object, expected: str) -> None:
    assert format_gain(gain) == expected


def test_source_is_shown_only_when_the_text_does_not_name_it() -> None:
    from presence_audit.render.common import source_note

    assert source_note({"text": "brave #2: Ada", "source": "brave"}) is None
    assert source_note({"text": "Ada's site", "source": "brave"}) == "brave"
    assert source_note({"text": "Ada's site", "source": None}) is None
