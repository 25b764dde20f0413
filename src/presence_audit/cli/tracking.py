"""What `run` and `demo` do around the audit for scheduled use: compare, record, summarise.

A run is compared with the previous runs of the same person in the history (or with a
``--baseline`` report file), the comparison goes into the report as ``changes``, the
regression rules are applied, and the run is appended to the history. In GitHub Actions the
Markdown report is also appended to the job summary.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from presence_audit.cli.shared import fail_usage

if TYPE_CHECKING:
    from presence_audit.config.load import LoadedConfig
    from presence_audit.config.schema import RegressionsConfig
    from presence_audit.history.diff import Snapshot
    from presence_audit.history.regressions import Evaluation
    from presence_audit.history.store import History, StoredRun
    from presence_audit.runner import RunOutcome

STEP_SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY"
STEP_OUTPUT_VARIABLE = "GITHUB_OUTPUT"


def history_path(loaded: LoadedConfig | None, option: Path | None,
                 disabled: bool) -> Path | None:
    """``--history``, else the config's ``history.path``, else the user data folder; None
    when history is off (``--no-history`` or ``history.enabled: false``)."""
    from presence_audit.history.store import default_history_path

    if disabled:
        if option is not None:
            fail_usage("--history and --no-history cannot be used together")
        return None
    if option is not None:
        return option
    if loaded is not None:
        if not loaded.config.history.enabled:
            return None
        if loaded.config.history.path:
            return loaded.resolve(loaded.config.history.path)
    return default_history_path()


def open_history(path: Path) -> History:
    """The history at ``path``, or exit 2 with the reason (damaged, foreign, newer)."""
    from presence_audit.history.store import History, HistoryError

    try:
        return History(path)
    except HistoryError as exc:
        fail_usage(str(exc))


def read_report(path: Path, what: str) -> Snapshot:
    """A report JSON file to compare with, or exit 2 saying why it cannot be one."""
    from presence_audit.history.diff import Snapshot

    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail_usage(f"{what}: cannot read {path}: {exc.strerror or exc}")
    except ValueError as exc:
        fail_usage(f"{what}: {path} is not JSON: {exc}")
    problem = report_problem(report)
    if problem is not None:
        fail_usage(f"{what}: {path} is not a presence-audit JSON report ({problem})")
    return Snapshot(report=report, label=path.name)


def report_problem(report: Any) -> str | None:
    """What keeps ``report`` from being compared as a report, or None.

    Only what a comparison reads is checked, so that a report from an older or newer
    version still compares: the results and their ids and outcomes, the score, the date.
    """
    if not isinstance(report, dict):
        return "not a JSON object"
    results = report.get("results")
    if not isinstance(results, list):
        return "no list of results"
    for n, result in enumerate(results, start=1):
        if not (isinstance(result, dict) and isinstance(result.get("check_id"), str)
                and isinstance(result.get("outcome"), str)):
            return f"result {n} has no check_id and outcome"
    score = report.get("score")
    if score is not None and (not isinstance(score, int) or isinstance(score, bool)
                              or not 0 <= score <= 100):
        return f"score {score!r} is not a whole number from 0 to 100"
    if not isinstance(report.get("generated_at", ""), str):
        return "generated_at is not a date"
    return None


@dataclass(frozen=True)
class WatchOptions:
    """The scheduled-audit options of `run` (and the history ones of `demo`)."""

    history: Path | None = None
    no_history: bool = False
    baseline: Path | None = None
    fail_on_regression: bool = False
    step_summary: bool = False


@dataclass
class Tracked:
    """The report to render (with ``changes`` when there was something to compare) and the
    regression verdict."""

    report: dict[str, Any]
    evaluation: Evaluation | None


@dataclass
class Watch:
    """The history (opened before the audit, so a broken file fails fast) and the baseline."""

    options: WatchOptions
    history: History | None
    baseline: Snapshot | None

    @classmethod
    def start(cls, loaded: LoadedConfig | None, options: WatchOptions) -> Watch:
        path = history_path(loaded, options.history, options.no_history)
        if path is None and options.baseline is None and options.fail_on_regression:
            # A gate that can never fire would pass every run: say so instead.
            fail_usage("--fail-on-regression has nothing to compare with: the history is off "
                       "(--no-history or history.enabled: false) and no --baseline was given")
        baseline = (read_report(options.baseline, "--baseline")
                    if options.baseline is not None else None)
        return cls(options, open_history(path) if path is not None else None, baseline)

    def finish(self, loaded: LoadedConfig, outcome: RunOutcome, quiet: bool) -> Tracked:
        """Compare and record the run, print the regressions, fill the job summary."""
        try:
            tracked = track(loaded, outcome, self.history, self.baseline)
        finally:
            if self.history is not None:
                self.history.close()
        print_evaluation(tracked.evaluation, quiet)
        if tracked.evaluation is None and self.options.fail_on_regression and not quiet:
            click.echo("presence-audit: note: no earlier run of this person to compare with; "
                       "regression rules apply from the next run", err=True)
        append_step_summary(tracked.report, self.options.step_summary)
        set_step_outputs(tracked.report)
        return tracked

    def exit_code(self, audit_code: int, tracked: Tracked) -> int:
        """The audit's exit code, or 1 when ``--fail-on-regression`` and an error rule fired."""
        from presence_audit.cli.exit_codes import EXIT_NOT_READY

        if (self.options.fail_on_regression and tracked.evaluation is not None
                and tracked.evaluation.failed):
            return EXIT_NOT_READY
        return audit_code


