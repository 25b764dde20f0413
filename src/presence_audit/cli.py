"""The ``presence-audit`` command: parse, call the library, map outcomes to exit codes.

Imports of the heavy libraries happen inside the commands, so ``--help`` and ``--version`` stay
instant and import none of requests, bs4, rich, ddgs or pydantic (a test holds us to that).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from presence_audit import __version__

if TYPE_CHECKING:
    from presence_audit.checks.registry import Registry
    from presence_audit.config import LoadedConfig
    from presence_audit.model import Report

FORMAT_CHOICES = ("terminal", "markdown", "json")
SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown"}
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3


def fail_usage(message: str) -> NoReturn:
    """Print a usage/configuration error and exit 2, without a traceback."""
    click.echo(f"presence-audit: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@contextmanager
def usage_errors() -> Iterator[None]:
    """Turn the library's configuration and unknown-id errors into exit 2."""
    from presence_audit.checks.registry import UnknownCheckError
    from presence_audit.config import ConfigError

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
    from presence_audit.fileio import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        fail_usage(f"cannot write {output}: {exc.strerror or exc}")


def render_report(report: Report, fmt: str, output: Path | None) -> str:
    from presence_audit.render import render

    return render(report.to_dict(), fmt, color=False if output is not None else None)


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


def find_config(path: Path | None, *, required: bool) -> LoadedConfig | None:
    """The ``-c`` file, else ``presence-audit.yaml`` here; None when optional and absent."""
    from presence_audit.config import DEFAULT_CONFIG_FILE, load_config

    if path is None:
        path = Path(DEFAULT_CONFIG_FILE)
        if not path.exists() and not required:
            return None
    return load_config(path)


format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMAT_CHOICES),
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="presence-audit")
def main() -> None:
    """Audit your professional presence before outreach: search results, profiles,
    portfolio and connection note — each item with evidence and a fix.

    Exit codes: 0 ready · 1 not ready · 2 usage or configuration error ·
    3 incomplete (nothing failed, but something could not be measured).
    """


@main.command()
@config_option
@format_option
@output_option
@click.option("--fail-under", type=click.IntRange(0, 100), metavar="N",
              help="Exit 1 when the score is below N (default: scoring.ready).")
@click.option("--select", multiple=True, metavar="IDS",
              help="Run only these check ids or categories (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, metavar="IDS",
              help="Skip these check ids or categories (comma-separated, repeatable).")
@click.option("--save-artifacts", type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="Also save what was gathered to DIR.")
@click.option("--from-artifacts", type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="Audit artifacts saved earlier instead of gathering.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings on standard error.")
def run(config_path: Path | None, fmt: str | None, output: Path | None,
        fail_under: int | None, select: tuple[str, ...], ignore: tuple[str, ...],
        save_artifacts: Path | None, from_artifacts: Path | None, quiet: bool) -> None:
    """Gather, audit, score and report, as configured."""
    if save_artifacts and from_artifacts:
        fail_usage("--save-artifacts and --from-artifacts cannot be used together")
    if from_artifacts is not None and not from_artifacts.is_dir():
        fail_usage(f"--from-artifacts: {from_artifacts} is not a folder")
    from presence_audit.runner import RunRequest
    from presence_audit.runner import run as run_audit
    from presence_audit.scoring import exit_code

    with usage_errors():
        loaded = find_config(config_path, required=True)
        assert loaded is not None
        registry = load_registry_for(loaded)
        request = RunRequest(select=split_ids(select), ignore=split_ids(ignore),
                             save_artifacts=save_artifacts, from_artifacts=from_artifacts)
        outcome = run_audit(loaded, registry, request)
    warn_problems(outcome.report.warnings, quiet)
    if output is None and loaded.config.output.file:
        output = loaded.resolve(loaded.config.output.file)
    fmt = pick_format(fmt, output, loaded.config.output.format)
    emit(render_report(outcome.report, fmt, output), output)
    from presence_audit.runner import thresholds_of

    report = outcome.report
    sys.exit(exit_code(report.score, report.results, thresholds_of(loaded),
                       report.incomplete, fail_under))


