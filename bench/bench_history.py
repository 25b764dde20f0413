"""History reading: ``history -n 20`` against ``-n 1000`` on files of 10, 100 and 1,000 runs.

A weekly audit for a year is 52 runs; a career centre auditing a cohort daily reaches
thousands. Listing the last 20 runs must not get slower as the file grows, and listing 1,000
must cost little more than listing 20: the listing shows outcomes and scores, which the
history keeps in tables, so reading it must not decode every stored report.

The files are written through the history's own writer (``History.record``), each run the
demo persona's report (≈ 60 KB of JSON) and its compared artifacts (search results and
LinkedIn profile), with the score and a few outcomes varied from run to run as real weekly
runs would. Each command is a fresh process (``presence-audit history --history FILE -n N``,
terminal format, output to a file), so start-up is included as a user meets it; its peak
resident memory is that process's own (``os.wait4``). Subjects take turns, the order rotated
every round (``interleave.py``), and a bare ``python -c pass`` runs in the same rounds for
scale.

Goals (exit status 1 if one is missed), on the 1,000-run file:

- ``history -n 1000`` ≤ 2 × the time of ``history -n 20``;
- its peak memory ≤ 1.5 × that of ``-n 20`` (memory flat, not growing with the runs read).

Run: ``python bench/bench_history.py [--rounds 7] [--sizes 10,100,1000]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench_startup import isolated_env, launcher
from interleave import Process, Spread, interleaved, ratios, run_process, verdict_line

import presence_audit
from presence_audit.core.model import Subject
from presence_audit.history.store import History

DEMO = Path(presence_audit.__file__).resolve().parent / "demo"
TIME_GOAL = 2.0
MEMORY_GOAL = 1.5
BASELINE = "python -c pass"
VARIED_OUTCOMES = ("pass", "warn", "fail", "error")


def demo_run(env: Mapping[str, str], work: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The demo persona's report and the artifacts a run keeps, as ``run`` produces them."""
    done = run_process([*launcher(), "demo", "--format", "json"], env=env, cwd=work)
    if done.returncode not in (0, 1, 3):
        raise SystemExit(f"bench: demo failed ({done.returncode}): {done.stderr[-2000:]}")
    artifacts = {path.stem: json.loads(path.read_text(encoding="utf-8"))
                 for path in sorted((DEMO / "artifacts").glob("*.json"))}
    return json.loads(done.stdout), artifacts


def varied(report: Mapping[str, Any], number: int) -> dict[str, Any]:
    """Run ``number`` of a year of runs: its own date, score and a few outcomes changed."""
    run = copy.deepcopy(dict(report))
    run["generated_at"] = f"2026-{1 + number // 28 % 12:02d}-{1 + number % 28:02d}T07:00:00Z"
    run["score"] = 50 + number * 7 % 50
    for offset, result in enumerate(run.get("results", [])[:4]):
        result["outcome"] = VARIED_OUTCOMES[(number + offset) % len(VARIED_OUTCOMES)]
    return run


def write_history(path: Path, runs: int, report: Mapping[str, Any],
                  artifacts: Mapping[str, Any]) -> None:
    subject = Subject(name=str((report.get("subject") or {}).get("name") or "Ada Example"))
    with History(path) as history:
        for number in range(runs):
            history.record(varied(report, number), subject, artifacts)


def checked(name: str, done: Process) -> Process:
    if done.returncode != 0:
        raise SystemExit(f"bench: {name!r} exited {done.returncode}: {done.stderr[-2000:]}")
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7,
                        help="rounds counted (after one warm-up round); default 7")
    parser.add_argument("--sizes", default="10,100,1000",
                        help="runs per history file, comma-separated (default 10,100,1000)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    memory: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory(prefix="presence-audit-bench-") as folder:
        root = Path(folder)
        env = isolated_env(root)
        work = root / "work"
        work.mkdir()
        report, artifacts = demo_run(env, work)
        files = {}
        for size in sizes:
            files[size] = root / f"history-{size}.sqlite3"
            write_history(files[size], size, report, artifacts)
        argvs = {BASELINE: [sys.executable, "-c", "pass"]}
        for size in sizes:
            for limit in (20, 1000):
                argvs[f"{size:>5} runs, -n {limit}"] = [
                    *launcher(), "history", "--history", str(files[size]), "-n", str(limit)]

        def measure(name: str) -> float:
            done = run_process(argvs[name], env=env, cwd=work)
            if name != BASELINE:
                checked(name, done)
            memory.setdefault(name, []).append(done.peak_rss_kib)
            return done.seconds

        subjects = {name: (lambda name=name: measure(name)) for name in argvs}
        samples = interleaved(subjects, max(args.rounds, 1))
        sizes_mib = {size: files[size].stat().st_size / 2**20 for size in sizes}
    counted = len(samples[BASELINE])
    print(f"{counted} interleaved rounds (after 1 warm-up), {os.cpu_count()} CPUs; files: "
          + ", ".join(f"{size} runs {mib:.1f} MiB" for size, mib in sizes_mib.items()) + "\n")
    width = max(len(name) for name in samples)
    print(f"  {'history command':<{width}}  wall time, median           peak memory, median")
    for name, values in samples.items():
        peak = statistics.median(memory[name][-counted:]) / 1024
        print(f"  {name:<{width}}  {Spread.of(values).time_text()}   {peak:8.1f} MiB")
    largest = max(sizes)
    short, long = f"{largest:>5} runs, -n 20", f"{largest:>5} runs, -n 1000"
    print(f"\n  {'ratio':<{width}}  median of per-round ratios{'goal':>22}")
    for size in sizes:
        name = f"{size:>5} runs, -n 20"
        line, _ = verdict_line(f"{name} / bare python", Spread.of(
            ratios(samples, name, BASELINE)), None, width + 14)
        print(line)
    time_line, time_met = verdict_line(f"-n 1000 / -n 20, {largest} runs",
                                       Spread.of(ratios(samples, long, short)), TIME_GOAL,
                                       width + 14)
    peaks = {name: [float(kib) for kib in memory[name][-counted:]] for name in (short, long)}
    memory_line, memory_met = verdict_line("peak memory, same", Spread.of(
        ratios(peaks, long, short)), MEMORY_GOAL, width + 14)
    print(time_line)
    print(memory_line)
    return 0 if time_met and memory_met else 1


if __name__ == "__main__":
    sys.exit(main())
