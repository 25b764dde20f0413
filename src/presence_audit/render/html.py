"""The report as one self-contained HTML page, for people: open it offline, on a phone.

The page is rendered from ``templates/report.html.j2`` with autoescaping on, and every value
printed is also cleaned of control and bidirectional-override characters first (the
environment's ``finalize``), so no text from the report can become markup or reorder what a
reader sees. Links are made only from evidence URLs that pass ``safe_http_url`` and are
labelled with the host they really go to. The page loads nothing: the CSS is inline, there
are no images, fonts or scripts, and a Content-Security-Policy forbids fetching anything.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from presence_audit.render import network_chart, stranger
from presence_audit.render.changes import anything_changed, sections
from presence_audit.render.common import (
    format_gain,
    group_results,
    measured_line,
    outcome_counts,
    shared_cause_checks,
    source_note,
    unmeasured_causes,
    verdict_note,
)
from presence_audit.render.sanitize import clean_text, safe_http_url

TEMPLATE = "report.html.j2"

OUTCOME_LABELS = {
    "pass": "Pass", "warn": "Warn", "fail": "Fail", "error": "Error", "skip": "Skip",
    "info": "Info",
}
VERDICT_LABELS = {
    "ready": "Ready", "almost": "Almost ready", "not-ready": "Not ready",
    "incomplete": "Incomplete",
}


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, Markup):
        return clean_text(value)
    return value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("presence_audit.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["gain"] = format_gain
    return environment


DEFAULT_THRESHOLDS = {"ready": 90, "almost": 70}
"""The scoring defaults, for a report that does not say which thresholds it was judged by."""
GAUGE_RADIUS = 52
SPARK_WIDTH, SPARK_HEIGHT = 120, 28
TREND_WIDTH, TREND_HEIGHT = 560, 120


def thresholds(report: Mapping[str, Any]) -> dict[str, int]:
    """The ``ready`` and ``almost`` scores the verdict was judged by."""
    given = report.get("thresholds")
    found = dict(DEFAULT_THRESHOLDS)
    if isinstance(given, Mapping):
        for key in found:
            value = given.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
                found[key] = value
    return found


def band(score: Any, limits: Mapping[str, int]) -> str:
    """``pass``, ``warn`` or ``fail``: where a score stands against the thresholds."""
    if not isinstance(score, (int, float)):
        return "skip"
    if score >= limits["ready"]:
        return "pass"
    return "warn" if score >= limits["almost"] else "fail"


def gauge(score: Any, limits: Mapping[str, int]) -> dict[str, Any]:
    """The score ring's geometry: the arc's length and the threshold ticks' angles."""
    circumference = 2 * math.pi * GAUGE_RADIUS
    filled = circumference * (score / 100) if isinstance(score, (int, float)) else 0.0
    return {
        "r": GAUGE_RADIUS, "circumference": round(circumference, 2), "filled": round(filled, 2),
        "band": band(score, limits),
        "ticks": [{"label": key, "score": value, **_tick(value)} for key, value in limits.items()],
    }


def _tick(score: int) -> dict[str, float]:
    angle = 2 * math.pi * score / 100 - math.pi / 2
    inner, outer = GAUGE_RADIUS - 9, GAUGE_RADIUS + 9
    cos, sin = math.cos(angle), math.sin(angle)
    return {"x1": round(60 + inner * cos, 2), "y1": round(60 + inner * sin, 2),
            "x2": round(60 + outer * cos, 2), "y2": round(60 + outer * sin, 2)}


def polyline(scores: Sequence[Any], width: int, height: int) -> str | None:
    """SVG ``points`` for scores over time (None gaps skipped), or None below two points."""
    known = [(i, s) for i, s in enumerate(scores) if isinstance(s, (int, float))]
    if len(known) < 2:
        return None
    step = width / max(len(scores) - 1, 1)
    return " ".join(f"{round(i * step, 1)},{round(height - height * s / 100, 1)}"
                    for i, s in known)


def trend(report: Mapping[str, Any], limits: Mapping[str, int]) -> dict[str, Any] | None:
    """The score's and each category's line over the runs in the history, oldest first."""
    runs = [r for r in report.get("trend") or [] if isinstance(r, Mapping)]
    if len(runs) < 2:
        return None
    scores = [r.get("score") for r in runs]
    points = polyline(scores, TREND_WIDTH, TREND_HEIGHT)
    if points is None:
        return None
    categories = {}
    for category in report.get("categories", []):
        cid = category.get("id")
        series = [(r.get("categories") or {}).get(cid) for r in runs]
        categories[cid] = polyline(series, SPARK_WIDTH, SPARK_HEIGHT)
    return {
        "width": TREND_WIDTH, "height": TREND_HEIGHT, "points": points,
        "first": str(runs[0].get("generated_at", "")),
        "last": str(runs[-1].get("generated_at", "")),
        "runs": len(runs),
        "lines": {key: round(TREND_HEIGHT - TREND_HEIGHT * value / 100, 1)
                  for key, value in limits.items()},
        "categories": categories, "spark_width": SPARK_WIDTH, "spark_height": SPARK_HEIGHT,
    }


