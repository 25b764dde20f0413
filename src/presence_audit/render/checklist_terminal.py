"""The checklist at a terminal, drawn with rich from the checklist's dict.

Every string from the checklist is untrusted: cleaned of control characters and handed to rich
as ``Text``, never as markup, as the report's terminal renderer does.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from presence_audit.render.checklist_parts import (
    MAX_URLS,
    SYMBOLS,
    groups,
    summary,
    target_lines,
    target_title,
)
from presence_audit.render.sanitize import clean_text
from presence_audit.render.terminal import terminal_width

_MARK_STYLES = {"ok": "bold green", "fix": "bold red", "unknown": "bold magenta",
                "note": "bold yellow", "skip": "dim"}
_VERDICTS = {"go": ("GO", "bold green"), "not-yet": ("NOT YET", "bold red")}


def render(checklist: Mapping[str, Any], *, color: bool | None = None) -> str:
    """``color=None``: colour on a terminal unless ``NO_COLOR`` is set."""
    use_color = _wants_color() if color is None else color
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=use_color, no_color=not use_color,
                      color_system="standard" if use_color else None, width=terminal_width(),
                      markup=False, emoji=False, highlight=False, legacy_windows=False)
    verdict = _VERDICTS.get(str(checklist.get("verdict")), ("?", "bold"))
    console.print(_header(checklist, verdict))
    for title, items in groups(checklist):
        console.print()
        console.print(_text(title, "bold"))
        console.print(_items(items))
    target = checklist.get("target")
    if target:
        console.print()
        console.print(_target(target))
    for warning in checklist.get("warnings", []):
        console.print(Text.assemble(Text("! ", style="bold yellow"), _text(warning)))
    console.print()
    console.print(Text.assemble(Text(verdict[0], style=verdict[1]), " — ",
                                _text(summary(checklist))))
    return buffer.getvalue()


def _wants_color() -> bool:
    return not os.environ.get("NO_COLOR") and sys.stdout is not None and sys.stdout.isatty()


def _text(value: Any, style: str = "") -> Text:
    return Text(clean_text("" if value is None else str(value)), style=style)


def _header(checklist: Mapping[str, Any], verdict: tuple[str, str]) -> Panel:
    subject = (checklist.get("subject") or {}).get("name")
    version = (checklist.get("tool") or {}).get("version", "?")
    return Panel(
        Text.assemble(Text(verdict[0], style=verdict[1]), "   ", _text(summary(checklist))),
        title=Text.assemble("Preflight · ", _text(subject, "bold")),
        subtitle=_text(f"presence-audit {version} · {checklist.get('generated_at', '')}", "dim"),
        padding=(0, 1),
    )


def _indented(width: int) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(width=width, justify="right")
    table.add_column(ratio=1, overflow="fold")
    return table


def _items(items: Sequence[Mapping[str, Any]]) -> Table:
    table = _indented(3)
    for item in items:
        mark = str(item.get("mark"))
        lines = [Text.assemble(_text(item.get("label"), "bold"), "  ",
                               _text(item.get("detail"), "dim"))]
        if item.get("fix"):
            lines.append(Text.assemble(Text("fix: ", style="green"), _text(item["fix"])))
        urls = list(item.get("urls") or [])
        lines += [_text(f"  {url}", "underline") for url in urls[:MAX_URLS]]
        if len(urls) > MAX_URLS:
            lines.append(_text(f"  … and {len(urls) - MAX_URLS} more (--format json)", "dim"))
        table.add_row(Text(SYMBOLS.get(mark, "?"), style=_MARK_STYLES.get(mark, "bold")),
                      Text("\n").join(lines))
    return table


def _target(target: Mapping[str, Any]) -> RenderableType:
    parts: list[RenderableType] = [_text(target_title(target), "bold")]
    if target.get("status") != "ok":
        parts.append(Text.assemble(Text("  could not read it: ", style="magenta"),
                                   _text(target.get("detail"))))
        return Group(*parts)
    for heading, entries in target_lines(target):
        table = _indented(3)
        for entry in entries:
            table.add_row(Text(""), _text(entry))
        parts += [_text(f"  {heading}", "underline"), table]
    return Group(*parts)
