"""The report for a person at a terminal, drawn with rich at the terminal's width.

Order is what a person needs first: the summary (score, verdict, how many checks were
measured and, one line per root cause, why the others were not), then the fixes worth doing
first, then the checks — failures, warnings and lists with their evidence, passes one line
each, checks that were skipped or could not be measured grouped one line per reason.
``details=True`` (``--details``) shows every check in full.

Every string taken from the report is untrusted (see ``render.sanitize``): it is cleaned of
control characters and handed to rich as a ``Text`` object, never as a markup string, so
``[bold]`` in a scraped title prints as those characters and no escape sequence reaches the
terminal.
"""

from __future__ import annotations

import io
import os
import re
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

from presence_audit.render.common import (
    format_gain,
    group_results,
    measured_line,
    outcome_counts,
    shows_a_stranger,
    source_note,
    unmeasured_causes,
    verdict_note,
)
from presence_audit.render.sanitize import clean_text, safe_http_url

EVIDENCE_LINES = 3
"""Evidence shown under a result; ``--details`` and the JSON report have all of it."""

MIN_WIDTH = 60
MAX_WIDTH = 120
"""Narrower terminals still get 60 columns (they wrap); wider ones get lines short enough
to read."""
FILE_WIDTH = 100
"""Width when there is no terminal to ask and no ``COLUMNS``."""

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
_BADGE_WIDTH = 5
_TRAILING_BLANKS = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def terminal_width(stream: Any = None) -> int:
    """``COLUMNS``, else the terminal's width, else ``FILE_WIDTH``; kept within 60–120."""
    width: int | None = None
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        width = int(columns)
    else:
        stream = sys.stdout if stream is None else stream
        try:
            if stream is not None and stream.isatty():
                width = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            width = None
    return max(MIN_WIDTH, min(MAX_WIDTH, width or FILE_WIDTH))


def render(
    report: Mapping[str, Any], *, color: bool | None = None, width: int | None = None,
    details: bool = False,
) -> str:
    """Render ``report`` (``Report.to_dict()``) for a terminal.

    ``color=None`` colours only when stdout is a terminal and ``NO_COLOR`` is not set (or
    ``FORCE_COLOR`` is); an explicit ``True`` or ``False`` (``--color``) overrides both.
    """
    use_color = wants_color() if color is None else color
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=use_color,
        no_color=not use_color,
        # Only the eight basic colours are used, so the output does not depend on $TERM.
        color_system="standard" if use_color else None,
        width=max(MIN_WIDTH, width) if width else terminal_width(),
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
    )
    results: list[Mapping[str, Any]] = list(report.get("results", []))
    causes = unmeasured_causes(report)
    fix_numbers = {str(f.get("check_id")): n
                   for n, f in enumerate(report.get("top_fixes", []), start=1)}
    sections: list[RenderableType | None] = [
        _summary(report, results),
        _not_measured(report, causes),
        _top_fixes(report.get("top_fixes", [])),
        _changes(report.get("changes")),
        _stranger(report),
    ]
    for title, score, members in group_results(report.get("categories", []), results):
        if members:
            sections.append(_category(title, score, members, causes, fix_numbers, details))
    if details:
        sections.append(_failed_sources(report.get("sources", [])))
    sections.append(_warnings(report.get("warnings", [])))
    first = True
    for section in sections:
        if section is None:
            continue
        if not first:
            console.print()
        console.print(section)
        first = False
    return _TRAILING_BLANKS.sub(r"\1", buffer.getvalue())


def wants_color() -> bool:
    """Colour on a terminal; ``NO_COLOR`` turns it off, ``FORCE_COLOR`` on (no-color.org,
    force-color.org); ``NO_COLOR`` wins when both are set."""
    if os.environ.get("NO_COLOR", ""):
        return False
    if os.environ.get("FORCE_COLOR", ""):
        return True
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
    dot = Text(" · ", style="dim")
    headline = Text.assemble(
        "Score ", _score_text(report.get("score")), dot, Text(label, style=style), dot,
        measured_line(results),
    )
    tally = Text()
    for outcome, n in outcome_counts(results):
        if tally:
            tally.append(" · ", style="dim")
        tally.append_text(_badge(outcome))
        tally.append(f" {n}")
    lines: list[RenderableType] = [headline, tally or Text("No checks ran.", style="dim")]
    note = verdict_note(report)
    if note:
        lines.append(_text(note, "italic"))
    tool = report.get("tool") or {}
    meta = f"presence-audit {tool.get('version', '?')} · {report.get('generated_at', '')}"
    config = report.get("config")
    if isinstance(config, Mapping) and config.get("path"):
        meta += f" · config {config.get('path')}"
    lines.append(_text(meta, "dim"))
    subject = (report.get("subject") or {}).get("name")
    return Panel(Group(*lines), title=_text(subject, "bold"), title_align="left",
                 box=box.ROUNDED, padding=(0, 1))


def _not_measured(report: Mapping[str, Any], causes: Sequence[Any]) -> RenderableType | None:
    if not causes:
        return None
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, width=1)
    table.add_column(ratio=1, overflow="fold")
    for cause in causes:
        n = len(cause.checks)
        table.add_row(Text("•", style="magenta"), Text.assemble(
            _text(cause.text), Text(f" — {n} check{'s' if n != 1 else ''} not measured",
                                     style="dim")))
    return Group(_rule("Not measured"), table)


def _rule(title: str, style: str = "bold") -> Rule:
    return Rule(Text(title, style=style), align="left", style="dim")