@main.command()
@format_option
@output_option
@click.option("--exit-code", is_flag=True,
              help="Exit with the audit's code (0/1/3) as `run` does, instead of 0.")
def demo(fmt: str | None, output: Path | None, exit_code: bool) -> None:
    """Run the full pipeline on a bundled sample persona (no network, no config)."""
    from presence_audit import scoring
    from presence_audit.demo import run_demo
    from presence_audit.runner import thresholds_of

    loaded, outcome = run_demo()
    emit(render_report(outcome.report, pick_format(fmt, output), output), output)
    if exit_code:
        report = outcome.report
        sys.exit(scoring.exit_code(report.score, report.results, thresholds_of(loaded),
                                   report.incomplete))


@main.command()
@config_option
@click.option("--format", "fmt", type=click.Choice(["terminal", "json", "markdown"]),
              default="terminal", show_default=True)
def checks(config_path: Path | None, fmt: str) -> None:
    """List the check catalogue (with plugins from check_paths and entry points)."""
    from presence_audit.catalogue import catalogue_json, catalogue_markdown, catalogue_terminal

    with usage_errors():
        registry = load_registry_for(find_config(config_path, required=False))
    warn_problems(registry.problems, quiet=False)
    if fmt == "json":
        click.echo(catalogue_json(registry))
    elif fmt == "markdown":
        click.echo(catalogue_markdown(registry), nl=False)
    else:
        click.echo(catalogue_terminal(registry), nl=False)


@main.command()
@click.argument("check_id")
@config_option
def explain(check_id: str, config_path: Path | None) -> None:
    """Print the documentation of one check."""
    from presence_audit.catalogue import explain_text

    with usage_errors():
        registry = load_registry_for(find_config(config_path, required=False))
        spec = registry.get(check_id)
    click.echo(explain_text(spec), nl=False)


@main.command()
@click.argument("query")
@click.option("--engine", default="duckduckgo", show_default=True,
              help="One engine, pinned: its own ranking, never a merged one.")
@click.option("--region", default="us-en", show_default=True)
@click.option("--safesearch", type=click.Choice(["on", "moderate", "off"]),
              default="moderate", show_default=True)
@click.option("-n", "max_results", type=click.IntRange(1, 50), default=10, show_default=True,
              help="Number of results.")
@click.option("--timeout", type=click.FloatRange(1, 120), default=10.0, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]),
              default="terminal", show_default=True)
def search(query: str, engine: str, region: str, safesearch: str, max_results: int,
           timeout: float, fmt: str) -> None:
    """Run one query on one engine and print its ranked results."""
    from presence_audit.search_command import search_once

    code, text = search_once(query, engine=engine, region=region, safesearch=safesearch,
                             max_results=max_results, timeout=timeout, fmt=fmt)
    click.echo(text, nl=False, err=code == EXIT_USAGE)
    sys.exit(code)


@main.command()
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
    from presence_audit.config import ConfigError, parse_config
    from presence_audit.starter import QUESTIONS, starter_config

    if path.exists() and not force:
        fail_usage(f"{path} already exists; pass --force to overwrite it")
    for key, prompt, required in QUESTIONS:
        if answers.get(key) or yes:
            continue
        answers[key] = click.prompt(prompt, default="" if not required else None,
                                    show_default=False).strip() or None
    if not answers.get("name"):
        fail_usage("a name is required (--name 'Ada Example')")
    text = starter_config(answers)
    try:
        parse_config(text, path)
    except ConfigError as exc:
        fail_usage(f"the answers do not make a valid config: {exc}")
    emit(text, path)
    click.echo(f"Wrote {path}. Next: presence-audit run", err=True)
