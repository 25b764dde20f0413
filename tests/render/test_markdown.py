from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from presence_audit.core.model import Evidence, Outcome, Result
from presence_audit.render import markdown
from presence_audit.render.sanitize import escape_markdown

ReportFactory = Callable[..., dict[str, Any]]
ResultFactory = Callable[..., Result]

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def test_heading_names_subject_score_and_verdict(report: dict[str, Any]) -> None:
    out = markdown.render(report)
    assert out.startswith("## presence-audit: Ada Example\n")
    assert "**Score:** 58/100 · **Verdict:** ❌ not-ready" in out
    assert "✅ pass 1 · ⚠️ warn 1 · ❌ fail 1 · 🛑 error 1 · ⏭️ skip 1 · ℹ️ info 1" in out


def test_unscored_report_says_so(make_report: ReportFactory) -> None:
    out = markdown.render(make_report(score=None, verdict="incomplete"))
    assert "**Score:** not scored · **Verdict:** ⚪ incomplete" in out


def test_category_score_table(report: dict[str, Any]) -> None:
    out = markdown.render(report)
    assert "| Category | Score |\n|---|---:|\n| Search presence | 100/100 |\n" in out
    assert "| Portfolio site | not scored |" in out


def test_every_check_in_its_category_table(report: dict[str, Any]) -> None:
    out = markdown.render(report)
    for result in report["results"]:
        assert f"`{result['check_id']}`" in out
        assert escape_markdown(result["message"]) in out
    row = "| ❌ fail | `profile.photo` | Profile has a photo | No profile photo on LinkedIn. |"
    assert row in out
    profiles = out.split("### Public profiles (20/100)")[1].split("### Portfolio site")[0]
    assert "`profile.headline`" in profiles
    assert "`search." not in profiles


def test_check_ids_that_could_leave_a_code_span_are_escaped(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    odd = make_result("profile.photo", Outcome.FAIL)
    odd.check_id = "profile.`x` | [y](http://evil.example)"
    out = markdown.render(make_report(results=[odd]))
    assert escape_markdown(odd.check_id) in out
    assert "](http://evil" not in out  # the link inside it stays text


def test_tables_have_one_cell_per_column(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    piped = make_result("profile.photo", Outcome.FAIL, title="a | b", message="c || d\ne | f")
    out = markdown.render(make_report(results=[piped]))
    tables = [block for block in out.split("\n\n") if block.startswith("|")]
    assert len(tables) == 3
    for table in tables:
        widths = {len(UNESCAPED_PIPE.findall(line)) for line in table.splitlines()}
        assert len(widths) == 1


def test_details_give_fix_and_evidence_for_non_passing_results(report: dict[str, Any]) -> None:
    out = markdown.render(report)
    assert "#### ❌ fail: Profile has a photo (`profile.photo`)" in out
    # A fix in "Fix these first" is printed there only; the others under their check.
    assert out.count("Upload a clear, friendly head-and-shoulders photo.") == 1
    assert "**Fix:** Upload" not in out
    assert "**Fix:** Check the site is up, then run again." in out
    assert "Link your portfolio" not in out
    assert "#### ✅" not in out
    assert (
        "- Photo placeholder shown — linkedin "
        "([www.linkedin.com](https://www.linkedin.com/in/ada-example/))"
    ) in out
    assert "- Fourth observation" in out


def test_evidence_beyond_the_limit_is_counted(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    many = [Evidence(f"item {n}") for n in range(1, 9)]
    out = markdown.render(make_report(results=[make_result("profile.photo", Outcome.FAIL,
                                                            evidence=many)]))
    assert "- item 5\n- … and 3 more in the JSON report" in out
    assert "item 6" not in out


def test_link_targets_are_percent_encoded(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    evidence = [Evidence("wiki", "https://en.wikipedia.org/wiki/Ada_(name)?q=a<b>|`c`\\")]
    out = markdown.render(make_report(results=[make_result("profile.photo", Outcome.FAIL,
                                                            evidence=evidence)]))
    assert (
        "[en.wikipedia.org](https://en.wikipedia.org/wiki/Ada_%28name%29"
        "?q=a%3Cb%3E%7C%60c%60%5C)"
    ) in out


def test_only_http_urls_become_links(
    make_report: ReportFactory, make_result: ResultFactory
) -> None:
    evidence = [
        Evidence("script", "javascript:alert(1)"),
        Evidence("data", "data:text/html,hi"),
        Evidence("spaced", "https://ada.example/a b"),
        Evidence("relative", "/etc/passwd"),
    ]
    out = markdown.render(make_report(results=[make_result("profile.photo", Outcome.FAIL,
                                                            evidence=evidence)]))
    for text in ("- script\n", "- data\n", "- spaced\n", "- relative\n"):
        assert text in out
    assert "](" not in out


def test_fix_these_first_sources_and_warnings(report: dict[str, Any]) -> None:
    out = markdown.render(report)
    assert (
        "### Fix these first\n\n"
        "1. **Profile has a photo** (`profile.photo`, +12.5 points): "
        "Upload a clear, friendly head-and-shoulders photo.\n"
        "2. **Headline says what you do** (`profile.headline`, +4 points): "
        "Say what you do and for whom.\n"
    ) in out
    sources = out.split("### Sources")[1].split("### Warnings")[0]
    assert "| portfolio | error | timed out after 10 s |" in sources
    assert "| note | skipped | no note configured |" in sources
    assert "serps" not in sources
    assert "### Warnings\n\n- plugin checks/broken.py: SEVERITY" in out


def test_sections_without_content_are_left_out(make_report: ReportFactory) -> None:
    out = markdown.render(make_report(top_fixes=[], sources=[], warnings=[], results=[]))
    for heading in ("### Fix these first", "### Sources", "### Warnings", "### Search presence"):
        assert heading not in out


def test_no_html_and_one_trailing_newline(report: dict[str, Any]) -> None:
    out = markdown.render(report)
    assert "<" not in out
    assert out.endswith("\n")
    assert not out.endswith("\n\n")


def test_what_changed_appears_when_the_report_carries_a_comparison() -> None:
    from helpers import demo_with_changes
    from presence_audit.render.markdown import render

    text = render(demo_with_changes())
    assert "### What changed" in text
    assert "first run" in text and "later run" in text
