"""`run` and `demo`: the audit itself."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from presence_audit.cli.common import (
    color_option,
    complete_check_ids,
    config_option,
    details_option,
    format_option,
    output_option,
)
from presence_audit.cli.shared import (
    announce,
    color_choice,
    emit,
    fail_usage,
    load_config_or_default,
    load_registry_for,
    pick_format,
    render_report,
    require_paths,
    shown_path,
    split_ids,
    usage_errors,
    warn_problems,
)
from presence_audit.cli.tracking import (
    Watch,
    WatchOptions,
    watch_options,
)

if TYPE_CHECKING:
    from presence_audit.cli.progress import LiveProgress
    from presence_audit.sources.context import Collector


@click.command()
@config_option
@format_option
@output_option
@click.option("--fail-under", type=click.IntRange(0, 100), metavar="N",
              help="Exit 1 when the score is below N (default: scoring.ready).")
@click.option("--select", multiple=True, metavar="IDS", shell_complete=complete_check_ids,
              help="Run only these check ids or categories (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, metavar="IDS", shell_complete=complete_check_ids,
              help="Skip these check ids or categories (comma-separated, repeatable).")
@click.option("--save-artifacts", type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="Also save what was gathered to DIR.")
@click.option("--from-artifacts", type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="Audit artifacts saved earlier instead of gathering.")
@click.option("--no-cache", is_flag=True,
              help="Fetch every page afresh: neither read nor write the HTTP cache.")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress display and no warnings on standard error.")
@details_option
@color_option
@watch_options
def run(config_path: Path | None, fmt: str | None, output: Path | None,
        fail_under: int | None, select: tuple[str, ...], ignore: tuple[str, ...],
        save_artifacts: Path | None, from_artifacts: Path | None, no_cache: bool, quiet: bool,
        details: bool, color: str, watch: WatchOptions) -> None:
    """Gather, audit, score and report, as configured."""
    if save_artifacts and from_artifacts:
        fail_usage("--save-artifacts and --from-artifacts cannot be used together")
    if from_artifacts is not None:
        _require_saved_artifacts(from_artifacts)
    from contextlib import AbstractContextManager, nullcontext

    from presence_audit.cli.exit_codes import of_report
    from presence_audit.runner import RunRequest, SaveError, thresholds_of
    from presence_audit.runner import run as run_audit

    with usage_errors():
        loaded = load_config_or_default(config_path)
        if output is None and loaded.config.output.file:
            output = loaded.resolve(loaded.config.output.file)
        # Before gathering: a suffix that names no format is a usage error, said now.
        fmt = pick_format(fmt, output, loaded.config.output.format)
        if output is not None and not output.parent.is_dir():
            # Said now, not after minutes of gathering with the run already recorded.
            fail_usage(f"cannot write the report to {output}: there is no folder "
                       f"{output.parent}")
        watcher = Watch.start(loaded, watch)
        if from_artifacts is None:
            require_paths(loaded)
        registry = load_registry_for(loaded)
        # Reading saved artifacts takes no time worth showing (nor a display to load).
        showing: AbstractContextManager[LiveProgress | None] = nullcontext()
        if from_artifacts is None:
            from presence_audit.cli.progress import gather_progress

            showing = gather_progress(quiet=quiet)
        with showing as progress:
            request = RunRequest(select=split_ids(select), ignore=split_ids(ignore),
                                 save_artifacts=save_artifacts, from_artifacts=from_artifacts,
                                 use_cache=not no_cache, progress=progress)
            try:
                outcome = run_audit(loaded, registry, request, _collectors(from_artifacts))
            except SaveError as exc:
                fail_usage(f"--save-artifacts: {exc}")
    if from_artifacts is None:  # what was just gathered is what `preflight` reuses
        from presence_audit.preflight.artifact_cache import remember

        remember(loaded, outcome.artifacts)
    warn_problems(outcome.report.warnings, quiet)
    outcome.report.config_path = shown_path(loaded.path)
    tracked = watcher.finish(loaded, outcome, quiet)
    emit(render_report(tracked.report, fmt, output, color=color_choice(color), details=details),
         output)
    announce(output, tracked.report, quiet)
    report = outcome.report
    code = of_report(report.score, report.results, thresholds_of(loaded),
                     report.incomplete, fail_under)
    sys.exit(watcher.exit_code(code, tracked))


def _collectors(from_artifacts: Path | None) -> Mapping[str, Collector]:
    """Every collector for a gathering run; none when the artifacts are read from a folder."""
    if from_artifacts is not None:
        return {}
    from presence_audit.sources.collectors import COLLECTORS

    return COLLECTORS


def _require_saved_artifacts(folder: Path) -> None:
    """Exit 2 unless ``folder`` holds at least one saved artifact.

    A folder with none of them is a wrong path, not an audit in which nothing could be
    measured: reporting every check as ``error`` would hide the typo.
    """
    if not folder.is_dir():
        fail_usage(f"--from-artifacts: {folder} is not a folder")
    from presence_audit.core.artifacts import GATHERED_ARTIFACTS

    names = [f"{name}.json" for name in GATHERED_ARTIFACTS]
    if not any((folder / name).is_file() for name in names):
        fail_usage(f"--from-artifacts: {folder} holds no saved artifacts (none of "
                   f"{', '.join(names)}); write them with `run --save-artifacts DIR`")


@click.command()
@format_option
@output_option
@click.option("--exit-code", is_flag=True,
              help="Exit with the audit's code (0/1/3) as `run` does, instead of 0.")
@click.option("--snapshot", type=click.Choice(("first", "later")), default="first",
              show_default=True,
              help="Which recording of the persona to audit: `later` is a week on.")
@click.option("--history", "history_file", type=click.Path(dir_okay=False, path_type=Path),
              metavar="PATH",
              help="Compare with the previous run in this history database and record the "
                   "run there (default: no history).")
@details_option
@color_option
def demo(fmt: str | None, output: Path | None, exit_code: bool, snapshot: str,
         history_file: Path | None, details: bool, color: str) -> None:
    """Run the full pipeline on a bundled sample persona (no network, no config).

    With --history PATH the run is compared with the previous one there and recorded, as
    `run` does: `demo --history h.db` then `demo --snapshot later --history h.db` shows
    what changed.
    """
    from presence_audit.cli.demo_run import run_demo

    run_demo(fmt, output, exit_code, snapshot, history_file, details, color)

