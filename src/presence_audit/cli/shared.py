"""What the commands share that needs no click: errors, format choice, output, config.

Kept apart from the click options (``cli.common``) so that a command run without click
(``cli.direct``) shares them too. Everything heavy is imported inside functions.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from presence_audit.cli.exit_codes import EXIT_USAGE
from presence_audit.render import FORMATS

if TYPE_CHECKING:
    from presence_audit.checks.registry import Registry
    from presence_audit.config.load import LoadedConfig
    from presence_audit.core.model import Report


_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")
"""The escape sequences ``click.echo`` strips from text bound for a file or a pipe."""


def echo(text: str, *, err: bool = False, nl: bool = True, color: bool | None = None) -> None:
    """Write ``text`` (and a line break) to standard output or error and flush, as
    ``click.echo`` does: unless ``color`` is True, colour codes are stripped when the stream
    is not a terminal."""
    stream = sys.stderr if err else sys.stdout
    if color is False or (color is None and not _is_terminal(stream)):
        text = _ANSI.sub("", text)
    stream.write(f"{text}\n" if nl else text)
    stream.flush()


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no such method, or the stream is closed
        return False


SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html", ".xml": "junit", ".txt": "terminal"}


def fail_usage(message: str) -> NoReturn:
    """Print a usage/configuration error and exit 2, without a traceback."""
    echo(f"presence-audit: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@contextmanager
def usage_errors() -> Iterator[None]:
    """Turn the library's configuration and unknown-id errors into exit 2."""
    from presence_audit.checks.registry import UnknownCheckError
    from presence_audit.config.errors import ConfigError

    try:
        yield
    except ConfigError as exc:
        fail_usage(str(exc))
    except UnknownCheckError as exc:
        fail_usage(f"{exc}. `presence-audit checks` lists the ids.")


def split_ids(values: Iterable[str]) -> list[str]:
    """``--select a,b --select c`` → ``[a, b, c]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def pick_format(fmt: str | None, output: Path | None, configured: str | None = None) -> str:
    """Explicit flag, then the output file's suffix, then config, then terminal/markdown.

    A file whose suffix names no format, with nothing else to go by, is a usage error: writing
    Markdown into ``report.pdf`` would pass for success.
    """
    if fmt:
        return fmt
    if output is not None:
        suffix = output.suffix.lower()
        if suffix in SUFFIX_FORMATS:
            return SUFFIX_FORMATS[suffix]
        if not configured:
            known = ", ".join(sorted(set(SUFFIX_FORMATS)))
            fail_usage(f"-o {output}: cannot tell the format from {suffix or 'no suffix'!s}; "
                       f"use one of {known}, or --format ({', '.join(FORMATS)})")
    if configured:
        return configured
    return "terminal" if output is None and sys.stdout.isatty() else "markdown"


def emit(text: str, output: Path | None) -> None:
    """Print to stdout, or write the file atomically."""
    if output is None:
        try:
            # The renderer already chose whether to colour (--color, NO_COLOR, FORCE_COLOR).
            echo(text, nl=False, color=True)
        except BrokenPipeError:
            raise  # the reader went away (`| head`): the command ends quietly with 1
        except OSError as exc:  # a full disk or a dead device behind the redirection
            fail_usage(f"cannot write the report to standard output: {exc.strerror or exc}")
        return
    from presence_audit.core.fileio import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        fail_usage(f"cannot write {output}: {exc.strerror or exc}")


def render_report(report: Report | Mapping[str, Any], fmt: str, output: Path | None, *,
                  color: bool | None = None, details: bool = False) -> str:
    """A report (or its dict, which may carry ``changes``) in ``fmt``; no colour in files
    unless ``--color always`` asked for it."""
    from presence_audit.render import render

    as_dict = report if isinstance(report, Mapping) else report.to_dict()
    if output is not None and color is None:
        color = False
    return render(as_dict, fmt, color=color, details=details)


def announce(output: Path | None, report: Mapping[str, Any], quiet: bool = False) -> None:
    """One line on standard error once the report file is written:
    ``wrote report.md — 84/100, almost ready (11 of 34 checks measured)``."""
    if output is None or quiet:
        return
    from presence_audit.render.common import headline

    echo(f"wrote {output} — {headline(report)}", err=True)


def color_choice(value: str) -> bool | None:
    """``--color``: always → True, never → False, auto → None (the terminal, NO_COLOR and
    FORCE_COLOR decide)."""
    return {"always": True, "never": False}.get(value)


def shown_path(path: Path | None) -> str | None:
    """``path`` as the user would name it: relative to the current folder (``../x.yaml``)."""
    import os

    if path is None:
        return None
    try:
        return os.path.relpath(path.resolve(), Path.cwd().resolve())
    except ValueError:  # another drive, on Windows
        return str(path)


def warn_problems(problems: Iterable[str], quiet: bool) -> None:
    if quiet:
        return
    from presence_audit.render.sanitize import clean_text

    for problem in problems:
        echo(f"presence-audit: warning: {clean_text(problem)}", err=True)


def require_paths(loaded: LoadedConfig) -> None:
    """Exit 2, before anything is gathered, when a configured file or folder is missing."""
    problems = loaded.missing_paths()
    if problems:
        fail_usage("\n".join(problems))


def load_registry_for(loaded: LoadedConfig | None,
                      categories: Sequence[str] | None = None) -> Registry:
    """The registry for this config; ``categories`` (without a config only: a config's
    ``checks:`` section may name a check of any category) narrows the built-ins."""
    from presence_audit.checks.registry import load_registry

    if loaded is not None:
        return load_registry([loaded.resolve(p) for p in loaded.config.check_paths])
    return load_registry(categories=categories)


def load_config_or_default(path: Path | None) -> LoadedConfig:
    """The ``-c`` file, else ``presence-audit.yaml`` here or in the nearest folder above."""
    from presence_audit.config.load import load_config
    from presence_audit.config.locate import DEFAULT_CONFIG_FILE, find_config

    loaded = load_config(path or find_config() or Path(DEFAULT_CONFIG_FILE))
    for note in loaded.notes:
        echo(f"presence-audit: note: {note}", err=True)
    return loaded


def load_config_if_any(path: Path | None) -> LoadedConfig | None:
    """Like ``load_config_or_default``, but None when no file was named and none is found."""
    from presence_audit.config.locate import find_config

    if path is None and find_config() is None:
        return None
    return load_config_or_default(path)
