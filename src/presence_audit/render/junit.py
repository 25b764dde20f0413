"""The report as JUnit XML, so CI dashboards show each check as a test case.

One ``<testsuite>`` per category, one ``<testcase>`` per check (``classname`` is the
category, ``name`` the check id). Outcomes map as: ``fail`` → ``<failure>``, ``error`` →
``<error>`` (could not be measured), ``warn`` and ``skip`` → ``<skipped>`` (its message says
which), ``pass`` and ``info`` → a plain passing case. The fix and the evidence go in the
element's text, info results' evidence in ``<system-out>``.

Text is escaped by ``xml.etree``; characters XML 1.0 cannot hold at all (control characters,
lone surrogates, U+FFFE/U+FFFF) are removed first, since no escaping can carry them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from typing import Any

from presence_audit.render.common import group_results, source_note
from presence_audit.render.sanitize import clean_text

# After clean_text only these are left that XML 1.0 forbids outright.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")

_ELEMENTS = {"fail": "failure", "error": "error", "warn": "skipped", "skip": "skipped"}


def _text(value: Any) -> str:
    return _NOT_XML.sub("", clean_text("" if value is None else str(value)))


def render(report: Mapping[str, Any]) -> str:
    """Render ``report`` (``Report.to_dict()``) as a JUnit XML document ending in a newline."""
    results: list[Mapping[str, Any]] = list(report.get("results", []))
    subject = (report.get("subject") or {}).get("name", "")
    score = report.get("score")
    scored = "not scored" if score is None else f"{score}/100"
    root = ET.Element("testsuites", {
        "name": _text(f"presence-audit: {subject} — {scored}, {report.get('verdict', '')}"),
        "timestamp": _text(report.get("generated_at")),
    })
    for title, category_score, members in group_results(report.get("categories", []),
                                                        results):
        if members:
            root.append(_suite(title, category_score, members, report))
    _count(root, list(root))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _suite(title: Any, score: Any, results: Sequence[Mapping[str, Any]],
           report: Mapping[str, Any]) -> ET.Element:
    suite = ET.Element("testsuite", {
        "name": _text(title),
        "timestamp": _text(report.get("generated_at")),
    })
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", {
        "name": "score", "value": "not scored" if score is None else _text(score),
    })
    for result in results:
        suite.append(_case(result))
    _count(suite, [suite])
    return suite


def _case(result: Mapping[str, Any]) -> ET.Element:
    outcome = str(result.get("outcome", ""))
    case = ET.Element("testcase", {
        "classname": _text(result.get("category")),
        "name": _text(result.get("check_id")),
        "time": "0",
    })
    message = _text(f"{outcome}: {result.get('message', '')}")
    element = _ELEMENTS.get(outcome)
    if element is not None:
        child = ET.SubElement(case, element, {"message": message, "type": _text(outcome)})
        child.text = _details(result)
    elif outcome == "info" and result.get("evidence"):
        ET.SubElement(case, "system-out").text = _details(result)
    return case


def _details(result: Mapping[str, Any]) -> str:
    lines = [_text(result.get("title")), _text(result.get("message"))]
    if result.get("fix"):
        lines.append(f"Fix: {_text(result.get('fix'))}")
    for evidence in result.get("evidence") or []:
        line = f"- {_text(evidence.get('text'))}"
        source = source_note(evidence)
        if source:
            line += f" — {_text(source)}"
        if evidence.get("url"):
            line += f" <{_text(evidence.get('url'))}>"
        lines.append(line)
    return "\n".join(lines)


def _count(element: ET.Element, suites: Sequence[ET.Element]) -> None:
    cases = [case for suite in suites for case in suite.iter("testcase")]
    element.set("tests", str(len(cases)))
    for kind in ("failure", "error", "skipped"):
        plural = "failures" if kind == "failure" else "errors" if kind == "error" else kind
        element.set(plural, str(sum(1 for case in cases if case.find(kind) is not None)))
