"""`network EXPORT`: the network in your data export — figures, and whom to talk to next."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from presence_audit.cli.exit_codes import EXIT_INCOMPLETE
from presence_audit.cli.shared import fail_usage

FORMATS = ("terminal", "markdown", "json", "csv")


@click.command()
@click.argument("export", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal",
              show_default=True,
              help="json prints the figures and lists (the contract); csv one row per figure "
                   "and per person.")
@click.option("--counts-only", is_flag=True,
              help="Only the figures: leave out every list (and so every name).")
@click.option("--demo", "use_demo", is_flag=True,
              help="Read the bundled sample persona's export instead (no EXPORT needed).")
def network(export: Path | None, fmt: str, counts_only: bool, use_demo: bool) -> None:
    """Audit the network itself from your LinkedIn data EXPORT (the ZIP or its folder).

    Counts your connections, the requests you sent (and how many carried a personal note),
    your conversations and how many went both ways, and lists what to act on: recent
    connections you never really talked with (suggest a call or a coffee), connections
    waiting for your reply, and requests pending for three weeks or more (withdraw them or
    follow up). A file the export lacks (the quick Basic archive leaves some out) makes its
    figures unknown, never zero.

    Names appear only in this command's output, on your screen; --counts-only leaves them
    out. Exit 0 when the export was read, 3 when it could not be, 2 for a usage mistake.
    """
    from presence_audit.sources.linkedin.export import ExportError
    from presence_audit.sources.linkedin.network import read_network

    if use_demo == (export is not None):
        fail_usage("give an EXPORT (the ZIP or folder of your LinkedIn data export) or "
                   "--demo, not both" if use_demo else
                   "give an EXPORT (the ZIP or folder of your LinkedIn data export), or --demo")
    if use_demo:
        from presence_audit.demo import demo_folder

        export = demo_folder() / "linkedin-export"
    assert export is not None
    try:
        data = read_network(export)
    except ExportError as exc:
        click.echo(f"presence-audit: cannot read the export: {exc}", err=True)
        sys.exit(EXIT_INCOMPLETE)
    except OSError as exc:
        click.echo(f"presence-audit: cannot read {export}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_INCOMPLETE)
    view = data.view(counts_only=counts_only)
    view["source"] = "demo export" if use_demo else str(export)
    click.echo(render(view, fmt), nl=False)


def render(view: dict[str, object], fmt: str) -> str:
    from presence_audit.render import network as views

    if fmt == "json":
        from presence_audit.render.json import dumps

        return dumps(view)
    return {"terminal": views.terminal, "markdown": views.markdown,
            "csv": views.csv_text}[fmt](view)
