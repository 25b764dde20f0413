"""The click group of every command, imported on first use of each (see ``cli``)."""

from __future__ import annotations

import importlib

import click

from presence_audit import __version__
from presence_audit.cli.commands import COMMANDS, DESCRIPTION, SUMMARIES, VERSION_HELP
from presence_audit.cli.exit_codes import EXIT_INTERRUPTED
from presence_audit.core import secrets


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


@click.group(cls=LazyGroup, lazy=COMMANDS, help=DESCRIPTION,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="presence-audit",
                      help=VERSION_HELP)
def main() -> None:
    pass
