"""Make a search provider from its configured name."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from presence_audit.sources.search.base import SearchError, SearchProvider
from presence_audit.sources.search.ddgs_provider import DdgsProvider
from presence_audit.sources.search.replay import ReplayProvider
from presence_audit.text.urls import CREDENTIALS_IN_URL, has_credentials

if TYPE_CHECKING:
    from presence_audit.sources.http import HttpClient

# Printable ASCII without spaces: what an API key is, and what an HTTP header can carry.
_HEADER_SAFE = re.compile(r"[!-~]+")

PROVIDER_NAMES: tuple[str, ...] = ("ddgs", "searxng", "brave", "replay")
HTTP_PROVIDERS: tuple[str, ...] = ("searxng", "brave")
"""Providers that search through the shared HTTP client."""


def make_provider(
    name: str,
    *,
    timeout: float,
    replay_path: Path | None = None,
    http: HttpClient | None = None,
    searxng_url: str | None = None,
    brave_key_env: str = "BRAVE_API_KEY",
    environ: Mapping[str, str] | None = None,
) -> SearchProvider:
    """The provider called ``name``.

    Every configuration problem raises ``ValueError`` with a message for people: an unknown
    name, a ``replay`` without a path, a replay file that cannot be read, a SearXNG without
    its address, a Brave API key variable that is not set. ``http`` is needed by the
    providers in ``HTTP_PROVIDERS``; ``timeout`` applies to ``ddgs`` (the others use the
    network timeouts).
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
    if name == "searxng":
        from presence_audit.sources.search.searxng import SearxngProvider

        if not searxng_url:
            raise ValueError("the searxng search provider needs search.searxng_url: your "
                             "instance's address, e.g. http://localhost:8888")
        if has_credentials(searxng_url):
            raise ValueError(CREDENTIALS_IN_URL)
        return SearxngProvider(searxng_url, _client(name, http))
    if name == "brave":
        from presence_audit.sources.search.brave_api import BraveApiProvider

        key = (os.environ if environ is None else environ).get(brave_key_env, "").strip()
        if not key:
            raise ValueError(
                f"the brave search provider needs a Brave Search API key in the environment "
                f"variable {brave_key_env} (search.brave_api_key_env), which is not set"
            )
        if not _HEADER_SAFE.fullmatch(key):
            # requests quotes a header value it refuses in its error: the key must not get
            # that far, and this message must not show it either.
            raise ValueError(
                f"the Brave Search API key in the environment variable {brave_key_env} holds "
                "spaces, line breaks or non-ASCII characters; set it to the key alone"
            )
        return BraveApiProvider(_client(name, http), key, brave_key_env)
    raise ValueError(
        f"unknown search provider {name!r}; use one of {', '.join(PROVIDER_NAMES)}"
    )


def _client(name: str, http: HttpClient | None) -> HttpClient:
    if http is None:
        raise ValueError(f"the {name} search provider needs the HTTP client")
    return http
