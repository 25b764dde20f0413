"""The HTML report: one offline file, escaped, and really rendered by a browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from helpers import demo_with_changes
from presence_audit.core.model import Evidence, Outcome
from presence_audit.render import render
from presence_audit.render.html import VERDICT_LABELS
from presence_audit.render.html import render as render_html

CHROMIUM = Path("/usr/bin/chromium")
# What Chromium needs to start on a machine without internet and stay quiet.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    return subprocess.run(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
         "--enable-logging=stderr", "--v=0", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


def console_messages(stderr: str) -> list[str]:
    """Lines Chromium logs for the page's console: script errors, CSP refusals, warnings."""
    return [line for line in stderr.splitlines()
            if ":CONSOLE" in line or "Uncaught" in line]


@pytest.mark.skipif(not CHROMIUM.exists(),
                    reason="needs Debian's chromium at /usr/bin/chromium "
                           "(apt-get install chromium; .ci/run installs it)")
def test_the_demo_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    report = demo_with_changes()
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")

    dumped = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    assert console_messages(dumped.stderr) == []
    dom = BeautifulSoup(dumped.stdout, "html.parser")
    text = " ".join(dom.get_text(" ").split())
    assert dom.select_one("#score") is not None
    assert " ".join(dom.select_one("#score").get_text(" ").split()) == f"{report['score']} /100"
    assert dom.select_one("#verdict").get_text(strip=True) == VERDICT_LABELS[report["verdict"]]
    for category in report["categories"]:
        assert category["title"] in text
    for result in report["results"]:
        assert dom.find(id=f"check-{result['check_id']}") is not None
        assert result["check_id"] in text
    changes = dom.select_one("#changes")
    assert changes is not None
    changed = " ".join(changes.get_text(" ").split())
    assert "adaexample.dev on duckduckgo" in changed
    assert "#2 → not in the results" in changed
    assert "PyData Lisbon 2026" in changed

    shot = tmp_path / "report.png"
    taken = chromium(tmp_path, f"--screenshot={shot}", "--window-size=390,1800", page.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert console_messages(taken.stderr) == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


def test_the_page_loads_nothing_and_forbids_loading(report: dict[str, Any]) -> None:
    html = render_html(report)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    dom = BeautifulSoup(html, "html.parser")
    assert dom.find("script") is None
    assert dom.find("img") is None
    for tag in dom.find_all(["link", "iframe", "object", "embed", "source", "video", "audio"]):
        href = tag.get("href") or tag.get("src") or ""
        assert href.startswith("data:"), tag
    styles = " ".join(s.get_text() for s in dom.find_all("style"))
    assert "@import" not in styles and "url(" not in styles
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html


def test_score_verdict_categories_fixes_and_evidence_are_shown(report: dict[str, Any]) -> None:
    dom = BeautifulSoup(render_html(report), "html.parser")
    assert dom.select_one("#score").get_text(" ", strip=True) == "58 /100"
    assert dom.select_one("#verdict").get_text(strip=True) == "Not ready"
    assert [td.get_text(strip=True) for td in dom.select("#categories tbody td:first-child")] == [
        "Search presence", "Public profiles", "Portfolio site", "Curation", "Outreach"]
    assert "Upload a clear, friendly head-and-shoulders photo." in dom.select_one(
        "#fixes").get_text()
    photo = dom.find(id="check-profile.photo")
    assert photo is not None and "is-fail" in photo["class"]
    assert len(photo.select("ul.evidence li")) == 4
    link = photo.select_one("ul.evidence a")
    assert link["href"] == "https://www.linkedin.com/in/ada-example/"
    assert link.get_text() == "www.linkedin.com"
    assert "nofollow" in link["rel"] and "noreferrer" in link["rel"]
    assert dom.select_one("#changes") is None
    assert "SEVERITY must be one of" in dom.select_one("#warnings").get_text()


def test_not_scored_reports_say_so(make_report: Callable[..., dict[str, Any]]) -> None:
    dom = BeautifulSoup(render_html(make_report(score=None, verdict="incomplete")),
                        "html.parser")
    assert dom.select_one("#score").get_text(strip=True) == "not scored"
    assert dom.select_one("#verdict").get_text(strip=True) == "Incomplete"


HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\x1b[31m\u202etxt.exe'


def test_hostile_text_is_inert(make_report: Callable[..., dict[str, Any]],
                               make_result: Callable[..., Any]) -> None:
    result = make_result(
        "search.portfolio-rank", Outcome.FAIL, title=HOSTILE, message=HOSTILE, fix=HOSTILE,
        evidence=[Evidence(HOSTILE, "javascript:alert(3)", HOSTILE),
                  Evidence("data", "data:text/html,<script>alert(4)</script>"),
                  Evidence("quote", 'https://ok.example/"onmouseover="alert(5)')],
    )
    report = make_report(subject_name=HOSTILE, results=[result], warnings=[HOSTILE])
    report["changes"] = {"before": {"label": HOSTILE}, "after": {"label": "this run"},
                         "score": {"before": 1, "after": 2, "delta": 1},
                         "outcomes": [{"check_id": HOSTILE, "before": "pass",
                                       "after": "fail", "regressed": True}],
                         "results": None, "profile": None}
    html = render_html(report)
    dom = BeautifulSoup(html, "html.parser")
    assert dom.find("script") is None and dom.find("img") is None
    assert not [tag for tag in dom.find_all(True) if any(a.startswith("on") for a in tag.attrs)]
    assert "\x1b" not in html and "\u202e" not in html
    hrefs = [a["href"] for a in dom.find_all("a")]
    # Links go out over https, or jump from "Fix these first" to a check on the page.
    assert all(h.startswith(("https://", "#check-")) for h in hrefs)
    assert "javascript:" not in " ".join(hrefs) and "data:text" not in " ".join(hrefs)
    assert "<script>alert(1)</script>" in dom.select_one("h1").get_text()
    assert re.search(r"&lt;script&gt;alert\(1\)&lt;/script&gt;", html)


def test_dispatch_and_suffix() -> None:
    from presence_audit.cli.shared import pick_format
    from presence_audit.render import FORMATS

    assert "html" in FORMATS
    assert pick_format(None, Path("report.html")) == "html"
    assert pick_format(None, Path("report.xml")) == "junit"
