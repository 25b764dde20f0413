"""What the commands share: error handling, format choice, output, common options.

Only ``click`` and the package's light constants are imported at module level; everything
heavy is imported inside functions.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from presence_audit.cli.exit_codes import EXIT_USAGE
from presence_audit.render import FORMATS

if TYPE_CHECKING:
    from presence_audit.checks.registry import Registry
    from presence_audit.config.load import LoadedConfig
    from presence_audit.core.model import Report

SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html", ".xml": "junit"}


def fail_usage(message: str) -> NoReturn:
    """Print a usage/configuration error and exit 2, without a traceback."""
    click.echo(f"presence-audit: error: {message}", err=True)
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
    """Explicit flag, then the output file's suffix, then config, then terminal/markdown."""
    if fmt:
        return fmt
    if output is not None and output.suffix.lower() in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[output.suffix.lower()]
    if configured:
        return configured
    return "terminal" if output is None and sys.stdout.isatty() else "markdown"


def emit(text: str, output: Path | None) -> None:
    """Print to stdout, or write the file atomically."""
    if output is None:
        click.echo(text, nl=False)
        return
    from presence_audit.core.fileio import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        fail_usage(f"cannot write {output}: {exc.strerror or exc}")


def render_report(report: Report | Mapping[str, Any], fmt: str, output: Path | None) -> str:
    """A report (or its dict, which may carry ``changes``) in ``fmt``; no colour in files."""
    from presence_audit.render import render

    as_dict = report if isinstance(report, Mapping) else report.to_dict()
    return render(as_dict, fmt, color=False if output is not None else None)


def warn_problems(problems: Iterable[str], quiet: bool) -> None:
    if quiet:
        return
    from presence_audit.render.sanitize import clean_text

    for problem in problems:
        click.echo(f"presence-audit: warning: {clean_text(problem)}", err=True)


def load_registry_for(loaded: LoadedConfig | None) -> Registry:
    from presence_audit.checks.registry import load_registry

    paths = [loaded.resolve(p) for p in loaded.config.check_paths] if loaded else []
    return load_registry(paths)


def load_config_or_default(path: Path | None) -> LoadedConfig:
    """The ``-c`` file, else ``presence-audit.yaml`` in the current folder."""
    from presence_audit.config.load import load_config
    from presence_audit.config.schema import DEFAULT_CONFIG_FILE

    return load_config(path or Path(DEFAULT_CONFIG_FILE))


def load_config_if_any(path: Path | None) -> LoadedConfig | None:
    """Like ``load_config_or_default``, but None when no file was named and none is here."""
    from presence_audit.config.schema import DEFAULT_CONFIG_FILE

    if path is None and not Path(DEFAULT_CONFIG_FILE).exists():
        return None
    return load_config_or_default(path)


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
    help="Config file (default: ./presence-audit.yaml).",
)
