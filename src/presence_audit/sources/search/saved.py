"""Result lists from results pages the user saved (``search.saved``: paths or globs).

Each saved page becomes a result list like any engine's: the engine and the query are the
page's own, the rank is the organic rank on the page, and the time is the file's (when it was
saved). Its template is the configured query it answers (compared without case or accents), so
the checks that look at ``{name}`` see a saved search of the name; a page answering another
query keeps its own text as template. Two pages of one engine and query are two samples. A
page that is a block or holds no result list is a failed list with the reason and what to do,
never an empty one; a pattern matching no file is a failed list too.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from presence_audit import __version__
from presence_audit.core.artifacts.serps import ResultList
from presence_audit.sources.search.base import SearchError, SearchQuery
from presence_audit.sources.search.saved_page import SavedPage, read_page
from presence_audit.text.folding import fold

PROVIDER = "saved"
UNKNOWN_ENGINE = "saved page"
MAX_PAGE_BYTES = 8 * 1024 * 1024
"""Saved results pages are well under 2 MB; anything far larger is not one."""


def saved_paths(patterns: Sequence[str], resolve: Callable[[str], Path]) -> list[
        tuple[str, list[Path]]]:
    """Each pattern with the files it names, sorted; globs are expanded."""
    found: list[tuple[str, list[Path]]] = []
    for pattern in patterns:
        where = resolve(pattern)
        if glob.has_magic(str(where)):
            # Path.glob takes a relative pattern: split at the first part with a wildcard.
            parts = where.parts
            first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
            base = Path(*parts[:first])
            paths = sorted(p for p in base.glob(str(Path(*parts[first:]))) if p.is_file())
        else:
            paths = [where] if where.exists() else []
        found.append((pattern, paths))
    return found


def saved_lists(patterns: Sequence[str], resolve: Callable[[str], Path],
                queries: Sequence[SearchQuery]) -> list[ResultList]:
    """One result list per saved page (or per pattern that names nothing)."""
    templates = {fold(" ".join(q.text.split())): q.template for q in queries}
    lists: list[ResultList] = []
    samples: dict[tuple[str, str], int] = {}
    for pattern, paths in saved_paths(patterns, resolve):
        if not paths:
            lists.append(_failed(pattern, None, SearchError(
                "saved-missing", f"search.saved: {pattern!r} names no file")))
            continue
        for path in paths:
            page, saved_at, problem = _read(path)
            if problem is not None:
                lists.append(_failed(path.name, str(path), problem, saved_at))
                continue
            assert page is not None
            engine = page.engine or UNKNOWN_ENGINE
            query = page.query or path.name
            template = templates.get(fold(" ".join(query.split())), query)
            key = (engine, query)
            samples[key] = samples.get(key, 0) + 1
            item = ResultList(
                query=query, template=template, engine=engine, provider=PROVIDER, region="",
                safesearch="", sample=samples[key], fetched_at=saved_at,
                tool_version=__version__, index=page.engine, source=str(path))
            if page.status == "ok":
                item.results = list(page.results)
            else:
                kind = "blocked" if page.status == "blocked" else "saved-page"
                item.status = "error"
                item.error = SearchError(kind, f"{path.name}: {page.detail}. {page.advice}"
                                         .strip()).to_dict()
            lists.append(item)
    return lists


def _read(path: Path) -> tuple[SavedPage | None, str, SearchError | None]:
    try:
        saved_at = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
        stamp = saved_at.isoformat(timespec="seconds").replace("+00:00", "Z")
        if path.stat().st_size > MAX_PAGE_BYTES:
            return None, stamp, SearchError(
                "saved-page", f"{path.name} is larger than a saved results page "
                              f"({MAX_PAGE_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        return None, "", SearchError("saved-missing",
                                     f"cannot read {path}: {exc.strerror or exc}")
    return read_page(data), stamp, None


def _failed(query: str, source: str | None, error: SearchError,
            fetched_at: str = "") -> ResultList:
    return ResultList(query=query, template=query, engine=UNKNOWN_ENGINE, provider=PROVIDER,
                      region="", safesearch="", sample=1, fetched_at=fetched_at,
                      tool_version=__version__, status="error", error=error.to_dict(),
                      source=source)
