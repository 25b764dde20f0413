"""Text that strangers wrote must come out of every format inert."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from presence_audit.core.model import CategoryScore, Evidence, Outcome, Result, SourceStatus, TopFix
from presence_audit.render import FORMATS, render

ReportFactory = Callable[..., dict[str, Any]]
ResultFactory = Callable[..., Result]

ANSI_RED = "\x1b[31m"
OSC8_LINK = "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\"
RICH_STYLE = "[bold red]x[/]"
RICH_LINK = "[link=http://evil.example]y[/link]"
MD_LINK = "[click](http://evil.example)"
MD_IMAGE = "![i](http://evil.example/p.png)"
HTML_IMG = "<img src=x onerror=alert(1)>"
C1_CSI = "\x9b2J\x7f"
HOSTILE = " ".join(
    [ANSI_RED, OSC8_LINK, RICH_STYLE, RICH_LINK, MD_LINK, MD_IMAGE, HTML_IMG, C1_CSI]
)

SGR = re.compile(r"\x1b\[[0-9;]*m")
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture
def hostile(make_report: ReportFactory, make_result: ResultFactory) -> dict[str, Any]:
    result = make_result(
        "profile.photo", Outcome.FAIL,
        title=f"title {HOSTILE}", message=f"message {HOSTILE}", fix=f"fix {HOSTILE}",
        evidence=[
            Evidence(f"evidence {HOSTILE}", "javascript:alert(1)", f"source {HOSTILE}"),
            Evidence("an honest link", "https://ada.example/a_(b)<c>"),
        ],
    )
    return make_report(
        subject_name=f"subject {HOSTILE}",
        categories=[CategoryScore("profile", f"category {HOSTILE}", 0)],
        results=[result],
        sources=[SourceStatus("linkedin", "error", f"detail {HOSTILE}")],
        top_fixes=[TopFix("profile.photo", f"top {HOSTILE}", f"top fix {HOSTILE}", 10.0)],
        warnings=[f"warning {HOSTILE}"],
    )


@pytest.fixture
def hostile_changes(make_report: ReportFactory) -> dict[str, Any]:
    """A report whose comparison with an earlier run quotes hostile titles, URLs and fields."""
    side = {"label": f"run {HOSTILE}", "run_id": 1, "generated_at": HOSTILE, "score": 50,
            "verdict": "almost"}
    found = {"engine": f"brave {HOSTILE}", "query": f"q {HOSTILE}", "rank": 1,
             "title": f"title {HOSTILE}", "url": f"javascript:alert(1) {HOSTILE}"}
    report = make_report()
    report["changes"] = {
        "before": side, "after": {**side, "label": "this run"},
        "score": {"before": 50, "after": 40, "delta": -10},
        "outcomes": [{"check_id": f"x.{HOSTILE}", "title": HOSTILE, "before": "pass",
                      "after": "fail", "regressed": True}],
        "ranks": [{"check_id": "search.portfolio-rank", "target": HOSTILE, "engine": HOSTILE,
                   "query": HOSTILE, "before": 1, "after": None, "worse": True}],
        "not_compared": [{"check_id": "search.portfolio-rank", "target": HOSTILE,
                          "engine": HOSTILE, "query": HOSTILE, "reason": HOSTILE}],
        "results": {"appeared": [found], "disappeared": [found]},
        "profile": [{"field": "headline", "before": HOSTILE, "after": f"new {HOSTILE}"}],
        "regressions": [{"rule": "rank-drop", "level": "error", "message": HOSTILE,
                         "check_id": None}],
        "pending": [HOSTILE],
    }
    return report


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_changed_is_inert_in_every_format(hostile_changes: dict[str, Any],
                                               fmt: str) -> None:
    out = render(hostile_changes, fmt, color=False, width=400)
    assert "\x1b" not in out
    assert not RAW_CONTROL.search(out)
    if fmt == "markdown":
        assert "<img" not in out and "](http://evil" not in out and "](javascript" not in out
    if fmt == "html":
        from bs4 import BeautifulSoup

        dom = BeautifulSoup(out, "html.parser")
        assert dom.find("img") is None and dom.find("script") is None
        changed = dom.find(id="changes")
        assert changed is not None and changed.find("a") is None  # changes make no link
        assert "&lt;img src=x onerror=alert(1)&gt;" in out
    if fmt == "terminal":
        assert f"new  click {RICH_STYLE} {RICH_LINK} {MD_LINK}" in out


def test_what_changed_in_markdown_parses_to_text_only(hostile_changes: dict[str, Any]) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    html = parser.render(render(hostile_changes, "markdown"))
    changed = html[html.index("What changed"):]
    assert "<a " not in changed and "<img" not in changed
    assert "evil.example" not in re.sub(r">[^<]*<", "><", changed)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_escape_byte_in_any_format(hostile: dict[str, Any], fmt: str) -> None:
    out = render(hostile, fmt, color=False)
    assert "\x1b" not in out
    assert not RAW_CONTROL.search(out)


def test_terminal_prints_markup_literally(hostile: dict[str, Any]) -> None:
    # Wide enough that no hostile string is wrapped across lines.
    out = render(hostile, "terminal", color=False, width=400, details=True)
    for prefix in ("subject", "title", "message", "fix", "evidence", "source", "category",
                   "detail", "top", "top fix", "warning"):
        assert f"{prefix}  click {RICH_STYLE} {RICH_LINK} {MD_LINK}" in out


def test_terminal_colours_are_its_own(hostile: dict[str, Any]) -> None:
    out = render(hostile, "terminal", color=True, width=400)
    assert "\x1b" not in SGR.sub("", out)
    assert RICH_STYLE in SGR.sub("", out)


def test_markdown_makes_no_link_image_or_html(hostile: dict[str, Any]) -> None:
    out = render(hostile, "markdown")
    assert not re.search(r"(?<!\\)\]\(http://evil", out)
    assert "](http://evil" not in out
    assert "<img" not in out
    assert "javascript" not in out
    assert re.findall(r"(?<!\\)\]\(([^)]*)\)", out) == ["https://ada.example/a_%28b%29%3Cc%3E"]


def test_markdown_keeps_the_text_readable(hostile: dict[str, Any]) -> None:
    out = render(hostile, "markdown")
    assert "\\[bold red\\]x\\[/\\]" in out
    assert "&lt;img src=x onerror=alert(1)>" in out
    assert "`http://evil.example`" in out  # an address in text is code, never a link


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_json_round_trips_hostile_strings(hostile: dict[str, Any]) -> None:
    out = render(hostile, "json")
    assert json.loads(out) == hostile
    assert sum(HOSTILE in s for s in _strings(json.loads(out))) == 11


def test_markdown_parses_to_text_and_our_link_only(hostile: dict[str, Any]) -> None:
    # markdown-it-py comes with rich; a real parser with raw HTML allowed shows what a
    # renderer would make of the output, beyond what string searches can.
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    html = parser.render(render(hostile, "markdown"))
    assert re.findall(r"<a\b[^>]*>", html) == ['<a href="https://ada.example/a_%28b%29%3Cc%3E">']
    assert "<img" not in html
    assert "evil.example" not in re.sub(r">[^<]*<", "><", html)  # only in text, never a tag
    assert "[bold red]x[/]" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
