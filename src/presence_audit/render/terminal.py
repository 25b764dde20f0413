"""The report for a person at a terminal, drawn with rich.

Every string taken from the report is untrusted (see ``render.sanitize``): it is cleaned of control
characters and handed to rich as a ``Text`` object, never as a markup string, so ``[bold]`` in
a scraped title prints as those characters and no escape sequence reaches the terminal.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from presence_audit.render.common import format_gain, group_results, outcome_counts, source_note
from presence_audit.render.sanitize import clean_text, safe_http_url

EVIDENCE_LINES = 3
"""Evidence shown under a result; the JSON report has all of it."""

DEFAULT_WIDTH = 100

_OUTCOMES: dict[str, tuple[str, str]] = {
    "pass": ("PASS", "bold green"),
    "warn": ("WARN", "bold yellow"),
    "fail": ("FAIL", "bold red"),
    "error": ("ERROR", "bold magenta"),
    "skip": ("SKIP", "dim"),
    "info": ("INFO", "bold blue"),
}
_VERDICTS: dict[str, tuple[str, str]] = {
    "ready": ("ready", "bold green"),
    "almost": ("almost ready", "bold yellow"),
    "not-ready": ("not ready", "bold red"),
    "incomplete": ("incomplete", "bold magenta"),
}


def render(
    report: Mapping[str, Any], *, color: bool | None = None, width: int | None = None
) -> str:
    """Render ``report`` (``Report.to_dict()``) for a terminal.

    ``color=None`` colours only when stdout is a terminal and ``NO_COLOR`` is not set; an
    explicit ``True`` or ``False`` (a command-line flag) overrides both, as no-color.org asks.
    """
    use_color = _wants_color() if color is None else color
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=use_color,
        no_color=not use_color,
        # Only the eight basic colours are used, so the output does not depend on $TERM.
        color_system="standard" if use_color else None,
        width=width or DEFAULT_WIDTH,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
    )
    results: list[Mapping[str, Any]] = list(report.get("results", []))
    # One id column width for every category, so that the tables line up under each other.
    longest_id = max((len(_text(r.get("check_id"))) for r in results), default=0)
    id_width = min(max(longest_id, 12), console.width // 3)
    console.print(_summary(report, results))
    for title, score, members in group_results(report.get("categories", []), results):
        console.print()
        console.print(_category_rule(title, score))
        console.print(_results_table(members, id_width))
    for section in (
        _top_fixes(report.get("top_fixes", [])),
        _changes(report.get("changes")),
        _failed_sources(report.get("sources", [])),
        _warnings(report.get("warnings", [])),
    ):
        if section is not None:
            console.print()
            console.print(section)
    return buffer.getvalue()


def _changes(changes: Mapping[str, Any] | None) -> RenderableType | None:
    """The comparison with an earlier run, when the report carries one."""
    if not changes:
        return None
    from presence_audit.render.changes import text

    # `text` has already cleaned every untrusted piece; Text keeps rich from reading markup.
    return Text(text(changes).rstrip("\n"))


def _wants_color() -> bool:
    if os.environ.get("NO_COLOR", ""):
        return False
    stdout = sys.stdout
    return stdout is not None and stdout.isatty()


def _text(value: Any, style: str = "") -> Text:
    """Untrusted report text as inert rich text."""
    return Text(clean_text("" if value is None else str(value)), style=style)


def _score_text(score: Any) -> Text:
    if score is None:
        return Text("not scored", style="dim")
    return _text(f"{score}/100", "bold")


def _badge(outcome: Any) -> Text:
    label, style = _OUTCOMES.get(str(outcome), (clean_text(str(outcome)).upper(), "bold"))
    return Text(label, style=style)


def _summary(report: Mapping[str, Any], results: Sequence[Mapping[str, Any]]) -> Panel:
    verdict = str(report.get("verdict", ""))
    label, style = _VERDICTS.get(verdict, (clean_text(verdict), "bold"))
    headline = Text.assemble(
        "Score ", _score_text(report.get("score")), "   Verdict ", Text(label, style=style)
    )
    tally = Text()
    for outcome, n in outcome_counts(results):
        if tally:
            tally.append("  ·  ", style="dim")
        tally.append_text(_badge(outcome))
        tally.append(f" {n}")
    body = Group(headline, tally or Text("No checks ran.", style="dim"))
    subject = (report.get("subject") or {}).get("name")
    tool = report.get("tool") or {}
    title = _text(subject, "bold")
    subtitle = _text(
        f"presence-audit {tool.get('version', '?')} · {report.get('generated_at', '')}", "dim"
    )
    return Panel(body, title=title, subtitle=subtitle, box=box.ROUNDED, padding=(0, 1))


def _category_rule(title: Any, score: Any) -> Rule:
    heading = Text.assemble(_text(title, "bold"), "  ", _score_text(score))
    return Rule(heading, align="left", style="dim")


def _results_table(results: Sequence[Mapping[str, Any]], id_width: int) -> RenderableType:
    if not results:
        return Padding(Text("No checks in this category ran.", style="dim"), (0, 0, 0, 2))
    table = Table(box=None, show_header=False, pad_edge=False, expand=True, padding=(0, 1))
    table.add_column(no_wrap=True, width=5)
    table.add_column(overflow="fold", width=id_width)
    table.add_column(overflow="fold", ratio=1)
    for result in results:
        table.add_row(
            _badge(result.get("outcome")), _text(result.get("check_id"), "cyan"), _detail(result)
        )
    return table


def _detail(result: Mapping[str, Any]) -> RenderableType:
    """Title and message; for anything short of a pass, also the fix and the evidence."""
    head = Text("\n").join([_text(result.get("title"), "bold"), _text(result.get("message"))])
    if result.get("outcome") == "pass":
        return head
    # A grid gives the fix and each piece of evidence a hanging indent when they wrap.
    notes = Table.grid(padding=(0, 1))
    notes.add_column(no_wrap=True, width=len("Fix:"))
    notes.add_column(overflow="fold", ratio=1)
    if result.get("fix"):
        notes.add_row(Text("Fix:", style="bold green"), _text(result.get("fix")))
    evidence = list(result.get("evidence") or [])
    for item in evidence[:EVIDENCE_LINES]:
        notes.add_row(Text("  •", style="dim"), _evidence(item))
    if len(evidence) > EVIDENCE_LINES:
        more = len(evidence) - EVIDENCE_LINES
        notes.add_row(Text(""), Text(f"… and {more} more in the JSON report", style="dim"))
    return Group(head, notes) if notes.row_count else head


def _evidence(evidence: Mapping[str, Any]) -> Text:
    line = _text(evidence.get("text"))
    source = source_note(evidence)
    if source:
        line.append_text(Text.assemble(Text(" — ", style="dim"), _text(source, "dim")))
    url = evidence.get("url")
    if url and safe_http_url(str(url)):
        line.append_text(Text.assemble("\n", _text(url, "dim underline")))
    return line


def _top_fixes(fixes: Sequence[Mapping[str, Any]]) -> RenderableType | None:
    if not fixes:
        return None
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", style="bold")
    table.add_column(ratio=1, overflow="fold")
    for n, fix in enumerate(fixes, start=1):
        heading = Text.assemble(
            _text(fix.get("title"), "bold"),
            Text(" (", style="dim"),
            _text(fix.get("check_id"), "cyan"),
            Text(")", style="dim"),
            Text(f"  +{format_gain(fix.get('gain'))} points", style="green"),
        )
        table.add_row(f"{n}.", Text("\n").join([heading, _text(fix.get("fix"))]))
    return Group(Rule(Text("Fix these first", style="bold"), align="left", style="dim"), table)


def _failed_sources(sources: Sequence[Mapping[str, Any]]) -> RenderableType | None:
    troubled = [s for s in sources if s.get("status") != "ok"]
    if not troubled:
        return None
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for source in troubled:
        status = str(source.get("status"))
        style = "magenta" if status == "error" else "dim"
        table.add_row(
            _text(source.get("artifact")), _text(status, style), _text(source.get("detail"))
        )
    heading = Rule(Text("Sources", style="bold"), align="left", style="dim")
    return Group(heading, table)


def _warnings(warnings: Sequence[Any]) -> RenderableType | None:
    if not warnings:
        return None
    lines = [Text.assemble(Text("! ", style="bold yellow"), _text(w)) for w in warnings]
    heading = Rule(Text("Warnings", style="bold yellow"), align="left", style="dim")
    return Group(heading, *lines)
