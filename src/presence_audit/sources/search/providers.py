"""Make a search provider from its configured name."""

from __future__ import annotations

from pathlib import Path

from presence_audit.sources.search.base import SearchError, SearchProvider
from presence_audit.sources.search.ddgs_provider import DdgsProvider
from presence_audit.sources.search.replay import ReplayProvider

PROVIDER_NAMES: tuple[str, ...] = ("ddgs", "replay")


def make_provider(name: str, *, timeout: float, replay_path: Path | None) -> SearchProvider:
    """The provider called ``name``.

    Every configuration problem raises ``ValueError`` with a message for people: an unknown
    name, a ``replay`` without a path, a replay file that cannot be read.
    """
    if name == "ddgs":
        return DdgsProvider(timeout=timeout)
    if name == "replay":
        if replay_path is None:
            raise ValueError(
                "the replay search provider needs the path of a saved serps artifact "
                "(a serps.json file or the folder written by --save-artifacts)"
            )
        try:
            return ReplayProvider(replay_path)
        except SearchError as exc:
            raise ValueError(exc.message) from exc
    raise ValueError(
        f"unknown search provider {name!r}; use one of {', '.join(PROVIDER_NAMES)}"
    )
