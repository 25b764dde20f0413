"""`search`: one query on one pinned engine."""

from __future__ import annotations

import sys

import click

from presence_audit.cli.common import EXIT_USAGE


@click.command()
@click.argument("query")
@click.option("--engine", default="duckduckgo", show_default=True,
              help="One engine, pinned: its own ranking, never a merged one.")
@click.option("--region", default="us-en", show_default=True)
@click.option("--safesearch", type=click.Choice(["on", "moderate", "off"]),
              default="moderate", show_default=True)
@click.option("-n", "max_results", type=click.IntRange(1, 50), default=10, show_default=True,
              help="Number of results.")
@click.option("--timeout", type=click.FloatRange(1, 120), default=10.0, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]),
              default="terminal", show_default=True)
def search(query: str, engine: str, region: str, safesearch: str, max_results: int,
           timeout: float, fmt: str) -> None:
    """Run one query on one engine and print its ranked results."""
    from presence_audit.search_command import search_once

    code, text = search_once(query, engine=engine, region=region, safesearch=safesearch,
                             max_results=max_results, timeout=timeout, fmt=fmt)
    click.echo(text, nl=False, err=code == EXIT_USAGE)
    sys.exit(code)


