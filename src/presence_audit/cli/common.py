"""The options the commands share, and shell completion of check ids.

What the commands share that needs no click — errors, format choice, output — is
``cli.shared``. Only ``click`` and the package's light constants are imported at module
level; everything heavy is imported inside functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from presence_audit.render import FORMATS

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS),
    help="Report format (default: terminal on a TTY, else markdown; or from -o's suffix).",
)
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to FILE (atomically) instead of standard output.",
)
config_option = click.option(
    "-c", "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Config file (default: presence-audit.yaml here or in the nearest folder above).",
)
color_option = click.option(
    "--color", type=click.Choice(("auto", "always", "never")), default="auto",
    show_default=True, help="Colour the terminal report (auto: on a terminal, unless NO_COLOR; "
                            "FORCE_COLOR forces it).")
details_option = click.option(
    "-v", "--details", is_flag=True,
    help="Show every check in full: passes' messages, all evidence, each skipped check.")


def complete_check_ids(ctx: click.Context, param: click.Parameter,
                       incomplete: str) -> list[CompletionItem]:
    """Shell completion of check ids and categories (after the last comma of a list)."""
    from click.shell_completion import CompletionItem

    from presence_audit.checks.registry import load_registry
    from presence_audit.core.model import CATEGORIES

    head, _, last = incomplete.rpartition(",")
    prefix = f"{head}," if head else ""
    try:
        registry = load_registry()
    except Exception:
        return []
    names = [(category, "category") for category in CATEGORIES]
    names += [(spec.id, spec.title) for spec in registry]
    return [CompletionItem(prefix + name, help=about) for name, about in names
            if name.startswith(last)]
