"""`inspect console PATH`: what the audit reads in a Google Search Console export."""

from __future__ import annotations

from pathlib import Path

import click

from presence_audit.cli.shared import fail_usage
from presence_audit.render.json import dumps


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal",
              show_default=True, help="json prints queries (numbers as numbers, CTR as a "
                                      "fraction) and period.")
def console(path: Path, fmt: str) -> None:
    """Read a Search Console Performance export: its ZIP, its folder or Queries.csv.

    Columns are found by name in several languages; the period comes from Filters.csv and
    the daily chart. Exit 0 when the queries were read, 2 when PATH is not a readable
    export (the message says why).
    """
    from presence_audit.sources.search.console import ConsoleError, read_export

    try:
        export = read_export(path)
    except ConsoleError as exc:
        fail_usage(str(exc))
    document = export.to_dict()
    if fmt == "json":
        click.echo(dumps(document), nl=False)
        return
    from presence_audit.render.inspect_console import render

    click.echo(render(document), nl=False)
