"""`checks` and `explain`: the catalogue and the docs of one check."""

from __future__ import annotations

from pathlib import Path

import click

from presence_audit.cli.common import complete_check_ids, config_option
from presence_audit.cli.shared import (
    load_config_if_any,
    load_registry_for,
    usage_errors,
    warn_problems,
)


@click.command()
@config_option
@click.option("--format", "fmt", type=click.Choice(["terminal", "json", "markdown"]),
              default="terminal", show_default=True,
              help="json adds each check's options with their types and defaults; markdown "
                   "is a table for documentation.")
def checks(config_path: Path | None, fmt: str) -> None:
    """List the check catalogue (with plugins from check_paths and entry points)."""
    from presence_audit.checks.catalogue import entries
    from presence_audit.render import catalogue as view

    with usage_errors():
        registry = load_registry_for(load_config_if_any(config_path))
    warn_problems(registry.problems, quiet=False)
    rows = entries(registry)
    if fmt == "json":
        click.echo(view.as_json(rows))
    elif fmt == "markdown":
        click.echo(view.markdown(rows), nl=False)
    else:
        click.echo(view.terminal(rows), nl=False)


@click.command()
@click.argument("check_id", shell_complete=complete_check_ids)
@config_option
def explain(check_id: str, config_path: Path | None) -> None:
    """Print the documentation of one check."""
    from presence_audit.checks.catalogue import manual
    from presence_audit.render.catalogue import explain as explain_text

    with usage_errors():
        registry = load_registry_for(load_config_if_any(config_path))
        spec = registry.get(check_id)
    click.echo(explain_text(manual(spec)), nl=False)

