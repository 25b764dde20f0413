"""``presence-audit search``: one query on one pinned engine, printed as the engine ranked it.

With ``classify`` every result is classified for the configured person exactly as the audit
does (owned, about-you, namesake, unrelated), with the evidence that decided it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presence_audit.core.artifacts.serps import ResultList
from presence_audit.core.model import JSONDict, utc_now
from presence_audit.core.scoring import EXIT_INCOMPLETE, EXIT_READY, EXIT_USAGE
from presence_audit.sources.search.base import BLOCKED_MESSAGE, SearchError, SearchProvider, summary

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
    fmt: str
    provider: str = "ddgs"
    classify: bool = False


def search_once(request: SearchRequest, loaded: LoadedConfig | None = None) -> tuple[int, str]:
    """Return (exit code, text). A failed or empty answer is exit 3, never "no results".

    ``loaded`` gives the person to classify for, SearXNG's address, the Brave key's variable
    and the network settings; without it the defaults apply.
    """
    from presence_audit import __version__

    http: HttpClient | None = None
    try:
        try:
            http = _http_for(request.provider, loaded)
            provider = _provider(request, loaded, http)
        except ValueError as exc:
            return EXIT_USAGE, f"presence-audit: error: {exc}\n"
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
    document = listing.to_dict()
    if request.classify and loaded is not None:
        from presence_audit.text.classify import annotate_lists

        document = annotate_lists([document], loaded.config.subject())[0]
    if listing.ok:
        code = EXIT_READY
    elif listing.error and listing.error["kind"] == "config":
        code = EXIT_USAGE
    else:
        code = EXIT_INCOMPLETE
    if request.fmt == "json":
        from presence_audit.render.json import render

        # The report's JSON renderer also escapes the C1 controls a scraped title may hold.
        return code, render(document)
    return code, _terminal(document, classified=request.classify)


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
    return make_provider(
        request.provider, timeout=request.timeout, http=http,
        searxng_url=search.searxng_url if search is not None else None,
        brave_key_env=search.brave_api_key_env if search is not None else "BRAVE_API_KEY",
    )


def _terminal(listing: JSONDict, *, classified: bool) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from presence_audit.render.sanitize import clean_text

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
