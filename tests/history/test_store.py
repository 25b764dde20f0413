"""The SQLite history: runs land whole, concurrent runs all land, kills leave it consistent,
and a file that is not ours (or is newer) is refused and left as it was."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from presence_audit.core.model import Subject
from presence_audit.history import store as history_module
from presence_audit.history.store import (
    APPLICATION_ID,
    COMPARED_ARTIFACTS,
    History,
    HistoryError,
    default_history_path,
    schema_version,
)

ADA = Subject(name="Ada Example", aliases=("A. Example",), portfolio_url="https://ada.dev",
              github_login="ada-example", other_profiles=("https://speakerdeck.com/ada",))


def report(score: int | None = 50, marker: int = 0, results: int = 2) -> dict[str, Any]:
    return {
        "schema_version": 1, "tool": {"name": "presence-audit", "version": "0.1.0"},
        "generated_at": f"2026-11-{10 + marker % 10:02d}T09:00:00Z",
        "subject": {"name": ADA.name}, "score": score, "verdict": "almost",
        "categories": [], "sources": [], "top_fixes": [], "warnings": [],
        "results": [
            {"check_id": f"search.check-{n}", "title": "t", "category": "search",
             "outcome": "pass" if n % 2 else "fail", "severity": "low", "weight": 1,
             "score": 1.0 if n % 2 else 0.0, "message": f"run {marker}", "fix": "",
             "evidence": [], "data": {"n": n}}
            for n in range(results)
        ],
        "marker": marker,
    }


def artifact(name: str) -> dict[str, Any]:
    return {"name": name, "status": "ok", "source": "test", "detail": "", "problems": [],
            "obtained_at": "2026-11-10T09:00:00Z", "data": {"kept": name}}


def test_a_run_round_trips_with_its_subject_and_compared_artifacts(tmp_path: Path) -> None:
    artifacts = {name: artifact(name) for name in ("serps", "linkedin", "portfolio")}
    with History(tmp_path / "h.sqlite3") as store:
        run_id = store.record(report(61), ADA, artifacts)
        stored = store.load(run_id)
    assert stored.report == report(61)
    assert stored.subject == ADA
    assert set(stored.artifacts) == set(COMPARED_ARTIFACTS) == {"serps", "linkedin"}
    assert stored.artifacts["serps"] == artifacts["serps"]
    assert (stored.record.score, stored.record.verdict, stored.record.subject) == (
        61, "almost", "Ada Example")


def test_runs_are_listed_oldest_first_per_subject(tmp_path: Path) -> None:
    other = Subject(name="Grace Example")
    with History(tmp_path / "h.sqlite3") as store:
        ids = [store.record(report(s), ADA, {}) for s in (10, 20, 30)]
        store.record(report(99), other, {})
        assert [r.score for r in store.runs("Ada Example")] == [10, 20, 30]
        assert [r.score for r in store.runs("Ada Example", limit=2)] == [20, 30]
        assert [r.score for r in store.runs()] == [10, 20, 30, 99]
        assert store.latest_subject() == "Grace Example"
        recent = store.recent("Ada Example", 2, before=ids[2])
        assert [r.record.id for r in recent] == ids[:2]
        with pytest.raises(HistoryError, match="no run 999"):
            store.load(999)


def test_a_new_file_is_stamped_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "h.sqlite3"
    History(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == (
            schema_version())
    finally:
        conn.close()


def test_default_path_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert default_history_path() == tmp_path / "presence-audit" / "history.sqlite3"
    assert default_history_path().name == "history.sqlite3"


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize(
    "content",
    [b"this is a text file, not a database\n" * 40,
     b"SQLite format 3\x00" + bytes(range(256)) * 8],
    ids=["text", "damaged-header"],
)
def test_a_damaged_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(content)
    with pytest.raises(HistoryError, match=r"damaged or not a SQLite database.*left untouched"):
        History(path)
    assert _bytes(path) == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.sqlite3"]


def test_a_damaged_page_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as store:
        for n in range(30):
            store.record(report(n, marker=n, results=40), ADA, {"serps": artifact("serps")})
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2: page * 6] = b"\xff" * (page * 4)
    path.write_bytes(bytes(data))
    before = _bytes(path)
    with pytest.raises(HistoryError, match="damaged"), History(path) as store:
        # Reading does not check the whole file; the first write does, before writing.
        store.record(report(99), ADA, {})
    assert _bytes(path) == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(HistoryError, match="not a presence-audit history"):
        History(path)
    assert _bytes(path) == before


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as store:
        store.record(report(), ADA, {})
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, ?)", (schema_version() + 1, "later"))
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(HistoryError, match=r"newer presence-audit.*left untouched"):
        History(path)
    assert _bytes(path) == before


def test_an_older_schema_is_migrated_forward_keeping_its_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as store:
        first = store.record(report(42), ADA, {"serps": artifact("serps")})
    monkeypatch.setattr(history_module, "MIGRATIONS",
                        [*history_module.MIGRATIONS, "ALTER TABLE runs ADD COLUMN note TEXT"])
    with History(path) as store:
        assert store.load(first).report == report(42)
        store.record(report(43), ADA, {})
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == (
            len(history_module.MIGRATIONS))
        columns = [row[1] for row in conn.execute("PRAGMA table_info(runs)")]
        assert "note" in columns
    finally:
        conn.close()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match="is a folder"):
        History(tmp_path)


# -- processes ------------------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from presence_audit.history.store import History
    from presence_audit.core.model import Subject

    path, name, count, results, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), \\
        int(sys.argv[4]), Path(sys.argv[5])
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.005)
    with History(Path(path)) as store:
        n = 0
        while count == 0 or n < count:
            report = {"generated_at": "2026-11-10T09:00:00Z", "score": n % 101,
                      "verdict": "almost", "writer": name, "n": n,
                      "results": [{"check_id": f"search.c-{i}", "outcome": "pass",
                                   "score": 1.0, "data": {"pad": "x" * 200}}
                                  for i in range(results)]}
            serps = {"name": "serps", "status": "ok", "data": {"pad": "y" * 20000, "n": n}}
            run_id = store.record(report, Subject(name=name), {"serps": serps})
            print(f"{run_id} {n}", flush=True)
            n += 1
""")


