"""The report as one self-contained HTML page, for people: open it offline, on a phone.

The page is rendered from ``templates/report.html.j2`` with autoescaping on, and every value
printed is also cleaned of control and bidirectional-override characters first (the
environment's ``finalize``), so no text from the report can become markup or reorder what a
reader sees. Links are made only from evidence URLs that pass ``safe_http_url`` and are
labelled with the host they really go to. The page loads nothing: the CSS is inline, there
are no images, fonts or scripts, and a Content-Security-Policy forbids fetching anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from presence_audit.render.changes import sections
from presence_audit.render.common import format_gain, group_results, outcome_counts, source_note
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


def render(report: Mapping[str, Any]) -> str:
    """Render ``report`` (``Report.to_dict()``, optionally with ``changes``) as HTML."""
    return _environment().get_template(TEMPLATE).render(**context(report))


def context(report: Mapping[str, Any]) -> dict[str, Any]:
    """What the template reads: the report's parts, with labels and links worked out."""
    results: list[Mapping[str, Any]] = list(report.get("results", []))
    verdict = str(report.get("verdict", ""))
    changes = report.get("changes")
    tool = report.get("tool") or {}
    return {
        "subject": str((report.get("subject") or {}).get("name", "")),
        "score": report.get("score"),
        "verdict": verdict,
        "verdict_label": VERDICT_LABELS.get(verdict, verdict),
        "generated_at": str(report.get("generated_at", "")),
        "version": str(tool.get("version", "")),
        "counts": outcome_counts(results),
        "categories": [_pick(c, "title", "score") for c in report.get("categories", [])],
        "groups": [
            {"title": title, "score": score, "results": [_result(r) for r in members]}
            for title, score, members in group_results(report.get("categories", []), results)
            if members
        ],
        "top_fixes": [_pick(f, "check_id", "title", "fix", "gain")
                      for f in report.get("top_fixes", [])],
        "sources": [_pick(s, "artifact", "status", "detail") for s in report.get("sources", [])],
        "warnings": [str(w) for w in report.get("warnings", [])],
        "changes": _changes(changes) if isinstance(changes, Mapping) else None,
        "outcome_labels": OUTCOME_LABELS,
    }


def _pick(item: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    """The keys the template reads, each present: a hand-edited report may lack some."""
    return {key: item.get(key) for key in keys}


def _result(result: Mapping[str, Any]) -> dict[str, Any]:
    return {
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
