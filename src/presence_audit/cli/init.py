"""`init`: write a commented starter config."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from presence_audit.cli.common import emit, fail_usage


@click.command()
@click.option("-c", "--config", "path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("presence-audit.yaml"), show_default=True,
              help="Where to write the config.")
@click.option("--name", help="Your name as people search for it.")
@click.option("--profession", help="What you do, e.g. 'data engineer'.")
@click.option("--location", help="Your city, e.g. 'Lisbon'.")
@click.option("--portfolio", help="Your portfolio or personal site URL.")
@click.option("--linkedin", help="Your public LinkedIn profile URL.")
@click.option("--github", help="Your GitHub login.")
@click.option("-y", "--yes", is_flag=True, help="Do not ask; take the flags and defaults.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: Path, yes: bool, force: bool, **answers: Any) -> None:
    """Write a commented starter config."""
    from presence_audit.config.errors import ConfigError
    from presence_audit.config.load import parse_config
    from presence_audit.config.starter import QUESTIONS, starter_config

    if path.exists() and not force:
        fail_usage(f"{path} already exists; pass --force to overwrite it")
    for key, prompt, required in QUESTIONS:
        if answers.get(key) or yes:
            continue
        try:
            answers[key] = click.prompt(prompt, default="" if not required else None,
                                        show_default=False).strip() or None
        except click.Abort:
            # End of input (nothing to ask, e.g. in CI) or Ctrl-C: nothing has been written.
            click.echo(err=True)
            fail_usage(f"no answer to {prompt!r}, nothing written; without a terminal pass "
                       "--yes with --name and the other flags")
    if not answers.get("name"):
        fail_usage("a name is required (--name 'Ada Example')")
    text = starter_config(answers)
    try:
        parse_config(text, path)
    except ConfigError as exc:
        fail_usage(f"the answers do not make a valid config: {exc}")
    emit(text, path)
    config_flag = "" if path == Path("presence-audit.yaml") else f" -c {path}"
    click.echo(f"Wrote {path}. Next: presence-audit run{config_flag}", err=True)
