from __future__ import annotations

import io
import sys
from collections.abc import Callable
from typing import Any

import pytest

from presence_audit.core.model import Evidence, Outcome, Result
from presence_audit.render import terminal

ReportFactory = Callable[..., dict[str, Any]]
ResultFactory = Callable[..., Result]


class _FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def render_on_a_tty(report: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> str:
    # Patched here, not in a fixture: pytest puts its own capture back on sys.stdout between
    # fixture setup and the test call.
    monkeypatch.setattr(sys, "stdout", _FakeTTY())
    return terminal.render(report)


def test_shows_every_check_and_category(report: dict[str, Any]) -> None:
    out = terminal.render(report, color=False)
    for result in report["results"]:
        assert result["check_id"] in out
        # A pass is one line (title and id); skips are grouped by reason (their ids listed);
        # everything else says what was found.
        assert (result["title"] in out) is (result["outcome"] != "skip")
        assert (result["message"] in out) is (result["outcome"] != "pass")
    ran = {r["category"] for r in report["results"]}
    for category in report["categories"]:
        assert (category["title"] in out) is (category["id"] in ran)


def test_details_show_every_message(report: dict[str, Any]) -> None:
    out = terminal.render(report, color=False, details=True)
    for result in report["results"]:
        assert result["title"] in out
        assert result["message"] in out


def test_summary_has_subject_score_verdict_and_counts(report: dict[str, Any]) -> None:
    summary = terminal.render(report, color=False).split("Search presence")[0]
    assert "Ada Example" in summary
    assert "58/100" in summary
    assert "not ready" in summary
    for badge in ("PASS 1", "WARN 1", "FAIL 1", "ERROR 1", "SKIP 1", "INFO 1"):
        assert badge in summary


def test_unscored_report_says_so(make_report: ReportFactory) -> None:
    out = terminal.render(make_report(score=None, verdict="incomplete"), color=False)
    assert "not scored" in out
    assert "incomplete" in out


def test_fixes_and_evidence_shown_for_non_passing_results_only(report: dict[str, Any]) -> None:
    out = terminal.render(report, color=False)
    # A fix in "Fix these first" is printed there only; the check points at it.
    assert out.count("Upload a clear, friendly head-and-shoulders photo.") == 1
    assert "Fix: see 1 in “Fix these first”, above" in out
    assert "Fix: Check the site is up, then run again." in out
    assert "Link your portfolio from your profiles." not in out
    assert "Photo placeholder shown — linkedin" in out
    assert "https://www.linkedin.com/in/ada-example/" in out
    assert "Third observation" in out
    assert "Fourth observation" not in out
    assert "… and 1 more with --details" in out
    assert "Fourth observation" in terminal.render(report, color=False, details=True)


def test_fix_these_first_sources_and_warnings(report: dict[str, Any]) -> None:
    out = terminal.render(report, color=False)
    fixes = out.split("Fix these first")[1].split("Search presence")[0]
    assert "1. Profile has a photo  +12.5 points  profile.photo" in fixes
    assert "2. Headline says what you do  +4 points  profile.headline" in fixes
    # The sources table is for --details: the summary already says what went wrong.
    assert "Sources" not in out
    out = terminal.render(report, color=False, details=True)
    sources = out.split("Sources")[1].split("Warnings")[0]
    assert "portfolio  error    timed out after 10 s" in sources
    assert "note       skipped  no note configured" in sources
    assert "serps" not in sources
    assert "plugin checks/broken.py: SEVERITY must be one of low, medium, high" in out


def test_sections_without_content_are_left_out(make_report: ReportFactory) -> None:
    out = terminal.render(make_report(top_fixes=[], sources=[], warnings=[]), color=False)
    assert "Fix these first" not in out
    assert "Sources" not in out
    assert "Warnings" not in out


def test_categories_in_report_order_then_unlisted_ones(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    stray = make_result("extra.thing", Outcome.FAIL, fix="Do the extra thing.")
    results = [make_result(check_id, Outcome.WARN) for check_id in (
        "search.a", "profile.a", "portfolio.a", "curation.a", "outreach.a")]
    out = terminal.render(make_report(results=[stray, *results]), color=False)
    titles = ["Search presence", "Public profiles", "Portfolio site", "Curation", "Outreach",
              "Other checks"]
    positions = [out.index(t) for t in titles]
    assert positions == sorted(positions)
    assert "extra.thing" in out.split("Other checks")[1]


def test_categories_where_nothing_ran_are_left_out(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    out = terminal.render(make_report(results=[make_result("profile.a", Outcome.FAIL)]),
                          color=False)
    assert "Public profiles" in out
    assert "Search presence" not in out


def test_report_without_results(make_report: ReportFactory) -> None:
    out = terminal.render(make_report(results=[], categories=[]), color=False)
    assert "No checks ran." in out


@pytest.mark.parametrize("width", [60, 80, 120])
def test_fits_the_width(report: dict[str, Any], width: int) -> None:
    out = terminal.render(report, color=False, width=width)
    assert max(len(line) for line in out.splitlines()) <= width


def test_long_check_ids_wrap_inside_their_column(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    long_id = "portfolio." + "-".join(["word"] * 20)
    out = terminal.render(make_report(results=[make_result(long_id, Outcome.WARN)]),
                          color=False, width=80)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Message of" in out


def test_unsafe_evidence_urls_are_not_shown(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    result = make_result("profile.photo", Outcome.FAIL,
                         evidence=[Evidence("seen here", "javascript:alert(1)")])
    out = terminal.render(make_report(results=[result]), color=False)
    assert "seen here" in out
    assert "javascript" not in out


def test_color_false_has_no_escape_byte(report: dict[str, Any]) -> None:
    assert "\x1b" not in terminal.render(report, color=False)


def test_color_true_colours(report: dict[str, Any]) -> None:
    assert "\x1b[" in terminal.render(report, color=True)


def test_colour_by_default_on_a_tty(
    report: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in render_on_a_tty(report, monkeypatch)


def test_no_color_env_disables_colour_on_a_tty(
    report: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b" not in render_on_a_tty(report, monkeypatch)


def test_empty_no_color_env_is_ignored(
    report: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "")
    assert "\x1b[" in render_on_a_tty(report, monkeypatch)


def test_explicit_color_overrides_no_color_env(
    report: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" in terminal.render(report, color=True)


def test_no_colour_when_stdout_is_not_a_tty(
    report: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert "\x1b" not in terminal.render(report)


def test_force_color_env_does_not_override_color_false(
    report: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert "\x1b" not in terminal.render(report, color=False)


def test_what_changed_appears_when_the_report_carries_a_comparison() -> None:
    from helpers import demo_with_changes
    from presence_audit.render.terminal import render

    text = render(demo_with_changes(), color=False, width=100)
    assert "What changed: first run" in text
