"""JUnit XML: valid, counted, each outcome mapped as the docs say, hostile text escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

from presence_audit.core.model import Evidence, Outcome
from presence_audit.render import render
from presence_audit.render.junit import render as render_junit


def parse(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def cases(root: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name", ""): case for case in root.iter("testcase")}


def test_every_check_is_a_test_case_in_its_category_suite(report: dict[str, Any]) -> None:
    root = parse(render_junit(report))
    assert root.tag == "testsuites"
    assert [s.get("name") for s in root.findall("testsuite")] == [
        "Search presence", "Public profiles", "Portfolio site", "Outreach"]
    assert set(cases(root)) == {r["check_id"] for r in report["results"]}
    assert cases(root)["profile.photo"].get("classname") == "profile"
    assert "Ada Example" in root.get("name", "") and "58/100" in root.get("name", "")


def test_outcomes_map_to_failure_skipped_and_error(report: dict[str, Any]) -> None:
    by_id = cases(parse(render_junit(report)))
    children = {name: [child.tag for child in case] for name, case in by_id.items()}
    assert children == {
        "search.portfolio-rank": [],
        "search.results-about-you": [],
        "profile.photo": ["failure"],
        "profile.headline": ["skipped"],
        "portfolio.reachable": ["error"],
        "outreach.note-length": ["skipped"],
    }
    failure = by_id["profile.photo"].find("failure")
    assert failure is not None
    assert failure.get("message") == "fail: No profile photo on LinkedIn."
    assert "Fix: Upload a clear, friendly head-and-shoulders photo." in (failure.text or "")
    assert "Photo placeholder shown" in (failure.text or "")
    warn = by_id["profile.headline"].find("skipped")
    assert warn is not None and warn.get("message", "").startswith("warn: ")
    skip = by_id["outreach.note-length"].find("skipped")
    assert skip is not None and skip.get("message", "").startswith("skip: ")


def test_counts_add_up(report: dict[str, Any]) -> None:
    root = parse(render_junit(report))
    assert (root.get("tests"), root.get("failures"), root.get("errors"),
            root.get("skipped")) == ("6", "1", "1", "2")
    profile = next(s for s in root.findall("testsuite") if s.get("name") == "Public profiles")
    assert (profile.get("tests"), profile.get("failures"), profile.get("skipped")) == (
        "2", "1", "1")
    score = profile.find("properties/property[@name='score']")
    assert score is not None and score.get("value") == "20"


HOSTILE = ']]><!-- <x a="1">&amp; \'q\' "d" \x1b[2J\x00\x07\x0b\ufffe\uffff\ud800 end'


def test_hostile_text_stays_text(make_report: Callable[..., dict[str, Any]],
                                 make_result: Callable[..., Any]) -> None:
    result = make_result("profile.photo", Outcome.FAIL, title=HOSTILE, message=HOSTILE,
                         fix=HOSTILE, evidence=[Evidence(HOSTILE, HOSTILE, HOSTILE)])
    info = make_result("search.results-about-you", Outcome.INFO,
                       evidence=[Evidence(HOSTILE)])
    text = render_junit(make_report(subject_name=HOSTILE, results=[result, info]))
    root = parse(text)  # would raise on a stray control character or a broken CDATA end
    failure = next(root.iter("failure"))
    expected = ']]><!-- <x a="1">&amp; \'q\' "d"  end'
    assert failure.get("message") == f"fail: {expected}"
    assert expected in (failure.text or "")
    assert expected in root.get("name", "")
    out = next(root.iter("system-out"))
    assert expected in (out.text or "")
    for bad in ("\x1b", "\x00", "\x07", "\x0b", "\ufffe", "\uffff"):
        assert bad not in text


def test_an_empty_report_is_a_valid_empty_document(
        make_report: Callable[..., dict[str, Any]]) -> None:
    root = parse(render(make_report(results=[], categories=[]), "junit"))
    assert root.get("tests") == "0" and list(root.iter("testcase")) == []
