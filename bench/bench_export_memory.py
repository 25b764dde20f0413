"""Memory of reading a large LinkedIn data export: an archive within the caps stays small.

The fixture is an export ZIP of eight files of 63 MiB each (just under the 64 MiB cap for one
file; 504 MiB in all, under the 512 MiB total cap): the seven files the profile is read from and
``Invitations.csv``, each one header row and then the same realistic row repeated, so the archive
itself is about 1.5 MB. ``presence-audit inspect linkedin`` reads it in a child process, and the
child's peak resident memory is taken from ``getrusage`` (``ru_maxrss``), beside the peak of
``presence-audit --version`` measured the same way, in the same run, interleaved, as the
baseline the interpreter and the imports cost.

Goal (exit status 1 if missed): the export's peak minus the baseline's ≤ 200 MB, the median
over ``--rounds`` rounds.

Run: ``python bench/bench_export_memory.py [--rounds 3] [--mib 63]``.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

GOAL_MB = 200.0
MIB = 1024 * 1024
HEADERS = {
    "Profile.csv": ("First Name,Last Name,Headline,Summary,Geo Location,Websites",
                    "Ada,Example,Data engineer,About me,Lisbon,[PERSONAL:https://a.dev]"),
    "Profile Summary.csv": ("Profile Summary", '"A summary line"'),
    "Positions.csv": ("Company Name,Title,Description,Location,Started On,Finished On",
                      "Acme,Engineer,Built pipelines,Lisbon,Jan 2020,"),
    "Education.csv": ("School Name,Start Date,End Date,Notes,Degree Name,Activities",
                      "University of Porto,2010,2014,,BSc,"),
    "Skills.csv": ("Name", "Python"),
    "Recommendations_Received.csv": (
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
        "Bob,Builder,Acme,CTO,Great to work with,\"12/09/22, 07:18 PM\",VISIBLE"),
    "Connections.csv": ("First Name,Last Name,URL,Email Address,Company,Position,Connected On",
                        "Bob,Builder,https://www.linkedin.com/in/bob,,Acme,CTO,16 Dec 2024"),
    "Invitations.csv": ("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
                        "Ada Example,Bob Builder,\"12/15/24, 7:47 AM\",,OUTGOING,,"),
}


def build_export(folder: Path, mib: int) -> Path:
    path = folder / "Complete_LinkedInDataExport_12-01-2026.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (header, row) in HEADERS.items():
            line = row + "\n"
            body = io.StringIO()
            body.write(header + "\n")
            body.write(line * ((mib * MIB - len(header) - 1) // len(line)))
            archive.writestr(name, body.getvalue())
    return path


def peak_mb(command: list[str]) -> tuple[float, float, int]:
    """Peak RSS (MB) of one child, its wall time and its exit status."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:
        raise SystemExit("ru_maxrss did not grow: run each measurement in a fresh process "
                         "(the largest child so far hides smaller ones)")
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes elsewhere
    return peak * scale / 1e6, seconds, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mib", type=int, default=63)
    args = parser.parse_args()
    tool = [sys.executable, "-m", "presence_audit"]
    rows: list[tuple[float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        export = build_export(Path(tmp), args.mib)
        for _ in range(args.rounds):
            # ru_maxrss of children is a maximum over all children so far: measure each in a
            # fresh interpreter that spawns just the one child.
            base = _in_fresh([*tool, "--version"])
            big = _in_fresh([*tool, "inspect", "linkedin", str(export), "--format", "json"])
            rows.append((base[0], big[0], big[1]))
            if big[2] not in (0, 3):
                print(f"inspect linkedin exited {big[2]}", file=sys.stderr)
                return 1
    extra = statistics.median(big - base for base, big, _ in rows)
    spread = max(big - base for base, big, _ in rows) - min(big - base for base, big, _ in rows)
    print(f"{'round':>5}  {'baseline MB':>11}  {'export MB':>9}  {'export s':>8}")
    for index, (base, big, seconds) in enumerate(rows, start=1):
        print(f"{index:>5}  {base:>11.1f}  {big:>9.1f}  {seconds:>8.2f}")
    verdict = "ok" if extra <= GOAL_MB else "MISSED"
    print(f"export above baseline: median {extra:.1f} MB (spread {spread:.1f} MB), goal ≤ "
          f"{GOAL_MB:.0f} MB: {verdict}")
    return 0 if extra <= GOAL_MB else 1


def _in_fresh(command: list[str]) -> tuple[float, float, int]:
    here = str(Path(__file__).parent)
    script = (f"import sys, json; sys.path[:0] = [{here!r}]; import bench_export_memory as b; "
              f"print(json.dumps(b.peak_mb({command!r})))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    peak, seconds, code = json.loads(out)
    return float(peak), float(seconds), int(code)


if __name__ == "__main__":
    sys.exit(main())
