"""``presence-audit search``: one engine's ranked results, classified when asked.

Titles, URLs and the classification's reasons come from the engine: cleaned of control
characters and printed as rich ``Text``, never as markup.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from presence_audit.render.sanitize import clean_text


def render(listing: Mapping[str, Any], *, classified: bool) -> str:
    """The result list as a table, or the reason it could not be measured."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=140 if classified else 120, highlight=False)
    heading = f"{listing['engine']} · {listing['region']} · {listing['query']!r}"
    error = listing.get("error")
    if listing["status"] != "ok":
        kind = error.get("kind") if isinstance(error, dict) else "provider-error"
        message = error.get("message") if isinstance(error, dict) else ""
        console.print(Text(clean_text(f"Could not measure {heading}: {kind}: {message}")))
        return buffer.getvalue()
    table = Table(title=Text(clean_text(heading)), box=None, header_style="bold")
    table.add_column("#", justify="right")
    if classified:
        table.add_column("class")
    table.add_column("title")
    table.add_column("url", overflow="fold")
    if classified:
        table.add_column("why")
    for result in listing["results"]:
        cells = [str(result["rank"])]
        if classified:
            cells.append(str(result.get("class", "")))
        cells += [result["title"], result["url"]]
        if classified:
            cells.append(str(result.get("why", "")))
        table.add_row(*(Text(clean_text(cell)) for cell in cells))
    console.print(table)
    return buffer.getvalue()
