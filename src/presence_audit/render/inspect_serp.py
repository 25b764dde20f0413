"""``inspect serp``: a saved results page as the audit reads it, one line per organic result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presence_audit.render.fields import field_table, line, new_console, text_of


def render(file: str, page: Mapping[str, Any], advice: str) -> str:
    """``page`` is the ``inspect serp --format json`` document."""
    console, buffer = new_console()
    console.print(field_table([
        ("file", file), ("engine", page.get("engine")), ("query", page.get("query")),
        ("status", page.get("status")), ("detail", page.get("detail")),
        ("layout", page.get("era")),
    ], empty="unknown"))
    if advice:
        console.print(line(f"What to do: {advice}"))
    for result in page.get("results") or []:
        console.print(line(f"#{result['rank']:<3} {result['title']}"))
        console.print(line(f"     {result['url']}"))
    return text_of(buffer)
