"""The ``presence-audit`` command: parse, call the library, map outcomes to exit codes.

Each command lives in a module of this package (``run`` and ``demo`` share one, as do
``checks`` and ``explain``, ``history`` and ``diff``) that is imported only when the command
runs. ``--help`` lists the commands from ``SUMMARIES`` without importing any of them (a test
holds each summary equal to its command's own help). The command modules import only
``click`` and light pieces at their top, so start-up loads none of requests, rich, ddgs,
pydantic or yaml (tests hold us to that, command by command).
"""

from __future__ import annotations

import importlib

import click

from presence_audit import __version__
from presence_audit.cli.exit_codes import EXIT_INTERRUPTED
from presence_audit.core import secrets

# name → "module:attribute", in the order `--help` lists them.
COMMANDS: dict[str, str] = {
    "run": "presence_audit.cli.audit:run",
    "demo": "presence_audit.cli.audit:demo",
    "checks": "presence_audit.cli.catalogue:checks",
    "explain": "presence_audit.cli.catalogue:explain",
    "search": "presence_audit.cli.search:search",
    "history": "presence_audit.cli.history:history",
    "diff": "presence_audit.cli.history:diff",
    "note": "presence_audit.cli.note:note",
    "preflight": "presence_audit.cli.preflight:preflight",
    "network": "presence_audit.cli.network:network",
    "init": "presence_audit.cli.init:init",
    "inspect": "presence_audit.cli.inspect:inspect",
}


# name → the one line `--help` shows: the command's own short help, kept here so that listing
# the commands imports none of them.
SUMMARIES: dict[str, str] = {
    "run": "Gather, audit, score and report, as configured.",
    "demo": "Run the full pipeline on a bundled sample persona (no network, no config).",
    "checks": "List the check catalogue (with plugins from check_paths and entry points).",
    "explain": "Print the documentation of one check.",
    "search": "Run one query on one engine and print its ranked results.",
    "history": "Recorded runs: date, score, verdict and each check's trend, oldest first.",
    "diff": "What changed from A to B: score, outcomes, ranks, results about you, profile "
            "fields.",
    "note": "Lint a connection note given as TEXT, with -f FILE, or on standard input (-).",
    "preflight": "One checklist before outreach: your profile, your presence, your note and, "
                 "with --target, how the person wants to be contacted and what you share.",
    "network": "Audit the network itself from your LinkedIn data EXPORT (the ZIP or its "
               "folder).",
    "init": "Write a commented starter config, asking for what the flags do not give.",
    "inspect": "Show what presence-audit sees in one source (a page, a profile, a saved "
               "results page, a Search Console export).",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use, from a name → target mapping."""

    def __init__(self, *args: object, lazy: dict[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.lazy, *sorted(super().list_commands(ctx))]

    def invoke(self, ctx: click.Context) -> object:
        # Every command's output passes the scrubber: secrets the config registers while the
        # command runs never reach the terminal, a pipe or a CI log.
        secrets.forget_all()
        with secrets.scrubbed_streams():
            try:
                return super().invoke(ctx)
            except KeyboardInterrupt:
                # Click would exit 1, which CI reads as "not ready"; 130 is the shell's
                # "interrupted".
                click.echo("\npresence-audit: interrupted", err=True)
                ctx.exit(EXIT_INTERRUPTED)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list, from ``SUMMARIES``; a command without one is imported for it."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            summary = SUMMARIES.get(name)
            command = (click.Command(name, help=summary) if summary is not None
                       else self.get_command(ctx, name))
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self.lazy.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


@click.group(cls=LazyGroup, lazy=COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="presence-audit")
def main() -> None:
    """Audit your professional presence before outreach: search results, profiles,
    portfolio and connection note — each item with evidence and a fix.

    Exit codes: 0 ready · 1 not ready · 2 usage or configuration error ·
    3 incomplete (nothing failed, but something could not be measured).
    """