def _top_fixes(fixes: Sequence[Mapping[str, Any]]) -> RenderableType | None:
    if not fixes:
        return None
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for n, fix in enumerate(fixes, start=1):
        heading = Text.assemble(
            _text(fix.get("title"), "bold"),
            Text(f"  +{format_gain(fix.get('gain'))} points", style="green"),
            "  ", _text(fix.get("check_id"), "cyan"),
        )
        table.add_row(f"{n}.", Text("\n").join([heading, _text(fix.get("fix"))]))
    return Group(_rule("Fix these first"), table)


_LABEL_STYLES = {"owned": "green", "about-you": "blue", "unsure": "yellow",
                 "namesake": "red", "unrelated": "dim"}


def _stranger(report: Mapping[str, Any]) -> RenderableType | None:
    """Page 1 for the name per engine, one line per result with its label."""
    if not shows_a_stranger(report):
        return None
    from presence_audit.render import stranger

    shown = stranger.view(report)
    if shown.empty:
        return None
    parts: list[RenderableType] = [_rule("What a stranger sees")]
    for page in shown.pages:
        parts.append(_text(f'{page.heading} — "{page.query}"', "bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, justify="right")
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for item in page.results:
            host = item.display_url.split(" › ", 1)[0]
            grid.add_row(_text(f"#{item.rank}"),
                         _text(item.label_text, _LABEL_STYLES.get(item.label, "")),
                         _text(f"{item.title} · {host}"))
        parts.append(grid)
    if shown.preview is not None:
        card = shown.preview
        parts.append(_text(f"Link preview of {card.host}: {card.title or '(no og:title)'} — "
                           f"{card.description or '(no og:description)'} · {card.image_note}"))
    return Group(*parts)


def _changes(changes: Mapping[str, Any] | None) -> RenderableType | None:
    """The comparison with an earlier run, when the report carries one that found anything."""
    from presence_audit.render.changes import anything_changed, text

    if changes is None or not anything_changed(changes):
        return None

    # `text` has already cleaned every untrusted piece; Text keeps rich from reading markup.
    # Each line keeps its own indent when it wraps.
    lines: list[RenderableType] = []
    for line in text(changes).rstrip("\n").split("\n"):
        body = line.lstrip(" ")
        lines.append(Padding(Text(body), (0, 0, 0, len(line) - len(body))))
    return Group(*lines)


def _category(title: Any, score: Any, results: Sequence[Mapping[str, Any]],
              causes: Sequence[Any], fix_numbers: Mapping[str, int],
              details: bool) -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, width=_BADGE_WIDTH)
    table.add_column(ratio=1, overflow="fold")
    grouped: dict[tuple[str, str], list[str]] = {}
    for result in results:
        outcome = str(result.get("outcome"))
        check_id = str(result.get("check_id"))
        if not details and outcome in ("skip", "error"):
            reason = _group_reason(result, causes)
            if reason is not None:
                grouped.setdefault((outcome, reason), []).append(check_id)
                continue
        table.add_row(_badge(outcome), _detail(result, fix_numbers, details))
    for (outcome, reason), ids in grouped.items():
        n = len(ids)
        checks = f"{n} check{'s' if n != 1 else ''}"
        if outcome == "skip":
            head = Text.assemble(Text(f"{checks} skipped: ", style="bold"), _text(reason))
        else:
            # The reason is in "Not measured" at the top; once is enough.
            head = Text.assemble(Text(f"{checks} not measured", style="bold"),
                                 Text(" — see “Not measured”, above", style="dim"))
        table.add_row(_badge(outcome), Text.assemble(head, "\n", _text(", ".join(ids), "dim cyan")))
    heading = Text.assemble(_text(title, "bold"), "  ", _score_text(score))
    return Group(Rule(heading, align="left", style="dim"), table)


def _group_reason(result: Mapping[str, Any], causes: Sequence[Any]) -> str | None:
    """What a skipped or unmeasured check shares with others: its reason, or its root cause."""
    check_id = result.get("check_id")
    if result.get("outcome") == "error":
        # A cause shared with other checks is said once, in "Not measured"; a check that
        # failed on its own keeps its message, fix and evidence.
        for cause in causes:
            if check_id in cause.checks and len(cause.checks) > 1:
                return str(cause.text)
        return None
    return str(result.get("message") or "not applicable")


def _detail(result: Mapping[str, Any], fix_numbers: Mapping[str, int],
            details: bool) -> RenderableType:
    """Title and id; for anything short of a pass also the message, the fix and evidence."""
    outcome = result.get("outcome")
    heading = Text.assemble(_text(result.get("title"), "bold"), "  ",
                            _text(result.get("check_id"), "cyan"))
    if outcome == "pass" and not details:
        return heading
    head = Text("\n").join([heading, _text(result.get("message"))])
    notes = Table.grid(padding=(0, 1))
    notes.add_column(no_wrap=True, width=len("Fix:"))
    notes.add_column(ratio=1, overflow="fold")
    number = fix_numbers.get(str(result.get("check_id")))
    if number is not None and not details:
        notes.add_row(Text("Fix:", style="bold green"),
                      Text(f"see {number} in “Fix these first”, above", style="dim"))
    elif result.get("fix"):
        notes.add_row(Text("Fix:", style="bold green"), _text(result.get("fix")))
    evidence = list(result.get("evidence") or [])
    shown = evidence if details else evidence[:EVIDENCE_LINES]
    for item in shown:
        notes.add_row(Text("  •", style="dim"), _evidence(item))
    if len(evidence) > len(shown):
        more = len(evidence) - len(shown)
        notes.add_row(Text(""), Text(f"… and {more} more with --details", style="dim"))
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
    return Group(_rule("Sources"), table)


def _warnings(warnings: Sequence[Any]) -> RenderableType | None:
    if not warnings:
        return None
    lines = [Text.assemble(Text("! ", style="bold yellow"), _text(w)) for w in warnings]
    return Group(_rule("Warnings", "bold yellow"), *lines)