def render(report: Mapping[str, Any]) -> str:
    """Render ``report`` (``Report.to_dict()``, optionally with ``changes``) as HTML."""
    return _environment().get_template(TEMPLATE).render(**context(report))


def context(report: Mapping[str, Any]) -> dict[str, Any]:
    """What the template reads: the report's parts, with labels and links worked out."""
    results: list[Mapping[str, Any]] = list(report.get("results", []))
    verdict = str(report.get("verdict", ""))
    changes = report.get("changes")
    tool = report.get("tool") or {}
    limits = thresholds(report)
    shared = shared_cause_checks(report)
    deltas = _category_deltas(changes) if isinstance(changes, Mapping) else {}
    return {
        "thresholds": limits,
        "gauge": gauge(report.get("score"), limits),
        "trend": trend(report, limits),
        "measured": measured_line(results),
        "verdict_note": verdict_note(report),
        "causes": unmeasured_causes(report),
        "subject": str((report.get("subject") or {}).get("name", "")),
        "score": report.get("score"),
        "verdict": verdict,
        "verdict_label": VERDICT_LABELS.get(verdict, verdict),
        "generated_at": str(report.get("generated_at", "")),
        "config_path": str((report.get("config") or {}).get("path") or ""),
        "version": str(tool.get("version", "")),
        "counts": outcome_counts(results),
        "categories": [{**_pick(c, "id", "title", "score"), "band": band(c.get("score"), limits),
                        "delta": deltas.get(str(c.get("id")))}
                       for c in report.get("categories", [])],
        "groups": [
            {"title": title, "score": score,
             "results": [_result(r, shared) for r in members]}
            for title, score, members in group_results(report.get("categories", []), results)
            if members
        ],
        "top_fixes": [_pick(f, "check_id", "title", "fix", "gain")
                      for f in report.get("top_fixes", [])],
        "sources": [_pick(s, "artifact", "status", "detail") for s in report.get("sources", [])],
        "warnings": [str(w) for w in report.get("warnings", [])],
        "changes": (_changes(changes) if isinstance(changes, Mapping)
                    and anything_changed(changes) else None),
        "stranger": stranger.view(report),
        "network": network_chart.view(report),
        "outcome_labels": OUTCOME_LABELS,
    }


def _pick(item: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    """The keys the template reads, each present: a hand-edited report may lack some."""
    return {key: item.get(key) for key in keys}


def _result(result: Mapping[str, Any], shared: set[str]) -> dict[str, Any]:
    if result.get("outcome") == "error" and str(result.get("check_id", "")) in shared:
        # Said once in the summary with the other checks it stopped.
        return {**_result(result, set()), "message": "", "evidence": [], "see_summary": True}
    return {
        "see_summary": False,
        "check_id": str(result.get("check_id", "")),
        "title": str(result.get("title", "")),
        "outcome": str(result.get("outcome", "")),
        "severity": str(result.get("severity", "")),
        "message": str(result.get("message", "")),
        "fix": str(result.get("fix") or ""),
        "evidence": [_evidence(e) for e in result.get("evidence") or []],
    }


def _evidence(evidence: Mapping[str, Any]) -> dict[str, Any]:
    url = safe_http_url(str(evidence.get("url") or ""))
    return {
        "text": str(evidence.get("text", "")),
        "source": source_note(evidence),
        "url": url,
        "host": urlsplit(url).hostname if url else None,
    }


def _changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    before, after = changes.get("before") or {}, changes.get("after") or {}
    return {
        "before": _pick(before, "label", "generated_at"),
        "after": _pick(after, "label", "generated_at"),
        "sections": sections(changes, str),
        "failed": any(r.get("level") == "error" for r in changes.get("regressions") or []),
    }


def _category_deltas(changes: Mapping[str, Any]) -> dict[str, int]:
    """Each category's score change in "What changed", by id."""
    found: dict[str, int] = {}
    for item in changes.get("categories") or []:
        if isinstance(item, Mapping) and isinstance(item.get("delta"), int):
            found[str(item.get("id"))] = item["delta"]
    return found
