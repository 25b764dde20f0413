"""Labelled field tables for the `inspect` commands: what one source says, field by field.

Every value is scraped or fetched text, so each is cleaned and printed as ``rich.text.Text``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from presence_audit.render.sanitize import clean_text

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

WIDTH = 110


def field_table(rows: Iterable[tuple[str, Any]], *, title: str | None = None,
                empty: str = "—") -> RenderableType:
    """Two columns, label and value; a missing value shows as ``empty``."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title, style="bold") if title else None, title_justify="left",
                  box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column("field", style="bold" if title is None else "dim", no_wrap=True)
    table.add_column("value", overflow="fold")
    for label, value in rows:
        shown = empty if value is None or value == "" else str(value)
        table.add_row(Text(clean_text(label)), Text(clean_text(shown)))
    return table


def line(text: str) -> RenderableType:
    from rich.text import Text

    return Text(clean_text(text))


def new_console() -> tuple[Console, io.StringIO]:
    """A colourless console writing into a buffer, for output that may be piped."""
    from rich.console import Console

    buffer = io.StringIO()
    return Console(file=buffer, width=WIDTH, highlight=False, no_color=True), buffer


def text_of(buffer: io.StringIO) -> str:
    # rich pads every table row to the console's width; piped output needs none of it.
    return "".join(f"{row.rstrip()}\n" for row in buffer.getvalue().splitlines())
