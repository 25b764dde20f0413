"""The check catalogue and per-check docs, from the catalogue's dicts (``checks.catalogue``).

Plugin metadata and docstrings are third-party text: cleaned of control characters for a
terminal, escaped for Markdown, printed literally (never as markup).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from presence_audit.render.sanitize import clean_text, escape_markdown

README_BEGIN = "<!-- catalogue:begin -->"
README_END = "<!-- catalogue:end -->"
RULE_SECTIONS = ("Why it matters", "How to fix")
"""The parts of a check's docs that ``note --explain`` shows: the advice, not the mechanics."""

Entry = Mapping[str, Any]


def as_json(entries: Sequence[Entry]) -> str:
    return json.dumps(list(entries), indent=2, ensure_ascii=False)


def markdown(entries: Iterable[Entry]) -> str:
    """The README table: id, category, default severity, title."""
    lines = ["| id | category | severity | title |", "|---|---|---|---|"]
    lines += [
        f"| `{e['id']}` | {e['category']} | {e['severity']} | {e['title']} |" for e in entries
    ]
    return "\n".join(lines) + "\n"


def terminal(entries: Iterable[Entry]) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold")
    columns = ("id", "category", "severity", "title")
    for column in columns:
        table.add_column(column)
    for e in entries:
        table.add_row(*(Text(clean_text(str(e[column]))) for column in columns))
    buffer = io.StringIO()
    Console(file=buffer, width=120, highlight=False).print(table)
    return buffer.getvalue()


def explain(manual: Entry) -> str:
    """Header facts, then the docstring (the check's manual, options included)."""
    optional = manual["optional"]
    lines = [
        f"{manual['id']} — {manual['title']}",
        "",
        f"category: {manual['category']} · default severity: {manual['severity']} · "
        f"weight: {manual['weight']:g} · needs: {', '.join(manual['requires']) or 'nothing'}"
        + (f" · uses when available: {', '.join(optional)}" if optional else ""),
        f"origin: {manual['origin']}",
    ]
    # The docs' Options section lists each option with its default (checks.base).
    lines += ["", plain(manual["doc"]), ""]
    return clean_text("\n".join(lines))


def rules(manuals: Iterable[Entry], fmt: str) -> str:
    """The advice behind each rule — its "Why it matters" and "How to fix" — as text."""
    blocks: list[str] = []
    if fmt == "markdown":
        blocks.append("## Why these rules")
        for m in manuals:
            blocks.append(f"### {escape_markdown(m['id'])} — {escape_markdown(m['title'])}")
            for section in RULE_SECTIONS:
                text = plain(m["sections"].get(section, ""))
                if text:
                    blocks.append(f"**{section}.** {escape_markdown(text)}")
        return "\n\n" + "\n\n".join(blocks) + "\n"
    blocks.append("Why these rules")
    for m in manuals:
        lines = [f"{m['id']} — {m['title']}"]
        for section in RULE_SECTIONS:
            text = " ".join(plain(m["sections"].get(section, "")).split())
            if text:
                lines.append(f"  {section}: {text}")
        blocks.append(clean_text("\n".join(lines)))
    return "\n" + "\n\n".join(blocks) + "\n"


_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)


def plain(text: str) -> str:
    """Docstring text for people: ``literal`` markup shown as `literal`."""
    return _LITERAL.sub(r"`\1`", text)
