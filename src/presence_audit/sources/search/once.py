"""One query on one pinned engine, answered as the audit would answer it.

``presence-audit search`` uses this to show an engine's own ranking; a failed or empty answer
comes back as a result list with ``status: "error"`` and the reason — never as "no results".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from presence_audit import __version__
from presence_audit.core.artifacts.serps import BLOCKED_MESSAGE, ResultList
from presence_audit.core.model import utc_now
from presence_audit.sources.search.base import SearchError, SearchProvider, summary

if TYPE_CHECKING:
    from presence_audit.config.load import LoadedConfig
    from presence_audit.sources.http import HttpClient


@dataclass(frozen=True)
class SearchRequest:
    """One search as the command line asked for it."""

    query: str
    engine: str
    region: str
    safesearch: str
    max_results: int
    timeout: float
    provider: str = "ddgs"


def search_once(request: SearchRequest, loaded: LoadedConfig | None = None) -> ResultList:
    """The engine's answer as a result list; ``ValueError`` when the provider cannot be made.

    ``loaded`` gives SearXNG's address, the Brave key's variable and the network settings;
    without it the defaults apply.
    """
    http: HttpClient | None = None
    try:
        http = _http_for(request.provider, loaded)
        provider = _provider(request, loaded, http)
        listing = ResultList(query=request.query, template=request.query,
                             engine=request.engine, provider=provider.name,
                             region=request.region, safesearch=request.safesearch, sample=1,
                             fetched_at=utc_now(), tool_version=__version__)
        error = _search(provider, request, listing)
        if error is not None:
            listing.status = "error"
            listing.error = error.to_dict()
    finally:
        if http is not None:
            http.close()
    return listing


def _search(provider: SearchProvider, request: SearchRequest,
            listing: ResultList) -> SearchError | None:
    """Fill ``listing`` with the answer, or return why there is none — as the audit does."""
    try:
        listing.results = provider.search(
            request.query, engine=request.engine, region=request.region,
            safesearch=request.safesearch, max_results=request.max_results)
    except SearchError as exc:
        return exc
    except Exception as exc:  # a provider bug is a failed measurement, not a traceback
        return SearchError("provider-error", f"{type(exc).__name__}: {summary(exc)}")
    if not listing.results:
        return SearchError("blocked", BLOCKED_MESSAGE)
    return None


def _http_for(provider: str, loaded: LoadedConfig | None) -> HttpClient | None:
    from presence_audit.sources.search.providers import HTTP_PROVIDERS

    if provider not in HTTP_PROVIDERS:
        return None
    from presence_audit.config.schema import NetworkConfig
    from presence_audit.sources.http import HttpClient

    network = loaded.config.network if loaded is not None else NetworkConfig()
    return HttpClient(network, use_cache=False)


def _provider(request: SearchRequest, loaded: LoadedConfig | None,
              http: HttpClient | None) -> SearchProvider:
    from presence_audit.sources.search.providers import make_provider

    search = loaded.config.search if loaded is not None else None
    replay = loaded.resolve(search.replay) if loaded is not None and search is not None \
        and search.replay else None
    return make_provider(
        request.provider, timeout=request.timeout, http=http,
        searxng_url=search.searxng_url if search is not None else None,
        brave_key_env=search.brave_api_key_env if search is not None else "BRAVE_API_KEY",
        replay_path=replay,
    )
