"""`search`: one query on one pinned engine, optionally classified for you."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from presence_audit.cli.common import config_option
from presence_audit.cli.exit_codes import EXIT_USAGE
from presence_audit.cli.shared import fail_usage, usage_errors

if TYPE_CHECKING:
    from presence_audit.config.load import LoadedConfig
    from presence_audit.sources.search.once import SearchRequest

PROVIDERS = ("ddgs", "searxng", "brave")
CONFIGURED_PROVIDERS = (*PROVIDERS, "replay")
"""Providers the config may name: a replay answers from saved result lists."""


@click.command()
@click.argument("query")
@click.option("--engine", default=None, metavar="E",
              help="One engine, pinned: its own ranking, never a merged one. "
                   "[default: duckduckgo; brave with --provider brave]")
@click.option("--provider", type=click.Choice(PROVIDERS), default=None,
              help="Where to search. [default: the config's search.provider with -c or "
                   "--classify, else ddgs]")
@click.option("--region", default="us-en", show_default=True, metavar="R",
              help="Region code, country then language (search.region's form).")
@click.option("--safesearch", type=click.Choice(["on", "moderate", "off"]),
              default="moderate", show_default=True, help="The engine's safe-search level.")
@click.option("-n", "max_results", type=click.IntRange(1, 50), default=10, show_default=True,
              metavar="N", help="Number of results.")
@click.option("--timeout", type=click.FloatRange(1, 120), default=10.0, show_default=True,
              metavar="SECONDS",
              help="How long to wait for ddgs; searxng and brave use the network timeouts.")
@click.option("--classify", is_flag=True,
              help="Classify each result for you (owned, about-you, unsure, namesake, unrelated) "
                   "as the audit does; reads the config (-c, else ./presence-audit.yaml).")
@config_option
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]),
              default="terminal", show_default=True,
              help="json prints the result list as the audit saves it.")
def search(query: str, engine: str | None, provider: str | None, region: str,
           safesearch: str, max_results: int, timeout: float, classify: bool,
           config_path: Path | None, fmt: str) -> None:
    """Run one query on one engine and print its ranked results."""
    if not query.strip():
        fail_usage("QUERY is empty: give the words to search for, e.g. \"Ada Example\"")
    from presence_audit.cli.shared import load_config_or_default
    from presence_audit.sources.search.once import SearchRequest

    loaded = None
    if classify or config_path is not None or provider == "searxng":
        with usage_errors():
            loaded = load_config_or_default(config_path)
    if provider is None:
        configured = loaded.config.search.provider if loaded is not None else "ddgs"
        provider = configured if configured in CONFIGURED_PROVIDERS else "ddgs"
    request = SearchRequest(
        query=query, engine=engine or ("brave" if provider == "brave" else "duckduckgo"),
        region=region, safesearch=safesearch, max_results=max_results, timeout=timeout,
        provider=provider,
    )
    code, text = _search(request, loaded, classify=classify, fmt=fmt)
    click.echo(text, nl=False, err=code == EXIT_USAGE)
    sys.exit(code)


def _search(request: SearchRequest, loaded: LoadedConfig | None, *, classify: bool,
            fmt: str) -> tuple[int, str]:
    """(exit code, text). A failed or empty answer is exit 3, never "no results"."""
    from presence_audit.cli.exit_codes import EXIT_INCOMPLETE, EXIT_READY
    from presence_audit.sources.search.once import search_once

    try:
        listing = search_once(request, loaded)
    except ValueError as exc:
        fail_usage(str(exc))
    document = listing.to_dict()
    if classify and loaded is not None:
        from presence_audit.text.classify import annotate_lists

        document = annotate_lists([document], loaded.config.subject())[0]
    if listing.ok:
        code = EXIT_READY
    elif listing.error and listing.error["kind"] == "config":
        code = EXIT_USAGE
    else:
        code = EXIT_INCOMPLETE
    if fmt == "json":
        from presence_audit.render.json import render

        # The report's JSON renderer also escapes the C1 controls a scraped title may hold.
        return code, render(document)
    from presence_audit.render.search import render as render_listing

    return code, render_listing(document, classified=classify)