def _writer(tmp_path: Path, path: Path, name: str, count: int, results: int,
            go: Path) -> subprocess.Popen[str]:
    script = tmp_path / "writer.py"
    if not script.exists():
        script.write_text(WRITER, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), str(path), name, str(count), str(results), str(go)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def test_two_runs_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"  # created by the two writers racing each other
    go = tmp_path / "go"
    writers = [_writer(tmp_path, path, name, 25, 5, go) for name in ("first", "second")]
    go.touch()
    for process in writers:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert len(out.split("\n")) - 1 == 25
    with History(path) as store:
        assert store.integrity() == "ok"
        for name in ("first", "second"):
            runs = store.runs(name)
            assert len(runs) == 25
            assert sorted(store.load(r.id).report["n"] for r in runs) == list(range(25))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_run_killed_at_any_moment_leaves_the_history_consistent(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as store:
        store.record(report(7, marker=1), ADA, {"serps": artifact("serps")})
    acknowledged: dict[int, tuple[str, int]] = {}
    shuffle = random.Random(20261126)
    for attempt in range(6):
        go = tmp_path / f"go-{attempt}"
        name = f"killed-{attempt}"
        process = _writer(tmp_path, path, name, 0, 60, go)
        go.touch()
        time.sleep(shuffle.uniform(0.02, 0.4))
        os.kill(process.pid, signal.SIGKILL)
        out, _ = process.communicate(timeout=30)
        assert process.returncode == -signal.SIGKILL
        for line in out.splitlines():
            run_id, n = line.split()
            acknowledged[int(run_id)] = (name, int(n))
        # Between kills, and after the last: consistent, and every earlier run intact.
        with History(path) as store:
            assert store.integrity() == "ok"
            assert store.load(1).report == report(7, marker=1)
            for run_id, (writer, n) in acknowledged.items():
                stored = store.load(run_id)
                assert (stored.report["writer"], stored.report["n"]) == (writer, n)
                assert len(stored.report["results"]) == 60
                assert stored.artifacts["serps"]["data"]["n"] == n
            for record in store.runs():  # nothing half-written: every run there is whole
                stored = store.load(record.id)
                if record.subject.startswith("killed-"):
                    assert len(stored.report["results"]) == 60
                    assert stored.artifacts["serps"]["data"]["n"] == stored.report["n"]
    assert acknowledged, "the writers never committed a run before being killed"


def test_outcomes_of_many_runs_read_in_one_pass_match_run_by_run(tmp_path: Path) -> None:
    # Past 500 runs the outcomes are read in one pass over the rows between the first and the
    # last run: runs of another subject in between must not leak in, and order must hold.
    other = Subject(name="Bo Other")
    path = tmp_path / "h.db"
    with History(path) as history:
        for marker in range(520):
            run = report(marker=marker, results=3)
            run["results"][marker % 3]["outcome"] = "warn"
            if marker % 7 == 0:
                history.record({**run, "subject": {"name": other.name}}, other, {})
            history.record(run, ADA, {})
        ada = history.runs(ADA.name)
        assert len(ada) == 520
        together = history.outcomes(r.id for r in ada)
        one_by_one = {r.id: history.outcomes([r.id])[r.id] for r in ada}
    assert together == one_by_one
    assert all(list(checks) == ["search.check-0", "search.check-1", "search.check-2"]
               for checks in together.values())
    assert set(together) == {r.id for r in ada}
