"""The checklist for a person (terminal, Markdown) or a script (JSON), from its dict alone.

Item details, fixes, the target's words and the suggested lines all quote text that strangers
wrote (page text, search results): the terminal gets it as inert ``rich`` text cleaned of
control characters, Markdown gets it escaped, and JSON is the JSON renderer's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presence_audit.render.checklist_parts import (
    MAX_URLS,
    SYMBOLS,
    groups,
    summary,
    target_lines,
    target_title,
)
from presence_audit.render.sanitize import escape_markdown

FORMATS = ("terminal", "markdown", "json")


def render(checklist: Mapping[str, Any], fmt: str, *, color: bool | None = None) -> str:
    """``checklist`` (``Checklist.to_dict()``) as ``fmt``; ``color`` applies to the terminal."""
    if fmt == "json":
        from presence_audit.render import json as json_renderer

        return json_renderer.render(checklist)
    if fmt == "markdown":
        return _markdown(checklist)
    if fmt == "terminal":
        from presence_audit.render import checklist_terminal

        return checklist_terminal.render(checklist, color=color)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _markdown(checklist: Mapping[str, Any]) -> str:
    def esc(value: Any) -> str:
        return escape_markdown("" if value is None else str(value))

    verdict = "✅ GO" if checklist.get("verdict") == "go" else "❌ NOT YET"
    subject = (checklist.get("subject") or {}).get("name")
    blocks = [f"## Preflight: {verdict} — {esc(subject)}", esc(summary(checklist))]
    for title, items in groups(checklist):
        lines = []
        for item in items:
            symbol = SYMBOLS.get(str(item.get("mark")), "?")
            line = f"- {symbol} **{esc(item.get('label'))}** — {esc(item.get('detail'))}"
            if item.get("fix"):
                line += f"  \n  Fix: {esc(item['fix'])}"
            urls = list(item.get("urls") or [])
            line += "".join(f"  \n  {esc(url)}" for url in urls[:MAX_URLS])
            if len(urls) > MAX_URLS:
                line += f"  \n  … and {len(urls) - MAX_URLS} more (--format json)"
            lines.append(line)
        blocks += [f"### {esc(title)}", "\n".join(lines)]
    target = checklist.get("target")
    if target:
        blocks.append(f"### {esc(target_title(target))}")
        if target.get("status") != "ok":
            blocks.append(f"Could not read it: {esc(target.get('detail'))}")
        else:
            for heading, entries in target_lines(target):
                blocks.append(f"**{esc(heading)}**\n\n"
                              + "\n".join(f"- {esc(entry)}" for entry in entries))
    blocks += [f"⚠️ {esc(w)}" for w in checklist.get("warnings", [])]
    return "\n\n".join(blocks) + "\n"
