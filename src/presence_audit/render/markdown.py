"""The report as GitHub-flavoured Markdown, for a PR comment or a job summary.

Everything from the report is untrusted (see ``render.sanitize``) and goes through
``escape_markdown``, which escapes by position: what would open a construct where the text
stands, ``|`` in table cells, block markers at a line start. The only links are evidence URLs
that pass ``safe_http_url``, written as ``[host](url)`` with the URL's syntax-breaking
characters percent-encoded; addresses inside untrusted text become code spans. No raw HTML
and no images are emitted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from presence_audit.render.changes import anything_changed
from presence_audit.render.common import (
    format_gain,
    group_results,
    measured_line,
    outcome_counts,
    shared_cause_checks,
    shows_a_stranger,
    source_note,
    unmeasured_causes,
    verdict_note,
)
from presence_audit.render.sanitize import escape_markdown, safe_http_url

EVIDENCE_ITEMS = 5
"""Evidence listed under a result; the JSON report has all of it."""

_OUTCOMES: dict[str, str] = {
    "pass": "✅ pass",
    "warn": "⚠️ warn",
    "fail": "❌ fail",
    "error": "🛑 error",
    "skip": "⏭️ skip",
    "info": "ℹ️ info",
}
_VERDICTS: dict[str, str] = {
    "ready": "✅ ready",
    "almost": "🟡 almost",
    "not-ready": "❌ not-ready",
    "incomplete": "⚪ incomplete",
}
# A check id made only of these cannot break out of a code span, so it can be shown as code,
# verbatim and searchable; anything else is escaped like any other text.
_PLAIN_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
# Characters that could end a link destination early, escape its closing parenthesis, open a
# code span across it, or split the table cell that holds it.
_URL_UNSAFE = frozenset(" ()<>\\`|")
# A host name made of these cannot open any construct inside a link's label.
_PLAIN_HOST = re.compile(r"[a-z0-9.-]+")


def render(report: Mapping[str, Any]) -> str:
    """Render ``report`` (``Report.to_dict()``) as Markdown ending in a newline."""
    results: list[Mapping[str, Any]] = list(report.get("results", []))
    fixes = report.get("top_fixes", [])
    blocks = [
        *_summary(report, results),
        *_not_measured(report),
        *_top_fixes(fixes),
        *_stranger(report),
        *_category_table(report.get("categories", [])),
    ]
    in_fixes = {str(f.get("check_id")) for f in fixes}
    shared = shared_cause_checks(report)
    for title, score, members in group_results(report.get("categories", []), results):
        # The score table already lists categories where nothing ran.
        if members:
            blocks.extend(_category(title, score, members, in_fixes, shared))
    if anything_changed(report.get("changes")):
        # A scheduled run compared with an earlier one: the job summary should say so.
        from presence_audit.render import changes

        blocks.append(changes.markdown(report["changes"], level=3).rstrip("\n"))
    blocks.extend(_failed_sources(report.get("sources", [])))
    blocks.extend(_warnings(report.get("warnings", [])))
    return "\n\n".join(blocks) + "\n"


def _esc(value: Any) -> str:
    """Text for a table cell, a heading or the middle of a line."""
    return escape_markdown("" if value is None else str(value))


def _para(value: Any) -> str:
    """Text that starts a line or a list item, outside any table."""
    return escape_markdown("" if value is None else str(value), cell=False, line_start=True)


def _inline(value: Any) -> str:
    """Text in the middle of a line, outside any table."""
    return escape_markdown("" if value is None else str(value), cell=False)


def _check_id(value: Any) -> str:
    text = "" if value is None else str(value)
    return f"`{text}`" if _PLAIN_ID.fullmatch(text) else _esc(text)


def _score(score: Any) -> str:
    return "not scored" if score is None else f"{_esc(score)}/100"


def _outcome(outcome: Any) -> str:
    return _OUTCOMES.get(str(outcome), _esc(outcome))


def _summary(report: Mapping[str, Any], results: Sequence[Mapping[str, Any]]) -> Iterator[str]:
    subject = _esc((report.get("subject") or {}).get("name"))
    verdict = str(report.get("verdict", ""))
    yield f"## presence-audit: {subject}"
    tally = " · ".join(f"{_outcome(o)} {n}" for o, n in outcome_counts(results))
    line = f"**Score:** {_score(report.get('score'))} · **Verdict:** "
    line += _VERDICTS.get(verdict, _esc(verdict))
    line += f" · {measured_line(results)}"
    yield f"{line}  \n{tally}" if tally else line
    note = verdict_note(report)
    if note:
        yield f"_{_inline(note)}_"
    config = report.get("config")
    if isinstance(config, Mapping) and config.get("path"):
        yield f"Config: {_inline(config.get('path'))}"


def _not_measured(report: Mapping[str, Any]) -> Iterator[str]:
    causes = unmeasured_causes(report)
    if causes:
        yield "### Not measured"
        yield "\n".join(
            f"- {_para(c.text)} — {len(c.checks)} check{'s' if len(c.checks) != 1 else ''}: "
            + ", ".join(_check_id(i) for i in c.checks)
            for c in causes)


def _table(header: Sequence[str], align: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def _category_table(categories: Sequence[Mapping[str, Any]]) -> Iterator[str]:
    if categories:
        rows = [(_esc(c.get("title")), _score(c.get("score"))) for c in categories]
        yield _table(("Category", "Score"), ("---", "---:"), rows)


def _category(title: Any, score: Any, results: Sequence[Mapping[str, Any]],
              in_fixes: set[str], shared: set[str]) -> Iterator[str]:
    yield f"### {_esc(title)} ({_score(score)})"
    rows = [
        (_outcome(r.get("outcome")), _check_id(r.get("check_id")), _esc(r.get("title")),
         SEE_NOT_MEASURED if _shared(r, shared) else _esc(r.get("message")))
        for r in results
    ]
    yield _table(("Outcome", "Check", "Title", "Result"), ("---",) * 4, rows)
    for result in results:
        if result.get("outcome") not in ("pass", "skip") and not _shared(result, shared):
            yield from _details(result, str(result.get("check_id")) in in_fixes)


SEE_NOT_MEASURED = "not measured: see *Not measured*, above"
"""The row of a check whose reason is said once, with the others it stopped."""


def _shared(result: Mapping[str, Any], shared: set[str]) -> bool:
    return result.get("outcome") == "error" and str(result.get("check_id")) in shared


def _details(result: Mapping[str, Any], in_fixes: bool) -> Iterator[str]:
    """The fix (unless "Fix these first" has it) and the evidence, which do not fit in a
    table row; the message is in the row."""
    evidence = list(result.get("evidence") or [])
    fix = "" if in_fixes else result.get("fix")
    if not (fix or evidence):
        return
    yield (
        f"#### {_outcome(result.get('outcome'))}: {_esc(result.get('title'))} "
        f"({_check_id(result.get('check_id'))})"
    )
    if fix:
        yield f"**Fix:** {_inline(fix)}"
    if evidence:
        items = [f"- {_evidence(e)}" for e in evidence[:EVIDENCE_ITEMS]]
        if len(evidence) > EVIDENCE_ITEMS:
            items.append(f"- … and {len(evidence) - EVIDENCE_ITEMS} more in the JSON report")
        yield "**Evidence:**\n\n" + "\n".join(items)


def _evidence(evidence: Mapping[str, Any]) -> str:
    """The text, where it was seen, and a link labelled with the host it really goes to.

    The label is the URL's host rather than the evidence text, so that text which claims to
    be one site cannot dress up a link to another.
    """
    line = _para(evidence.get("text"))
    source = source_note(evidence)
    if source:
        line += f" — {_inline(source)}"
    url = safe_http_url(str(evidence.get("url") or ""))
    if url is not None:
        line += f" ([{_host_label(url)}]({_link_target(url)}))"
    return line


def _host_label(url: str) -> str:
    """The host a link really goes to, as its label: plain when it is a plain host name."""
    host = urlsplit(url).hostname or ""
    return host if _PLAIN_HOST.fullmatch(host) else escape_markdown(host, cell=False)


def _link_target(url: str) -> str:
    """Percent-encode what could end the ``(…)`` destination early or split a table row."""
    return "".join(f"%{ord(c):02X}" if c in _URL_UNSAFE else c for c in url)


def _stranger(report: Mapping[str, Any]) -> Iterator[str]:
    """Page 1 for the name per engine, one line per result with its label."""
    if not shows_a_stranger(report):
        return
    from presence_audit.render import stranger

    shown = stranger.view(report)
    if shown.empty:
        return
    yield "### What a stranger sees"
    for page in shown.pages:
        yield (f"**{_inline(page.heading)}** — “{_inline(page.query)}”\n\n" + "\n".join(
            f"{item.rank}. **{_inline(item.label_text)}** · {_inline(item.title)} · "
            f"{_inline(item.display_url)}" for item in page.results))
    if shown.preview is not None:
        card = shown.preview
        yield (f"**Link preview** of {_inline(card.host)}: "
               f"{_inline(card.title or '(no og:title)')} — "
               f"{_inline(card.description or '(no og:description)')} · {_inline(card.image_note)}")


def _top_fixes(fixes: Sequence[Mapping[str, Any]]) -> Iterator[str]:
    if not fixes:
        return
    yield "### Fix these first"
    yield "\n".join(
        f"{n}. **{_inline(f.get('title'))}** ({_check_id(f.get('check_id'))}, "
        f"+{format_gain(f.get('gain'))} points): {_inline(f.get('fix'))}"
        for n, f in enumerate(fixes, start=1)
    )


def _failed_sources(sources: Sequence[Mapping[str, Any]]) -> Iterator[str]:
    troubled = [s for s in sources if s.get("status") != "ok"]
    if troubled:
        yield "### Sources"
        rows = [
            (_esc(s.get("artifact")), _esc(s.get("status")), _esc(s.get("detail")))
            for s in troubled
        ]
        yield _table(("Source", "Status", "Detail"), ("---",) * 3, rows)


def _warnings(warnings: Sequence[Any]) -> Iterator[str]:
    if warnings:
        yield "### Warnings"
        yield "\n".join(f"- {_para(w)}" for w in warnings)