def track(loaded: LoadedConfig, outcome: RunOutcome, history: History | None,
          baseline: Snapshot | None) -> Tracked:
    """Compare the run with the baseline or the history, then record it in the history."""
    from presence_audit.history.diff import Snapshot
    from presence_audit.history.regressions import assess, runs_to_compare

    report = outcome.report.to_dict()
    subject = loaded.config.subject()
    artifacts = {name: artifact.to_dict() for name, artifact in outcome.artifacts.items()}
    rules: RegressionsConfig = loaded.config.regressions
    if baseline is not None:
        earlier = [baseline]
    elif history is not None:
        earlier = [
            Snapshot(stored.report, f"run {stored.record.id}", stored.record.id,
                     stored.subject, stored.artifacts)
            for stored in _recent(history, subject.name, runs_to_compare(rules))
        ]
    else:
        earlier = []
    run_id = None
    if history is not None:
        run_id = _record(history, report, loaded, artifacts)
    label = "this run" if run_id is None else f"run {run_id}"
    current = Snapshot(report, label, run_id, subject, artifacts)
    if history is not None:
        runs = trend(history, subject.name)
        if len(runs) >= 2:
            report = {**report, "trend": runs}
    assessment = assess(rules, earlier, current)
    if assessment is None:
        return Tracked(report, None)
    return Tracked({**report, "changes": assessment.changes()}, assessment.evaluation)


TREND_RUNS = 12
"""Runs the HTML report's trend lines cover: about a quarter of weekly audits."""


def trend(history: History, subject: str) -> list[dict[str, Any]]:
    """The score and each category's score over ``subject``'s last runs, oldest first."""
    return [
        {"run_id": stored.record.id, "generated_at": stored.record.generated_at,
         "score": stored.record.score,
         "categories": {str(c.get("id")): c.get("score")
                        for c in stored.report.get("categories") or [] if isinstance(c, dict)}}
        for stored in _recent(history, subject, TREND_RUNS)
    ]


def _recent(history: History, subject: str, count: int) -> list[StoredRun]:
    from presence_audit.history.store import HistoryError

    try:
        return history.recent(subject, count)
    except HistoryError as exc:
        fail_usage(str(exc))


def _record(history: History, report: Mapping[str, Any], loaded: LoadedConfig,
            artifacts: Mapping[str, Mapping[str, Any]]) -> int:
    from presence_audit.history.store import HistoryError

    try:
        return history.record(report, loaded.config.subject(), artifacts)
    except HistoryError as exc:
        fail_usage(str(exc))


def print_evaluation(evaluation: Evaluation | None, quiet: bool) -> None:
    """Regressions on standard error (error-level ones even with ``--quiet``)."""
    if evaluation is None:
        return
    from presence_audit.render.sanitize import clean_text

    for regression in evaluation.regressions:
        if quiet and regression.level != "error":
            continue
        click.echo(f"presence-audit: regression ({regression.level}, {regression.rule}): "
                   f"{clean_text(regression.message)}", err=True)
    if not quiet:
        for note in evaluation.pending:
            click.echo(f"presence-audit: note: {clean_text(note)}", err=True)


def set_step_outputs(report: Mapping[str, Any]) -> None:
    """In GitHub Actions, the step's ``score`` and ``verdict`` outputs (``steps.ID.outputs``)."""
    target = os.environ.get(STEP_OUTPUT_VARIABLE)
    if not target:
        return
    score = report.get("score")
    verdict = str(report.get("verdict", ""))
    # Both are the tool's own values (an int, a verdict word): nothing to escape.
    lines = f"score={'' if score is None else int(score)}\nverdict={verdict}\n"
    try:
        with Path(target).open("a", encoding="utf-8") as outputs:
            outputs.write(lines)
    except OSError as exc:
        click.echo(f"presence-audit: warning: cannot write the step outputs to {target}: "
                   f"{exc.strerror or exc}", err=True)


def append_step_summary(report: Mapping[str, Any], enabled: bool) -> None:
    """Append the Markdown report to the GitHub Actions job summary, when there is one."""
    target = os.environ.get(STEP_SUMMARY_VARIABLE)
    if not enabled or not target:
        return
    from presence_audit.core.secrets import scrub
    from presence_audit.render import render

    try:
        with Path(target).open("a", encoding="utf-8") as summary:
            summary.write(scrub(render(report, "markdown")))
    except OSError as exc:
        click.echo(f"presence-audit: warning: cannot append to the job summary {target}: "
                   f"{exc.strerror or exc}", err=True)


history_option = click.option(
    "--history", "history_file", type=click.Path(dir_okay=False, path_type=Path),
    metavar="PATH", help="History database (default: history.path, else the user data folder).",
)


def watch_options(command: Callable[..., None]) -> Callable[..., None]:
    """Add `run`'s scheduled-audit options, handed to ``command`` as one ``watch`` argument."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        kwargs["watch"] = WatchOptions(
            history=kwargs.pop("history_file"),
            no_history=kwargs.pop("no_history"),
            baseline=kwargs.pop("baseline"),
            fail_on_regression=kwargs.pop("fail_on_regression"),
            step_summary=not kwargs.pop("no_step_summary"),
        )
        command(*args, **kwargs)

    options = [
        history_option,
        click.option("--no-history", is_flag=True,
                     help="Neither compare with nor record into the history."),
        click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
                     metavar="REPORT",
                     help="Compare with this JSON report instead of the previous run."),
        click.option("--fail-on-regression", is_flag=True,
                     help="Exit 1 when a regression rule at level `error` fires."),
        click.option("--no-step-summary", is_flag=True,
                     help="Do not append the Markdown report to $GITHUB_STEP_SUMMARY."),
    ]
    decorated: Callable[..., None] = wrapper
    for option in reversed(options):
        decorated = option(decorated)
    return decorated
