"""`inspect`: what the tool sees in one source, as it will judge it."""

from __future__ import annotations

import click

from presence_audit.cli.group import LazyGroup

# source kind → "module:command"; each kind's command lives in its own module.
SOURCES: dict[str, str] = {
    "linkedin": "presence_audit.cli.inspect_linkedin:linkedin",
    "github": "presence_audit.cli.inspect_github:github",
    "page": "presence_audit.cli.inspect_page:page",
    "serp": "presence_audit.cli.inspect_serp:serp",
    "console": "presence_audit.cli.inspect_console:console",
}


@click.group(cls=LazyGroup, lazy=SOURCES)
def inspect() -> None:
    """Show what presence-audit sees in one source (a page, a profile, a saved results page,
    a Search Console export)."""
