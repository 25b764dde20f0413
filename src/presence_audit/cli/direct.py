"""`note` and `demo` without click, when their arguments are plain.

Importing click is a fifth of a note lint's start-up (the linter wants to be a pre-commit
hook) and of the demo's. So the console script (``cli.launch``) first reads the arguments of
these two commands against the table below, which states each option as the click command
declares it (a test holds the two equal), and calls the same function the click command
calls. Anything this reading does not take as it is — an unknown or misspelt option, a value
out of range or not among the choices, a directory where a file is meant, ``--help``, a
value that starts with ``-`` — goes to click instead, so every error and every help text is
click's own.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from presence_audit.cli.exit_codes import EXIT_INTERRUPTED
from presence_audit.render import FORMATS


class Option:
    """One option: its flags, the parameter it fills, and what it takes.

    A plain class: a NamedTuple or a dataclass costs more to create than this whole module
    otherwise takes to import, which is what it is here to spare.
    """

    __slots__ = ("bounds", "choices", "default", "flags", "kind", "name")

    def __init__(self, flags: tuple[str, ...], name: str, kind: str, default: Any = None,
                 choices: tuple[str, ...] = (), bounds: tuple[int, int] = (0, 0)) -> None:
        self.flags = flags
        self.name = name
        self.kind = kind  # "flag", "text", "path", "choice" or "int"
        self.default = default
        self.choices = choices
        self.bounds = bounds  # an "int"'s smallest and largest value


class Command:
    """A command's options, its variadic argument (if any) and the function it calls."""

    __slots__ = ("arguments", "options", "target")

    def __init__(self, target: str, options: tuple[Option, ...],
                 arguments: str | None = None) -> None:
        self.target = target  # "module:function", called with every parameter by name
        self.options = options
        self.arguments = arguments  # the parameter that takes every argument, as a tuple


FORMAT = Option(("--format",), "fmt", "choice", choices=FORMATS)
OUTPUT = Option(("-o", "--output"), "output", "path")
COLOR = Option(("--color",), "color", "choice", "auto", ("auto", "always", "never"))
CONFIG = Option(("-c", "--config"), "config_path", "path")
DETAILS = Option(("-v", "--details"), "details", "flag", False)

COMMANDS: dict[str, Command] = {
    "note": Command("presence_audit.cli.note_run:lint_notes", (
        Option(("-f", "--file"), "note_file", "path"),
        Option(("--limit",), "limit", "int", bounds=(1, 2000)),
        Option(("--name",), "sender", "text"),
        FORMAT, OUTPUT,
        Option(("--explain",), "explain", "flag", False),
        Option(("--files",), "as_files", "flag", False),
        COLOR, CONFIG,
    ), arguments="text"),
    "demo": Command("presence_audit.cli.demo_run:run_demo", (
        FORMAT, OUTPUT,
        Option(("--exit-code",), "exit_code", "flag", False),
        Option(("--snapshot",), "snapshot", "choice", "first", ("first", "later")),
        Option(("--history",), "history_file", "path"),
        DETAILS, COLOR,
    )),
}


def parse(command: Command, args: Sequence[str]) -> dict[str, Any] | None:
    """The parameters ``args`` give ``command``, as click would pass them; None for anything
    click should answer (see the module's docstring)."""
    by_flag = {flag: option for option in command.options for flag in option.flags}
    values: dict[str, Any] = {option.name: option.default for option in command.options}
    arguments: list[str] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            arguments += rest
            break
        if not arg.startswith("-") or arg == "-":
            arguments.append(arg)
            continue
        flag, given = _split(arg, by_flag)
        option = by_flag.get(flag)
        if option is None:
            return None
        if option.kind == "flag":
            if given is not None:
                return None
            values[option.name] = True
            continue
        if given is None:
            if not rest:
                return None
            given = rest.pop(0)
        if given.startswith("-") and given != "-":
            return None
        value = _convert(option, given)
        if value is None:
            return None
        values[option.name] = value
    if command.arguments is not None:
        values[command.arguments] = tuple(arguments)
    elif arguments:
        return None
    return values


def _split(arg: str, by_flag: dict[str, Option]) -> tuple[str, str | None]:
    """``--name=Ada`` → ``("--name", "Ada")``; ``-fnote.txt`` → ``("-f", "note.txt")``."""
    if arg.startswith("--"):
        flag, equals, given = arg.partition("=")
        return flag, given if equals else None
    if len(arg) > 2 and arg[:2] in by_flag and by_flag[arg[:2]].kind != "flag":
        return arg[:2], arg[2:]
    return arg, None


def _convert(option: Option, given: str) -> Any:
    if option.kind == "text":
        return given
    if option.kind == "choice":
        return given if given in option.choices else None
    if option.kind == "int":
        try:
            number = int(given)
        except ValueError:
            return None
        low, high = option.bounds
        return number if low <= number <= high else None
    path = Path(given)
    return None if path.is_dir() else path  # click refuses a folder where a file is meant


def run(args: Sequence[str]) -> bool:
    """Run ``args`` (the command line after the program name) without click, if it is one of
    these commands with plain arguments; False, having done nothing, otherwise."""
    command = COMMANDS.get(args[0]) if args else None
    values = None if command is None else parse(command, args[1:])
    if command is None or values is None:
        return False
    from presence_audit.core import secrets

    module, function = command.target.split(":")
    call = getattr(importlib.import_module(module), function)
    # As the click group does: secrets scrubbed from all output, 130 on Ctrl-C; and as
    # click does, a reader that went away (`| head`) ends the command quietly with 1.
    secrets.forget_all()
    try:
        with secrets.scrubbed_streams():
            try:
                call(**values)
            except KeyboardInterrupt:
                sys.stderr.write("\npresence-audit: interrupted\n")
                sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(1)
    return True


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that flushing it at exit raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
