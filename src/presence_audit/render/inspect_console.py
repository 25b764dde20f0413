"""``inspect console``: a Search Console export as the audit reads it, one line per query."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presence_audit.render.fields import field_table, line, new_console, text_of


def render(export: Mapping[str, Any]) -> str:
    """``export`` is the ``inspect console --format json`` document."""
    console, buffer = new_console()
    period = export.get("period") or {}
    span = (f"{period.get('start')} – {period.get('end')}"
            if period.get("start") and period.get("end") else None)
    queries = export.get("queries") or []
    console.print(field_table([
        ("source", export.get("source")), ("period", period.get("label")), ("days", span),
        ("search type", export.get("search_type")),
        ("filters", "; ".join(export.get("filters") or []) or "none"),
        ("queries", len(queries)),
    ], empty="not stated"))
    for row in queries:
        ctr = row.get("ctr")
        position = row.get("position")
        console.print(line(
            f"{row.get('query')} — {row.get('clicks')} clicks, {row.get('impressions')} "
            f"impressions, CTR {'—' if ctr is None else f'{ctr:.1%}'}, position "
            f"{'—' if position is None else f'{position:g}'}"))
    return text_of(buffer)
