"""`note`: lint a connection note before you send it."""

from __future__ import annotations

from pathlib import Path

import click

from presence_audit.cli.common import color_option, config_option, format_option, output_option


@click.command()
@click.argument("text", nargs=-1)
@click.option("-f", "--file", "note_file", type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE", help="Read the note from FILE ('-': standard input).")
@click.option("--limit", type=click.IntRange(1, 2000), metavar="N",
              help="Character limit (default: outreach.note_limit, else 300; 200 is common "
                   "for free accounts).")
@click.option("--name", "sender", metavar="NAME",
              help="Your name, to find in the sign-off (default: outreach.sender_name, else "
                   "person.name).")
@format_option
@output_option
@click.option("--explain", is_flag=True, help="Also print the advice behind each rule.")
@click.option("--files", "as_files", is_flag=True,
              help="Each argument is a file holding one note: lint them all (the pre-commit "
                   "hook); exit 1 when any fails.")
@color_option
@config_option
def note(text: tuple[str, ...], note_file: Path | None, limit: int | None, sender: str | None,
         fmt: str | None, output: Path | None, explain: bool, as_files: bool, color: str,
         config_path: Path | None) -> None:
    """Lint a connection note given as TEXT, with -f FILE, or on standard input (-).

    Works without a config file; with one, its outreach settings and check options apply.
    Exit codes as for `run`. With --files, every argument is a note file.
    """
    from presence_audit.cli.note_run import lint_notes

    lint_notes(text, note_file, limit, sender, fmt, output, explain, as_files, color,
               config_path)
