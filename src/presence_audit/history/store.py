"""The run history: every audit appended to a SQLite file, for trends, diffs and regressions.

One file holds the runs of every person audited on this machine (``subject`` tells them
apart). Each run stores its report JSON, the subject's configured facts (to tell your own
pages from others' later) and the raw artifacts that comparisons read (``COMPARED_ARTIFACTS``:
the search result lists and the LinkedIn profile). Reports and artifacts never hold secrets,
so neither does the history.

Scheduled jobs can overlap and can be killed, so the file is written defensively: WAL mode so
readers never block the writer, a busy timeout so two writers queue instead of failing, and
one ``BEGIN IMMEDIATE`` transaction per run so a run lands whole or not at all. A file that
is not a history database, is damaged, or was written by a newer version is reported and left
exactly as it was: nothing is written until the file has been recognised and SQLite's
``quick_check`` has found it sound.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from presence_audit.core.model import JSONDict, Subject, utc_now

HISTORY_FILE = "history.sqlite3"
APPLICATION_ID = 0x50415544
"""Stamped into the SQLite header (``PRAGMA application_id``) so our files can be recognised."""

BUSY_TIMEOUT_MS = 30_000
COMPARED_ARTIFACTS = ("serps", "linkedin")
"""Artifacts kept with each run: what ``diff`` reads besides the report."""

_SCHEMA_V1 = """
CREATE TABLE schema_version (
    version INTEGER NOT NULL,
    migrated_at TEXT NOT NULL
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    subject TEXT NOT NULL,
    subject_facts TEXT NOT NULL,
    score INTEGER,
    verdict TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    report TEXT NOT NULL
);
CREATE INDEX runs_by_subject ON runs (subject, id);
CREATE TABLE results (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    check_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    score REAL,
    PRIMARY KEY (run_id, check_id)
);
CREATE TABLE artifacts (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    artifact TEXT NOT NULL,
    PRIMARY KEY (run_id, name)
);
"""

MIGRATIONS: list[str] = [_SCHEMA_V1]
"""Forward migrations: ``MIGRATIONS[n]`` takes a file from schema version ``n`` to ``n + 1``."""


class HistoryError(Exception):
    """The history file cannot be used; the message names the file and what to do."""


@dataclass(frozen=True)
class RunRecord:
    """One run as listed: when, whom, and how it scored."""

    id: int
    recorded_at: str
    generated_at: str
    subject: str
    score: int | None
    verdict: str

    def to_dict(self) -> JSONDict:
        return asdict(self)


@dataclass(frozen=True)
class StoredRun:
    """A run with everything kept for it."""

    record: RunRecord
    report: JSONDict
    subject: Subject
    artifacts: dict[str, JSONDict]


def default_history_path() -> Path:
    """``history.sqlite3`` in the user data folder (``~/.local/share/presence-audit`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("presence-audit", appauthor=False) / HISTORY_FILE


def schema_version() -> int:
    """The schema version this code writes and reads."""
    return len(MIGRATIONS)


class History:
    """An open history file. Use as a context manager, or call ``close``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn = self._connect()
        try:
            self._prepare()
        except BaseException:
            self._conn.close()
            raise

    def __enter__(self) -> History:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    # -- opening ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self.path.is_dir():
            raise HistoryError(f"{self.path} is a folder; the history must be a file")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are begun and ended here, explicitly.
            # timeout is SQLite's busy timeout: a writer waits this long for another's lock.
            return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"cannot open the history file {self.path}: {exc}") from None

    def _prepare(self) -> None:
        """Recognise the file, create or migrate its schema, then switch it to WAL."""
        with self._guard():
            version = self._recognise()
            if version < schema_version():
                self._migrate()
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA foreign_keys = ON")

    def _recognise(self) -> int:
        """The file's schema version; raises for a foreign, damaged or newer file. Reads only."""
        tables = {row[0] for row in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return 0
        app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID or "schema_version" not in tables:
            raise HistoryError(
                f"{self.path} is a SQLite database but not a presence-audit history; it was "
                "left untouched. Pass --history with another file."
            )
        version = self._stored_version()
        # A damaged page may sit anywhere; find it before anything is written next to it.
        problems = [str(row[0]) for row in self._conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise HistoryError(
                f"{self.path} is damaged ({'; '.join(problems[:3])}); it was left untouched. "
                "Move it away to start a new history, or pass --history with another file."
            )
        return version

    def _stored_version(self) -> int:
        row = self._conn.execute("SELECT max(version) FROM schema_version").fetchone()
        version = int(row[0] or 0)
        if version > schema_version():
            raise HistoryError(
                f"{self.path} was written by a newer presence-audit (history schema "
                f"{version}; this version reads up to {schema_version()}). It was left "
                "untouched: upgrade presence-audit, or pass --history with another file."
            )
        return version

    def _migrate(self) -> None:
        # Re-read the version inside the write transaction: another process may have
        # created or migrated the file since we looked.
        with self._transaction():
            tables = {row[0] for row in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            current = self._stored_version() if "schema_version" in tables else 0
            for step in MIGRATIONS[current:]:
                for statement in _statements(step):
                    self._conn.execute(statement)
            if current == 0:
                self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if current < schema_version():
                self._conn.execute("INSERT INTO schema_version VALUES (?, ?)",
                                   (schema_version(), utc_now()))

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite's errors into ``HistoryError`` naming the file."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise HistoryError(
                    f"the history file {self.path} stayed locked by another run for "
                    f"{BUSY_TIMEOUT_MS // 1000} s: {exc}"
                ) from None
            raise HistoryError(f"cannot use the history file {self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{self.path} is damaged or not a SQLite database ({exc}); it was left "
                "untouched. Move it away to start a new history, or pass --history with "
                "another file."
            ) from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so a concurrent writer waits on the busy
        # timeout here instead of failing halfway through with SQLITE_BUSY.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------

    def record(self, report: Mapping[str, Any], subject: Subject,
               artifacts: Mapping[str, Mapping[str, Any]]) -> int:
        """Append one run (report, subject facts, compared artifacts) atomically; its id."""
        kept = {name: artifacts[name] for name in COMPARED_ARTIFACTS if name in artifacts}
        with self._guard(), self._transaction():
            cursor = self._conn.execute(
                "INSERT INTO runs (recorded_at, generated_at, subject, subject_facts, score, "
                "verdict, tool_version, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (utc_now(), str(report.get("generated_at", "")), subject.name,
                 json.dumps(asdict(subject), ensure_ascii=False), report.get("score"),
                 str(report.get("verdict", "")),
                 str((report.get("tool") or {}).get("version", "")),
                 json.dumps(report, ensure_ascii=False)),
            )
            run_id = cursor.lastrowid
            if run_id is None:
                raise HistoryError(f"{self.path}: SQLite returned no id for the new run")
            self._conn.executemany(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                [(run_id, str(r.get("check_id")), str(r.get("outcome")), r.get("score"))
                 for r in report.get("results", [])],
            )
            self._conn.executemany(
                "INSERT INTO artifacts VALUES (?, ?, ?)",
                [(run_id, name, json.dumps(artifact, ensure_ascii=False))
                 for name, artifact in kept.items()],
            )
        return run_id

    # -- reading ------------------------------------------------------------------------

    def runs(self, subject: str | None = None, limit: int | None = None) -> list[RunRecord]:
        """Runs oldest first; the last ``limit`` of them, of one subject if given."""
        sql = "SELECT id, recorded_at, generated_at, subject, score, verdict FROM runs"
        args: list[Any] = []
        if subject is not None:
            sql += " WHERE subject = ?"
            args.append(subject)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        with self._guard():
            rows = self._conn.execute(sql, args).fetchall()
        return [RunRecord(*row) for row in reversed(rows)]

    def latest_subject(self) -> str | None:
        """The subject of the most recent run, or None for an empty history."""
        with self._guard():
            row = self._conn.execute("SELECT subject FROM runs ORDER BY id DESC LIMIT 1"
                                     ).fetchone()
        return None if row is None else str(row[0])

    def load(self, run_id: int) -> StoredRun:
        """One run with its report, subject and artifacts; ``HistoryError`` if there is none."""
        with self._guard():
            row = self._conn.execute(
                "SELECT id, recorded_at, generated_at, subject, score, verdict, "
                "subject_facts, report FROM runs WHERE id = ?", (run_id,)).fetchone()
            if row is None:
                raise HistoryError(f"{self.path} has no run {run_id}")
            artifacts = {
                name: json.loads(text) for name, text in self._conn.execute(
                    "SELECT name, artifact FROM artifacts WHERE run_id = ?", (run_id,))
            }
        return StoredRun(
            record=RunRecord(*row[:6]),
            report=json.loads(row[7]),
            subject=_subject(json.loads(row[6])),
            artifacts=artifacts,
        )

    def recent(self, subject: str, count: int, before: int | None = None) -> list[StoredRun]:
        """The last ``count`` runs of ``subject`` (before run id ``before``), oldest first."""
        sql = "SELECT id FROM runs WHERE subject = ?"
        args: list[Any] = [subject]
        if before is not None:
            sql += " AND id < ?"
            args.append(before)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(count)
        with self._guard():
            ids = [row[0] for row in self._conn.execute(sql, args)]
        return [self.load(run_id) for run_id in reversed(ids)]

    def integrity(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` verdict: ``ok`` or the problems found."""
        with self._guard():
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(row[0]) for row in rows)


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def _subject(facts: Mapping[str, Any]) -> Subject:
    # JSON has no tuples; fields a later version dropped are ignored, new ones default.
    known: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                             for k, v in facts.items() if k in Subject.__dataclass_fields__}
    return Subject(**known)
