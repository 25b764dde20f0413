"""`history` and `diff`: what the recorded runs say over time, and between two of them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from presence_audit.cli.common import config_option
from presence_audit.cli.shared import emit, fail_usage, usage_errors
from presence_audit.cli.tracking import history_option
from presence_audit.render.json import dumps

if TYPE_CHECKING:
    from presence_audit.history.diff import Snapshot
    from presence_audit.history.store import (
        CheckRun,
        History,
        RankRow,
        RunRecord,
        StoredRun,
    )

FORMATS = ("terminal", "markdown", "json")

format_option = click.option("--format", "fmt", type=click.Choice(FORMATS),
                             default="terminal", show_default=True, help="Output format.")
subject_option = click.option(
    "--subject", metavar="NAME",
    help="Whose runs (default: the person of the most recent run).",
)


def _history_file(config_path: Path | None, option: Path | None) -> Path:
    """The history to read; it must exist, since reading never creates one."""
    from presence_audit.cli.shared import load_config_if_any
    from presence_audit.cli.tracking import history_path

    with usage_errors():
        loaded = load_config_if_any(config_path)
    path = history_path(loaded, option, disabled=False)
    if path is None:
        fail_usage("history is disabled in the config (history.enabled: false); "
                   "pass --history PATH to read one")
    if not path.exists():
        fail_usage(f"no history at {path} yet: `presence-audit run` records every run there")
    return path


def _open(path: Path) -> History:
    from presence_audit.cli.tracking import open_history

    return open_history(path)


def _subject_of(history: History, subject: str | None) -> str:
    chosen = subject or history.latest_subject()
    if chosen is None:
        fail_usage(f"{history.path} holds no runs yet")
    return chosen


@click.command()
@config_option
@history_option
@subject_option
@click.option("--check", "check_id", metavar="ID",
              help="Show one check over time, with its ranks per engine.")
@click.option("-n", "--limit", type=click.IntRange(1, 1000), default=20, show_default=True,
              metavar="N", help="How many of the most recent runs to show.")
@format_option
def history(config_path: Path | None, history_file: Path | None, subject: str | None,
            check_id: str | None, limit: int, fmt: str) -> None:
    """Recorded runs: date, score, verdict and each check's trend, oldest first."""
    from presence_audit.history.store import HistoryError

    path = _history_file(config_path, history_file)
    with _open(path) as store:
        who = _subject_of(store, subject)
        try:
            # The tables answer both views: no stored report is decoded here.
            records = store.runs(who, limit)
            if check_id is None:
                outcomes = store.outcomes(r.id for r in records)
            else:
                check_runs = store.check_runs(records, check_id)
        except HistoryError as exc:
            fail_usage(str(exc))
    if not records:
        fail_usage(f"{path} holds no runs of {who}")
    if check_id is None:
        emit(_overview(path, who, records, outcomes, fmt), None)
    else:
        emit(_one_check(who, check_id, check_runs, fmt), None)


def _overview(path: Path, subject: str, records: Sequence[RunRecord],
              outcomes: Mapping[int, Mapping[str, str]], fmt: str) -> str:
    from presence_audit.render import history as view

    data = {
        "history": str(path),
        "subject": subject,
        "runs": [{**record.to_dict(), "outcomes": dict(outcomes[record.id])}
                 for record in records],
    }
    return dumps(data) if fmt == "json" else view.overview(data, markdown=fmt == "markdown")


def _rank(rank: RankRow) -> dict[str, Any]:
    row = {"target": rank.target, "engine": rank.engine, "query": rank.query,
           "rank": rank.rank, "measured": rank.measured}
    return row if rank.measured else {**row, "reason": rank.reason}


