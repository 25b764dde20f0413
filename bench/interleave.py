"""Interleaved measurement shared by the benches: ratios to a baseline measured in one run.

A shared machine's load comes and goes. Measuring command A for a minute and then command B
for a minute lets a burst of load land on one of them only; measuring them in turns — one
of each per round, the order rotated every round so that none always follows another — lets
it land on both alike. Each round then gives a ratio (subject / baseline of the *same*
round), and the verdict is the median of those ratios; the spread is their inter-quartile
range and their extremes, so a reader can tell a steady figure from a noisy one.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

Measure = Callable[[], float]
"""One measurement of one subject: returns seconds (or any positive quantity)."""


def interleaved(subjects: Mapping[str, Measure], rounds: int,
                warmup: int = 1) -> dict[str, list[float]]:
    """``rounds`` measurements of every subject, in turns, the order rotated each round.

    The ``warmup`` rounds are run and thrown away: they compile bytecode, fill the page cache
    and warm the allocator, which a user's second run would not pay for either.
    """
    names = list(subjects)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for number in range(warmup + rounds):
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            value = subjects[name]()
            if number >= warmup:
                samples[name].append(value)
    return samples


@dataclass(frozen=True)
class Spread:
    """A median with its inter-quartile range and extremes."""

    median: float
    low: float  # 25th percentile
    high: float  # 75th percentile
    least: float
    most: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        ordered = sorted(values)
        if len(ordered) == 1:
            only = ordered[0]
            return cls(only, only, only, only, only)
        quartiles = statistics.quantiles(ordered, n=4, method="inclusive")
        return cls(statistics.median(ordered), quartiles[0], quartiles[2], ordered[0],
                   ordered[-1])

    def ratio_text(self) -> str:
        text = (f"{self.median:6.2f}×  (IQR {self.low:.2f}–{self.high:.2f}, "
                f"range {self.least:.2f}–{self.most:.2f})")
        return f"{text:<44}"

    def time_text(self) -> str:
        return f"{self.median * 1000:8.1f} ms  (IQR {self.low * 1000:.1f}–{self.high * 1000:.1f})"


def ratios(samples: Mapping[str, Sequence[float]], subject: str, baseline: str) -> list[float]:
    """Per-round ratios of ``subject`` to ``baseline`` (round *i* against round *i*)."""
    return [mine / base for mine, base in zip(samples[subject], samples[baseline], strict=True)]


@dataclass(frozen=True)
class Process:
    """One finished child process: wall time, peak resident memory, exit status, output."""

    seconds: float
    peak_rss_kib: int
    returncode: int
    stdout: str
    stderr: str


def run_process(argv: Sequence[str], *, env: Mapping[str, str] | None = None,
                cwd: Path | None = None, stdin: str | None = None) -> Process:
    """Run ``argv`` and measure it; ``os.wait4`` gives this child's own peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryFile() as given:
        if stdin is not None:
            given.write(stdin.encode())
            given.seek(0)
        started = time.perf_counter()
        child = subprocess.Popen(list(argv), env=dict(env) if env is not None else None,
                                 cwd=cwd, stdin=given, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Process(seconds, int(usage.ru_maxrss), child.returncode,
                       out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def verdict_line(label: str, spread: Spread, goal: float | None, width: int) -> tuple[str, bool]:
    """A table row ``label  ratio (spread)  goal  met``; a row without a goal is always met."""
    if goal is None:
        return f"  {label:<{width}}  {spread.ratio_text()}  {'—':>8}", True
    met = spread.median <= goal
    return (f"  {label:<{width}}  {spread.ratio_text()}  {'≤ ' + format(goal, 'g') + '×':>8}  "
            f"{'met' if met else 'MISSED'}"), met
