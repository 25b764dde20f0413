"""History reads that scale: listings come from tables, stored JSON is compressed, integrity
is checked before writing, and files of the first schema are migrated keeping every run."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from presence_audit.core.model import Subject
from presence_audit.history import store as history_module
from presence_audit.history.store import APPLICATION_ID, History, RankRow

ADA = Subject(name="Ada Example")


def ranked_report(marker: int) -> dict[str, Any]:
    return {
        "schema_version": 1, "tool": {"name": "presence-audit", "version": "0.1.0"},
        "generated_at": f"2026-11-{10 + marker:02d}T09:00:00Z", "subject": {"name": ADA.name},
        "score": 60 + marker, "verdict": "almost", "categories": [], "sources": [],
        "results": [
            {"check_id": "search.portfolio-rank", "outcome": "warn", "score": 0.5,
             "message": f"rank {3 + marker}", "severity": "high",
             "data": {"domain": "ada.dev",
                      "ranks": {"duckduckgo": {"Ada Example": 3 + marker}, "brave": {
                          "Ada Example": None}},
                      "unmeasured": {"mojeek": {"Ada Example": "blocked"}}}},
            {"check_id": "profile.photo", "outcome": "pass", "score": 1.0, "message": "ok",
             "severity": "low", "data": {}},
        ],
    }


def v1_file(path: Path, reports: list[dict[str, Any]]) -> None:
    """A history as the first schema wrote it: plain JSON text, no ranks table."""
    conn = sqlite3.connect(path)
    for statement in history_module._statements(history_module.MIGRATIONS[0]):  # type: ignore[arg-type]
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO schema_version VALUES (1, '2026-11-01T00:00:00Z')")
    for report in reports:
        cursor = conn.execute(
            "INSERT INTO runs (recorded_at, generated_at, subject, subject_facts, score, verdict,"
            " tool_version, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ("2026-11-10T09:00:00Z", report["generated_at"], ADA.name,
             json.dumps({"name": ADA.name}), report["score"], report["verdict"], "0.1.0",
             json.dumps(report)))
        conn.executemany("INSERT INTO results VALUES (?, ?, ?, ?)",
                         [(cursor.lastrowid, r["check_id"], r["outcome"], r["score"])
                          for r in report["results"]])
        conn.execute("INSERT INTO artifacts VALUES (?, 'serps', ?)",
                     (cursor.lastrowid, json.dumps({"name": "serps", "data": {"n": 1}})))
    conn.commit()
    conn.close()


def test_a_first_schema_file_is_migrated_keeping_every_run(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    reports = [ranked_report(n) for n in range(3)]
    v1_file(path, reports)
    with History(path) as store:
        records = store.runs(ADA.name)
        assert [store.load(r.id).report for r in records] == reports
        assert store.load(records[0].id).artifacts == {"serps": {"name": "serps",
                                                                 "data": {"n": 1}}}
        runs = store.check_runs(records, "search.portfolio-rank")
        assert [run.message for run in runs] == ["rank 3", "rank 4", "rank 5"]
        assert runs[1].ranks == [
            RankRow("ada.dev", "duckduckgo", "Ada Example", 4, measured=True),
            RankRow("ada.dev", "brave", "Ada Example", None, measured=True),
            RankRow("ada.dev", "mojeek", "Ada Example", None, measured=False,
                    reason="blocked"),
        ]
    conn = sqlite3.connect(path)
    try:
        kinds = {row[0] for row in conn.execute("SELECT typeof(report) FROM runs")}
        assert kinds == {"blob"}  # compressed in the migration
        assert {row[0] for row in conn.execute("SELECT typeof(artifact) FROM artifacts")} \
            == {"blob"}
    finally:
        conn.close()


def test_listing_reads_tables_not_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as store:
        ids = [store.record(ranked_report(n), ADA, {}) for n in range(5)]

    def no_decoding(stored: object) -> object:
        raise AssertionError("a stored report was decoded")

    monkeypatch.setattr(history_module, "decode", no_decoding)
    with History(path) as store:
        records = store.runs(ADA.name, 3)
        assert [r.id for r in records] == ids[-3:]
        outcomes = store.outcomes(r.id for r in records)
        assert outcomes[ids[-1]] == {"search.portfolio-rank": "warn", "profile.photo": "pass"}
        runs = store.check_runs(records, "profile.photo")
        assert [run.outcome for run in runs] == ["pass"] * 3


def test_stored_reports_are_compressed(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    report = ranked_report(0)
    report["results"][1]["message"] = "a long message " * 2000
    with History(path) as store:
        store.record(report, ADA, {})
    conn = sqlite3.connect(path)
    try:
        stored = conn.execute("SELECT report FROM runs").fetchone()[0]
    finally:
        conn.close()
    assert isinstance(stored, bytes) and len(stored) < len(json.dumps(report)) / 10


def test_reading_does_not_check_integrity_but_writing_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.sqlite3"
    with History(path) as store:
        store.record(ranked_report(0), ADA, {})
    checks: list[str] = []
    real = sqlite3.Connection.execute
    connect = sqlite3.connect

    class Counting(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            if "quick_check" in sql:
                checks.append(sql)
            return real(self, sql, *args)

    monkeypatch.setattr(history_module.sqlite3, "connect",
                        lambda *a, **k: connect(*a, factory=Counting, **k))
    with History(path) as store:
        store.runs(ADA.name)
        store.outcomes([1])
    assert checks == []
    with History(path) as store:
        store.record(ranked_report(1), ADA, {})
        store.record(ranked_report(2), ADA, {})
    assert len(checks) == 1  # once per opened file, before its first write
