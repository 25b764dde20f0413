"""`inspect linkedin SOURCE`: the normalised LinkedIn profile one source gives."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import click

from presence_audit.cli.common import config_option
from presence_audit.cli.exit_codes import EXIT_INCOMPLETE, EXIT_USAGE
from presence_audit.cli.shared import fail_usage, load_config_if_any, usage_errors
from presence_audit.render.json import dumps

if TYPE_CHECKING:
    from presence_audit.core.artifacts.linkedin import LinkedInProfile

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


@click.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal",
              show_default=True, help="json prints the normalised profile (the contract).")
@config_option
@click.option("--no-cache", is_flag=True, help="For a URL: fetch afresh, ignoring the cache.")
def linkedin(source: str, fmt: str, config_path: Path | None, no_cache: bool) -> None:
    """Print what presence-audit reads from one LinkedIn SOURCE.

    SOURCE is your data export (the ZIP from Settings → Data privacy → Get a copy of your
    data, or the folder it unzips to), a public profile page you saved from your browser
    (.html), or a public profile URL, fetched once — LinkedIn usually refuses that, and its
    robots.txt disallows it. A field that could not be read is null; a field the source shows
    to be empty (no headline, no About section) is null and also named in "absent". Exit 0
    when the profile was read, 3 when it was blocked or could not be read, 2 for a SOURCE
    that is none of these or a page that is not a LinkedIn profile (not-a-linkedin-page).
    """
    if urlsplit(source).scheme in ("http", "https"):
        profile = _fetch(source, config_path, no_cache)
    else:
        profile = _read_file(Path(source))
    if fmt == "json":
        click.echo(dumps(profile.to_dict()), nl=False)
    else:
        from presence_audit.render.inspect_linkedin import render

        click.echo(render(profile), nl=False)
    from presence_audit.core.artifacts.linkedin import NOT_LINKEDIN

    if profile.status == NOT_LINKEDIN:
        # A wrong file is a mistake to fix, not a source that could not be read.
        sys.exit(EXIT_USAGE)
    sys.exit(0 if profile.ok else EXIT_INCOMPLETE)


def _read_file(path: Path) -> LinkedInProfile:
    import zipfile

    from presence_audit.sources.linkedin.collector import load_export, load_saved_page

    if not path.exists():
        fail_usage(f"{path}: no such file or folder")
    if path.is_dir() or (path.is_file() and zipfile.is_zipfile(path)):
        return load_export(path)
    if path.suffix.lower() not in PAGE_SUFFIXES:
        fail_usage(f"{path} is neither a data export (ZIP or folder) nor a saved page (.html)")
    return load_saved_page(path)


def _fetch(url: str, config_path: Path | None, no_cache: bool) -> LinkedInProfile:
    from presence_audit.config.schema import NetworkConfig
    from presence_audit.sources.http import HttpClient
    from presence_audit.sources.linkedin.html import profile_url
    from presence_audit.sources.linkedin.url import fetch_profile

    if profile_url(url) is None:
        fail_usage(f"{url} is not a LinkedIn public profile URL (https://www.linkedin.com/in/…)")
    with usage_errors():
        loaded = load_config_if_any(config_path)
    network = loaded.network if loaded else NetworkConfig()
    with HttpClient(network, use_cache=not no_cache) as http:
        return fetch_profile(http, url)
