"""`inspect serp FILE`: what the audit reads in a results page you saved from your browser."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from presence_audit.cli.exit_codes import EXIT_INCOMPLETE
from presence_audit.cli.shared import fail_usage
from presence_audit.render.json import dumps


@click.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal",
              show_default=True, help="json prints engine, query, status, detail and results.")
def serp(file: Path, fmt: str) -> None:
    """Read a results page saved from your browser and print its organic results.

    Search your name in a private window, save the page (File → Save Page As…), then point
    this at the .html file. Exit 0 when the page holds results, 3 when it is a block
    (CAPTCHA, consent page) or holds no result list (the reason and what to do are
    printed), 2 when FILE cannot be read.
    """
    from presence_audit.sources.search.saved_page import read_page

    try:
        data = file.read_bytes()
    except OSError as exc:
        fail_usage(f"cannot read {file}: {exc.strerror or exc}")
    page = read_page(data)
    if fmt == "json":
        click.echo(dumps(page.to_dict()), nl=False)
    else:
        from presence_audit.render.inspect_serp import render

        click.echo(render(str(file), page.to_dict(), page.advice), nl=False)
    sys.exit(0 if page.status == "ok" else EXIT_INCOMPLETE)
