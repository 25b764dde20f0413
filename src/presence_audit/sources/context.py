"""What collectors share during one run, and the shape of a collector.

A collector is a function of the context that returns one artifact; the CLI hands the runner
the collectors it wants run (``sources.collectors.COLLECTORS`` for an audit), so the runner
never imports a collector it will not use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presence_audit.config.load import LoadedConfig
    from presence_audit.core.artifacts import Artifact
    from presence_audit.sources.http import HttpClient


class GatherContext:
    """What collectors share during one run: the config and one polite HTTP client.

    The client is built on first use, so audits that read no web page (saved artifacts,
    replayed searches) never open a cache or a connection pool.
    """

    def __init__(self, loaded: LoadedConfig, *, use_cache: bool = True,
                 note: Callable[[str, str], None] | None = None) -> None:
        from presence_audit.sources.http.timing import Deadline, SystemClock

        self.loaded = loaded
        self.use_cache = use_cache
        self._note = note
        # One deadline for the whole run (network.deadline_seconds), started now: the HTTP
        # client, the search providers and the runner's wait for each collector all keep it.
        self.deadline = Deadline(SystemClock(), loaded.network.deadline_seconds)
        self._http: HttpClient | None = None
        self._lock = threading.Lock()

    @property
    def http(self) -> HttpClient:
        with self._lock:
            if self._http is None:
                from presence_audit.sources.http import HttpClient

                self._http = HttpClient(self.loaded.network, use_cache=self.use_cache,
                                        deadline=self.deadline)
            return self._http

    def reporter(self, name: str) -> Callable[[str], None]:
        """How collector ``name`` says what it is doing now, for the progress display."""
        note = self._note
        if note is None:
            return _ignore
        return lambda detail: note(name, detail)

    def close(self) -> None:
        with self._lock:
            if self._http is not None:
                self._http.close()
                self._http = None


Collector = Callable[[GatherContext], "Artifact"]
"""Gathers one artifact; it never raises for a source that fails (that is an error artifact)."""


def _ignore(detail: str) -> None:
    """No progress display: nothing to tell."""
