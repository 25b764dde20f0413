"""`inspect page URL`: everything the portfolio checks would see in one page."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import click

from presence_audit.cli.common import config_option
from presence_audit.cli.exit_codes import EXIT_INCOMPLETE
from presence_audit.cli.shared import fail_usage, load_config_if_any, usage_errors
from presence_audit.render.json import dumps

if TYPE_CHECKING:

    pass



@click.command()
@click.argument("url")
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal",
              show_default=True, help="json prints the portfolio artifact as the checks get it.")
@config_option
@click.option("--no-cache", is_flag=True, help="Fetch afresh, ignoring the HTTP cache.")
def page(url: str, fmt: str, config_path: Path | None, no_cache: bool) -> None:
    """Fetch URL once, politely, and print what the portfolio checks see in it.

    The network settings come from the config file if there is one (-c, or
    presence-audit.yaml here), else the defaults. Exit 0 when the page was read, 3 when it
    could not be fetched (the reason is printed), 2 for a URL that is not http(s).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        fail_usage(f"{url!r} is not an http:// or https:// URL")
    from presence_audit.config.schema import NetworkConfig
    from presence_audit.core.artifacts import ArtifactStatus
    from presence_audit.sources.http import HttpClient
    from presence_audit.sources.portfolio import gather_page

    with usage_errors():
        loaded = load_config_if_any(config_path)
    network = loaded.network if loaded else NetworkConfig()
    with HttpClient(network, use_cache=not no_cache) as http:
        artifact = gather_page(http, url)
    error = artifact.data.get("fetch_error")
    if artifact.status is ArtifactStatus.ERROR and error and error.get("kind") == "bad-url":
        fail_usage(artifact.detail)
    if fmt == "json":
        click.echo(dumps(artifact.to_dict()), nl=False)
    else:
        from presence_audit.render.inspect_page import render

        click.echo(render(artifact), nl=False)
    sys.exit(EXIT_INCOMPLETE if error else 0)
