"""Result lists kept for the rest of the day, so a re-run the same day asks no engine again.

Engines block clients that repeat queries, and a result list does not change meaningfully
within a day, so each successful list is stored under (source, engine, query, region,
safesearch, result count, sample, UTC day). Only successes are kept: a failure must be
measured again, never replayed from a cache as if it were still true. Each list is one small
JSON file written atomically; other days' lists are removed when a day's first list is stored.
A cache that cannot be read or written only costs the requests it would have saved.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.core.fileio import write_atomic
from presence_audit.core.userdirs import cache_folder

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ENTRY = re.compile(r"^[0-9a-f]{64}\.json$")


@dataclass(frozen=True)
class CacheKey:
    """What makes two searches the same measurement for a day."""

    scope: str
    engine: str
    query: str
    region: str
    safesearch: str
    results: int
    sample: int
    day: str

    def digest(self) -> str:
        text = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedList:
    results: list[SearchResult]
    fetched_at: str


def default_cache_folder() -> Path:
    """``search/`` in the user cache folder (``~/.cache/presence-audit`` on Linux)."""
    return cache_folder() / "search"


class SearchCache:
    """One JSON file per cached list, in a folder per UTC day."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._pruned = False

    def _path(self, key: CacheKey) -> Path:
        if not _DAY.match(key.day):
            raise ValueError(f"cache day must look like 2026-11-14, not {key.day!r}")
        return self.folder / key.day / f"{key.digest()}.json"

    def get(self, key: CacheKey) -> CachedList | None:
        """The list stored for ``key`` today, or ``None`` (absent, unreadable or not ours)."""
        path = self._path(key)
        try:
            document: Any = json.loads(path.read_text(encoding="utf-8"))
            if document.get("key") != asdict(key):
                return None
            results = [SearchResult.from_dict(item) for item in document["results"]]
            fetched_at = str(document["fetched_at"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        # Only successes are stored; an empty list is a block and must be measured again.
        return CachedList(results=results, fetched_at=fetched_at) if results else None

    def put(self, key: CacheKey, results: list[SearchResult], fetched_at: str) -> None:
        """Store a successful list; failing to store it is not an error."""
        if not results:
            return
        path = self._path(key)
        document = {"key": asdict(key), "fetched_at": fetched_at,
                    "results": [result.to_dict() for result in results]}
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(document, ensure_ascii=False))
            self._prune(keep=key.day)

    def _prune(self, keep: str) -> None:
        if self._pruned:
            return
        self._pruned = True
        for day in self.folder.iterdir():
            if day.is_dir() and _DAY.match(day.name) and day.name != keep:
                _remove_day(day)


def _remove_day(day: Path) -> None:
    """Delete the lists this cache wrote in ``day``, and the folder once it is empty.

    Only files named like ours go: ``search.cache_path`` may point at a folder of the user's
    that happens to hold a dated sub-folder.
    """
    for path in day.iterdir():
        if _ENTRY.match(path.name) and path.is_file():
            path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        day.rmdir()
