"""Command start-up: each command as a fresh process, against a bare ``python -c pass``.

What a person waits for is the whole process: interpreter start, imports, the work, exit.
So every subject is a real process started the way a user starts it (the ``presence-audit``
script beside this interpreter, or ``python -m presence_audit`` where there is none), and the
baseline is the same interpreter doing nothing (``python -c pass``), measured in the same
rounds. Subjects take turns, the order rotated every round (``interleave.py``), so that load
from other work on the machine falls on the baseline and the commands alike; each round gives
one ratio per command, and the verdict is the median ratio, shown with its spread.

Subjects:

- ``--help`` — the command list;
- ``note`` — a 250-character connection note given as an argument, no config file;
- ``demo --format json`` — the whole pipeline on the bundled persona's recorded artifacts;
- ``preflight --demo`` — the checklist on the same artifacts and the bundled target page;
- ``run --from-artifacts`` — ``run`` on the demo persona's config and recorded artifacts,
  without history.

Each measurement is the fastest of ``--repeat`` runs in a row (default 3): a process of a few
hundred milliseconds is easily stretched by another one taking the core, and a stretched run
measures that other process, not start-up.

Every process runs in an empty folder with fresh ``HOME``/``XDG_*`` folders (no config, no
cache, no history of the user's is read or written). A warm-up round, not counted, compiles
bytecode and fills the page cache, as any second run of a command would find them.

Goals (exit status 1 if one is missed): ``--help`` ≤ 4×, ``note`` ≤ 10×,
``demo --format json`` ≤ 15× the bare interpreter.

``--imports N`` also runs each command once under ``python -X importtime`` and prints its N
costliest imports (cumulative), to show where start-up goes.

Run: ``python bench/bench_startup.py [--rounds 11] [--repeat 3] [--imports 0]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from interleave import Process, Spread, interleaved, ratios, run_process, verdict_line

import presence_audit

NOTE = ("Hi Jordan, we overlapped at Acme Analytics in 2021 and your dbt testing guide still "
        "shapes how I review models. I'm a data engineer in Lisbon, moving into analytics "
        "platforms. Would you be open to a 20-minute call next week? Many thanks, Ada Example.")
DEMO = Path(presence_audit.__file__).resolve().parent / "demo"
GOALS: dict[str, float | None] = {
    "--help": 4.0,
    "note (250 characters)": 10.0,
    "demo --format json": 15.0,
    "preflight --demo": None,
    "run --from-artifacts": None,
}


def launcher() -> list[str]:
    """How a user starts the tool: the installed script, else ``python -m``."""
    script = Path(sys.executable).with_name("presence-audit")
    if script.exists():
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "presence_audit"]


def commands() -> dict[str, list[str]]:
    tool = launcher()
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "--help": [*tool, "--help"],
        "note (250 characters)": [*tool, "note", NOTE],
        "demo --format json": [*tool, "demo", "--format", "json"],
        "preflight --demo": [*tool, "preflight", "--demo"],
        "run --from-artifacts": [*tool, "run", "-c", str(DEMO / "persona.yaml"),
                                 "--from-artifacts", str(DEMO / "artifacts"),
                                 "--format", "json", "--no-history", "--quiet"],
    }


def isolated_env(root: Path) -> dict[str, str]:
    folders = {name: root / name.lower() for name in
               ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME")}
    for folder in folders.values():
        folder.mkdir()
    # The user's settings stay out; so do interpreter switches that would make one side
    # slower (no bytecode cache, import profiling, a startup script).
    dropped = ("PRESENCE_AUDIT_", "XDG_", "PYTHONDONTWRITEBYTECODE", "PYTHONSTARTUP",
               "PYTHONPROFILEIMPORTTIME", "PYTHONINSPECT", "PYTHONVERBOSE")
    env = {key: value for key, value in os.environ.items() if not key.startswith(dropped)}
    env.update({key: str(folder) for key, folder in folders.items()})
    env["COLUMNS"] = "100"
    return env


def checked(name: str, done: Process) -> float:
    # 0 ready, 1 not ready, 3 incomplete: all are answers; 2 or a crash is a broken subject.
    if done.returncode not in (0, 1, 3):
        raise SystemExit(f"bench: {name!r} exited {done.returncode}: {done.stderr[-2000:]}")
    return done.seconds


def costliest_imports(argv: Sequence[str], env: dict[str, str], cwd: Path,
                      count: int) -> list[tuple[int, str]]:
    done = run_process([argv[0], "-X", "importtime", *argv[1:]], env=env, cwd=cwd)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, module = line.split("|", 2)
        if cumulative.strip().isdigit() and not module.startswith("   "):
            rows.append((int(cumulative), module.strip()))  # top level: its own import tree
    return sorted(rows, reverse=True)[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11,
                        help="rounds counted (after one warm-up round); default 11")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per measurement, the fastest kept; default 3")
    parser.add_argument("--imports", type=int, default=0, metavar="N",
                        help="also print each command's N costliest imports")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presence-audit-bench-") as folder:
        root = Path(folder)
        env = isolated_env(root)
        work = root / "work"
        work.mkdir()
        argvs = commands()
        def fastest(name: str, argv: list[str]) -> float:
            return min(checked(name, run_process(argv, env=env, cwd=work))
                       for _ in range(max(args.repeat, 1)))

        subjects = {name: (lambda name=name, argv=argv: fastest(name, argv))
                    for name, argv in argvs.items()}
        samples = interleaved(subjects, max(args.rounds, 1))
        if args.imports:
            imports = {name: costliest_imports(argv, env, work, args.imports)
                       for name, argv in argvs.items() if name != "python -c pass"}
    baseline = "python -c pass"
    print(f"{len(samples[baseline])} interleaved rounds (after 1 warm-up), each the fastest of "
          f"{args.repeat} runs, {os.cpu_count()} CPUs, {sys.executable}\n")
    width = max(len(name) for name in samples)
    print(f"  {'wall time':<{width}}  median")
    for name, values in samples.items():
        print(f"  {name:<{width}}  {Spread.of(values).time_text()}")
    print(f"\n  {'ratio to ' + baseline:<{width}}  median of per-round ratios{'goal':>22}")
    all_met = True
    for name, goal in GOALS.items():
        line, met = verdict_line(name, Spread.of(ratios(samples, name, baseline)), goal, width)
        print(line)
        all_met = all_met and met
    if args.imports:
        for name, rows in imports.items():
            print(f"\n  {name}: costliest imports (cumulative)")
            for micros, module in rows:
                print(f"    {micros / 1000:7.1f} ms  {module}")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