def _one_check(subject: str, check_id: str, runs: Sequence[CheckRun], fmt: str) -> str:
    rows = [{
        "run_id": run.record.id,
        "generated_at": run.record.generated_at,
        "outcome": run.outcome,
        "score": run.score,
        "message": run.message,
        "ranks": [_rank(rank) for rank in run.ranks],
    } for run in runs]
    if not any(row["outcome"] is not None for row in rows):
        fail_usage(f"no recorded run of {subject} has the check {check_id!r}")
    data = {"check_id": check_id, "subject": subject, "runs": rows}
    if fmt == "json":
        return dumps(data)
    from presence_audit.render import history as view

    return view.one_check(data, markdown=fmt == "markdown")


@click.command()
@click.argument("runs", nargs=-1, metavar="[A [B]]")
@config_option
@history_option
@subject_option
@format_option
def diff(runs: tuple[str, ...], config_path: Path | None, history_file: Path | None,
         subject: str | None, fmt: str) -> None:
    """What changed from A to B: score, outcomes, ranks, results about you, profile fields.

    A and B are run ids from the history or report JSON files. With no argument, the last
    two runs are compared; with one, that one and the last run.
    """
    if len(runs) > 2:
        fail_usage("diff takes at most two runs or report files (A and B)")
    from presence_audit.cli.shared import load_config_if_any
    from presence_audit.config.schema import RegressionsConfig
    from presence_audit.history.regressions import assess, runs_to_compare

    with usage_errors():
        loaded = load_config_if_any(config_path)
    rules = loaded.config.regressions if loaded is not None else RegressionsConfig()
    files = {arg: Path(arg) for arg in runs if not _is_run_id(arg)}
    store = None
    if len(runs) < 2 or not all(arg in files for arg in runs):
        store = _open(_history_file(config_path, history_file))
    try:
        earlier, later = _sides(runs, files, store, subject, runs_to_compare(rules))
    finally:
        if store is not None:
            store.close()
    assessment = assess(rules, earlier, later)
    if assessment is None:
        fail_usage("nothing to compare")
    changes = assessment.changes()
    if fmt == "json":
        emit(dumps(changes), None)
        return
    from presence_audit.render import changes as render_changes

    emit(render_changes.markdown(changes) if fmt == "markdown"
         else render_changes.text(changes), None)


def _is_run_id(arg: str) -> bool:
    return arg.isdigit() and not Path(arg).exists()


def _sides(runs: Sequence[str], files: Mapping[str, Path], store: History | None,
           subject: str | None, window_size: int) -> tuple[list[Snapshot], Snapshot]:
    """The snapshots before B, oldest first and ending with A, and B itself.

    When A is the run just before B in the history, up to ``window_size`` runs of B's person
    before B come, so that rank drops are confirmed over consecutive runs exactly as `run`
    does.
    """
    from presence_audit.history.store import HistoryError

    try:
        if store is None:
            return [_from_file(files[runs[0]])], _from_file(files[runs[1]])
        chosen = list(runs)
        if len(chosen) < 2:
            who = _subject_of(store, subject)
            latest = [str(r.id) for r in store.runs(who, 2)]
            if not chosen and len(latest) < 2:
                fail_usage(f"{store.path} has only one run of {who}: nothing to compare yet")
            chosen = chosen + latest[-1:] if chosen else latest
        before, after = (_from_file(files[arg]) if arg in files else _stored(store.load(int(arg)))
                         for arg in chosen)
        if before.run_id is None or after.run_id is None or after.subject is None:
            return [before], after
        window = store.recent(after.subject.name, window_size, before=after.run_id)
        if window and window[-1].record.id == before.run_id:
            return [_stored(run) for run in window], after
        return [before], after
    except HistoryError as exc:
        fail_usage(str(exc))


def _from_file(path: Path) -> Snapshot:
    from presence_audit.cli.tracking import read_report

    return read_report(path, "diff")


def _stored(run: StoredRun) -> Snapshot:
    from presence_audit.history.diff import Snapshot

    return Snapshot(run.report, f"run {run.record.id}", run.record.id, run.subject,
                    run.artifacts)
