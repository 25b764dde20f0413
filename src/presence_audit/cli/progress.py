"""A live view of gathering on standard error: one line per source, with its status.

Shown only on a terminal and without ``--quiet``: piped or redirected runs (CI, ``-o``) stay
silent. The sources' details quote servers and pages (error messages, titles), so they are
cleaned of control sequences and printed as plain text, never as markup.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.live import Live
from rich.spinner import Spinner
from rich.table import Table
from rich.text import Text

from presence_audit.render.sanitize import clean_text

if TYPE_CHECKING:
    from presence_audit.core.artifacts import Artifact

RUNNING = "running"
_STYLES = {RUNNING: "cyan", "ok": "green", "error": "red", "skipped": "yellow"}
_MARKS = {"ok": "✓", "error": "✗", "skipped": "–"}


class LiveProgress:
    """The runner's ``GatherProgress`` as a live table; safe to call from gathering threads."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._lines: dict[str, tuple[str, str]] = {}
        self._started: dict[str, float] = {}
        self._lines_lock = threading.Lock()
        # Starting and stopping the display never happens under the lock the display's own
        # refresh thread takes to read the lines, so the two cannot wait on each other.
        self._live_lock = threading.Lock()
        self._live: Live | None = None
        self._spinner = Spinner("dots", style=_STYLES[RUNNING])

    def started(self, name: str) -> None:
        with self._lines_lock:
            self._lines[name] = (RUNNING, "")
            self._started[name] = time.monotonic()
        with self._live_lock:
            if self._live is None:
                self._live = Live(get_renderable=self.__rich__, console=self._console,
                                  refresh_per_second=8, transient=True)
                self._live.start()

    def finished(self, name: str, artifact: Artifact) -> None:
        # The status the report's sources table will give: a source that gathered nothing it
        # could measure (every search failed) is an error there, so it must not show ok here.
        shown = artifact.source_status()
        with self._lines_lock:
            self._lines[name] = (shown.status, shown.detail)

    def note(self, name: str, detail: str) -> None:
        """What a running source is doing now ("brave: 'Ada Example' (2 of 4)")."""
        with self._lines_lock:
            if self._lines.get(name, (RUNNING, ""))[0] == RUNNING:
                self._lines[name] = (RUNNING, detail)

    def close(self) -> None:
        with self._live_lock:
            live, self._live = self._live, None
        if live is not None:
            live.stop()

    def __rich__(self) -> Table:
        with self._lines_lock:
            lines = list(self._lines.items())
            started = dict(self._started)
        now = time.monotonic()
        # Mark, name and status keep their width; the detail gets what is left, cut short.
        table = Table.grid(padding=(0, 1), expand=True)
        table.add_column(width=1, no_wrap=True)
        table.add_column(min_width=max((len(name) for name, _ in lines), default=0),
                         no_wrap=True)
        table.add_column(min_width=len("running 999 s"), no_wrap=True)
        table.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        for name, (status, detail) in lines:
            style = _STYLES.get(status, "")
            mark = self._spinner if status == RUNNING else Text(_MARKS.get(status, "?"), style)
            one_line = " ".join(clean_text(detail).split())
            shown = status
            if status == RUNNING and name in started:
                # Elapsed time says a slow source is still alive, and how slow.
                shown = f"{RUNNING} {now - started[name]:.0f} s"
            table.add_row(mark, Text(name, "bold"), Text(shown, style),
                          Text(one_line, "dim"))
        return table


@contextmanager
def gather_progress(*, quiet: bool, console: Console | None = None,
                    ) -> Iterator[LiveProgress | None]:
    """A ``LiveProgress`` on standard error for the block, or None where it must stay silent."""
    console = console if console is not None else Console(stderr=True)
    if quiet or not console.is_terminal or console.is_dumb_terminal:
        yield None
        return
    progress = LiveProgress(console)
    try:
        yield progress
    finally:
        progress.close()
