"""Preflight speed: the demo persona's checklist from cached artifacts, against a 1 s goal.

``preflight`` is what people run minutes before sending a request, so it must answer in about a
second. The bench seeds the artifact cache that ``run`` fills (``<user cache>/presence-audit/
artifacts/<config key>/``) with the demo persona's recorded artifacts, stamped as obtained
now, then times the real command as a user runs it — a fresh process, start-up included:

    presence-audit preflight -c <demo persona.yaml> --note "…" --target <demo target page>

Every artifact must come from the cache (a miss is reported: it would be gathered instead).
The cache and data folders are temporary: nothing of the user's is read or written.

Goal (exit status 1 if missed): median wall time ≤ 1 s, reported as a ratio to the goal.
The in-process time of ``run_preflight`` alone is shown for comparison.

Run: ``python bench/bench_preflight.py [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from presence_audit.core.artifacts import Artifact
from presence_audit.core.model import utc_now
from presence_audit.demo import demo_folder, load_demo_config
from presence_audit.preflight import artifact_cache

GOAL_SECONDS = 1.0
NOTE = ("Hi Jordan, we overlapped at Acme Analytics and your dbt testing guide still shapes how "
        "I review models. I'm a data engineer in Lisbon. Would you be up for a 20-minute call? "
        "Thanks, Ada")
TARGET = demo_folder() / "target" / "jordan-rivera.html"


def seed_cache(cache_home: Path) -> list[str]:
    """The demo's recorded artifacts, stamped fresh, where `run` would have left them."""
    loaded = load_demo_config()
    root = cache_home / "presence-audit" / "artifacts"
    fresh = {}
    for path in sorted((demo_folder() / "artifacts").glob("*.json")):
        artifact = Artifact.from_dict(json.loads(path.read_text(encoding="utf-8")))
        artifact.obtained_at = utc_now()
        fresh[artifact.name] = artifact
    artifact_cache.remember(loaded, fresh, root=root)
    return sorted(fresh)


def command() -> list[str]:
    return [sys.executable, "-m", "presence_audit", "preflight",
            "-c", str(demo_folder() / "persona.yaml"), "--note", NOTE,
            "--target", str(TARGET), "--format", "json"]


def time_cli(env: dict[str, str], rounds: int) -> tuple[list[float], dict[str, str]]:
    times: list[float] = []
    origins: dict[str, str] = {}
    for _ in range(rounds):
        start = time.perf_counter()
        done = subprocess.run(command(), env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1, 3):
            raise SystemExit(f"bench: preflight failed ({done.returncode}): {done.stderr}")
        origins = {s["artifact"]: s["origin"] for s in json.loads(done.stdout)["sources"]}
    return times, origins


def time_in_process(rounds: int) -> list[float]:
    import datetime as dt

    from presence_audit.checks.registry import load_registry
    from presence_audit.preflight import AckStore, PreflightRequest, run_preflight
    from presence_audit.sources.note import note_artifact

    loaded = load_demo_config()
    registry = load_registry(use_entry_points=False)
    note = note_artifact(NOTE, source="argument", origin="bench", limit=300,
                         sender_name="Ada Example")
    request = PreflightRequest(note=note, target=str(TARGET), max_age=dt.timedelta(hours=24))
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run_preflight(loaded, registry, request,
                      acks=AckStore(Path(os.environ["XDG_DATA_HOME"]) / "acks.json"))
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presence-audit-bench-") as folder:
        cache_home, data_home = Path(folder) / "cache", Path(folder) / "data"
        env = {**os.environ, "XDG_CACHE_HOME": str(cache_home),
               "XDG_DATA_HOME": str(data_home)}
        os.environ.update({"XDG_CACHE_HOME": env["XDG_CACHE_HOME"],
                           "XDG_DATA_HOME": env["XDG_DATA_HOME"]})
        seeded = seed_cache(cache_home)
        cli, origins = time_cli(env, args.rounds)
        library = time_in_process(args.rounds)
    median = statistics.median(cli)
    ratio = median / GOAL_SECONDS
    gathered = sorted(name for name, origin in origins.items() if origin == "gathered")
    rows = [
        ("artifacts seeded", ", ".join(seeded), ""),
        ("served from the cache", ", ".join(sorted(n for n, o in origins.items()
                                                   if o == "cached")), ""),
        ("gathered (cache misses)", ", ".join(gathered) or "none", ""),
        ("preflight command, median", f"{median:.3f} s over {args.rounds} runs",
         f"{ratio:.2f} × goal (goal ≤ 1.00 × {GOAL_SECONDS:g} s)"),
        ("run_preflight in process, median", f"{statistics.median(library):.3f} s",
         "without interpreter start-up and imports"),
    ]
    width = max(len(label) for label, _, _ in rows)
    for label, value, note in rows:
        print(f"{label:<{width}}  {value:<36}  {note}")
    if ratio > 1.0:
        print(f"bench: goal missed: preflight took {ratio:.2f} × the {GOAL_SECONDS:g} s goal",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
