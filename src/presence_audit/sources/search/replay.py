"""Answer searches from a saved ``serps`` artifact instead of the network.

Replaying gives the checks exactly what an earlier run measured, failures included: a list that
could not be measured then is re-raised as the same ``SearchError`` now, never turned into an
empty answer. The file is read once, when the provider is made, so a wrong path is a
configuration error before any query runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from presence_audit.core.artifacts import SERPS_ARTIFACT
from presence_audit.core.artifacts.serps import ResultList, SearchResult, lists_from_artifact
from presence_audit.sources.search.base import SearchError

_Key = tuple[str, str, int]


class ReplayProvider:
    """A ``SearchProvider`` over the result lists of a saved artifact file or folder."""

    name = "replay"

    def __init__(self, path: Path) -> None:
        self.path = path / f"{SERPS_ARTIFACT}.json" if path.is_dir() else path
        self.scope = f"replay {self.path}"
        self._lists = _index(_read_lists(self.path))

    def stored(self, query: str, *, engine: str, sample: int = 1) -> ResultList | None:
        """The saved list answering ``query`` on ``engine`` in ``sample``, if there is one.

        A file holding a single sample answers every sample with it, so a one-sample
        recording can replay a plan that asks for more.
        """
        found = self._lists.get((query, engine, sample))
        if found is not None:
            return found
        samples = [s for (q, e, s) in self._lists if q == query and e == engine]
        if samples == [1]:
            return self._lists[(query, engine, 1)]
        return None

    def search(
        self, query: str, *, engine: str, region: str, safesearch: str, max_results: int,
        sample: int = 1,
    ) -> list[SearchResult]:
        """The saved results, cut to ``max_results``; a saved failure is raised again."""
        stored = self.stored(query, engine=engine, sample=sample)
        if stored is None:
            raise SearchError(
                "replay-missing",
                f"no saved result list for {query!r} on {engine} (sample {sample}) "
                f"in {self.path}",
            )
        if not stored.ok:
            error = stored.error or {}
            raise SearchError(
                str(error.get("kind") or "provider-error"),
                str(error.get("message") or "the saved list records a failure"),
            )
        if not stored.results:
            raise SearchError("blocked", f"the saved list in {self.path} is empty")
        return stored.results[:max_results]


def _read_lists(path: Path) -> list[ResultList]:
    try:
        document: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SearchError("config", f"cannot read saved search results {path}: "
                                    f"{exc.strerror or exc}") from exc
    except ValueError as exc:
        raise SearchError("config", f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("name") != SERPS_ARTIFACT:
        raise SearchError("config", f"{path} is not a saved {SERPS_ARTIFACT!r} artifact")
    data = document.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("lists"), list):
        raise SearchError("config", f"{path} holds no result lists (data.lists)")
    try:
        return lists_from_artifact(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise SearchError("config", f"{path} has a malformed result list: {exc!r}") from exc


def _index(lists: list[ResultList]) -> dict[_Key, ResultList]:
    index: dict[_Key, ResultList] = {}
    for item in lists:
        # Keys are unique in files this tool writes; in hand-made ones the first list wins.
        index.setdefault((item.query, item.engine, item.sample), item)
    return index
