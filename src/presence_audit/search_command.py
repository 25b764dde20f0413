"""``presence-audit search``: one query on one pinned engine, printed as the engine ranked it."""

from __future__ import annotations

import io
import json

from presence_audit.model import utc_now
from presence_audit.sources.search.base import ResultList, SearchError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3


def search_once(query: str, *, engine: str, region: str, safesearch: str, max_results: int,
                timeout: float, fmt: str) -> tuple[int, str]:
    """Return (exit code, text). A failed or empty answer is exit 3, never "no results"."""
    from presence_audit import __version__
    from presence_audit.sources.search.ddgs_provider import DdgsProvider

    provider = DdgsProvider(timeout=timeout)
    listing = ResultList(query=query, template=query, engine=engine, provider=provider.name,
                         region=region, safesearch=safesearch, sample=1, fetched_at=utc_now(),
                         tool_version=__version__)
    try:
        listing.results = provider.search(query, engine=engine, region=region,
                                          safesearch=safesearch, max_results=max_results)
    except SearchError as exc:
        listing.status = "error"
        listing.error = {"kind": exc.kind, "message": exc.message}
    if listing.ok:
        code = EXIT_OK
    elif listing.error and listing.error["kind"] == "config":
        code = EXIT_USAGE
    else:
        code = EXIT_INCOMPLETE
    if fmt == "json":
        return code, json.dumps(listing.to_dict(), indent=2, ensure_ascii=False) + "\n"
    return code, _terminal(listing)


def _terminal(listing: ResultList) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from presence_audit.render.sanitize import clean_text

    buffer = io.StringIO()
    console = Console(file=buffer, width=120, highlight=False)
    heading = f"{listing.engine} · {listing.region} · {listing.query!r}"
    if not listing.ok:
        assert listing.error is not None
        console.print(Text(clean_text(
            f"Could not measure {heading}: {listing.error['kind']}: {listing.error['message']}"
        )))
        return buffer.getvalue()
    table = Table(title=Text(clean_text(heading)), box=None, header_style="bold")
    table.add_column("#", justify="right")
    table.add_column("title")
    table.add_column("url", overflow="fold")
    for result in listing.results:
        table.add_row(str(result.rank), Text(clean_text(result.title)),
                      Text(clean_text(result.url)))
    console.print(table)
    return buffer.getvalue()
