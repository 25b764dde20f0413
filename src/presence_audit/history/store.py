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
``quick_check`` has found it sound. That check reads every page, so it runs before writing
and before migrating, not when a file is only read (a damaged page met by a read is reported
as damage all the same).

Reading scales with what is shown, not with what is stored: each run's outcomes, scores,
messages and measured ranks are kept in tables (``results``, ``ranks``) that ``history``
reads directly; the report and artifacts, kept whole for ``diff``, are stored as
zlib-compressed JSON and decoded only for the runs compared.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from presence_audit.core.model import JSONDict, Subject, utc_now
from presence_audit.core.secrets import scrub_data
from presence_audit.core.userdirs import data_folder

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

_SCHEMA_V2 = """
ALTER TABLE results ADD COLUMN message TEXT;
CREATE TABLE ranks (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    check_id TEXT NOT NULL,
    target TEXT NOT NULL,
    engine TEXT NOT NULL,
    query TEXT NOT NULL,
    rank INTEGER,
    reason TEXT
);
CREATE INDEX ranks_by_run ON ranks (run_id, check_id);
"""
"""Schema 2: each result's message and each measured (or unmeasurable) rank in tables, so
``history`` never decodes a report; reports and artifacts compressed (``_to_v2``)."""

Migration = str | Callable[[sqlite3.Connection], None]
COMPRESSION_LEVEL = 6
"""zlib's default: a 60 KB report becomes about 8 KB; higher levels save little more."""


def _to_v2(conn: sqlite3.Connection) -> None:
    for statement in _statements(_SCHEMA_V2):
        conn.execute(statement)
    # Row by row, so memory stays flat however long the history is.
    ids = [row[0] for row in conn.execute("SELECT id FROM runs ORDER BY id")]
    for run_id in ids:
        stored = conn.execute("SELECT report FROM runs WHERE id = ?", (run_id,)).fetchone()[0]
        report = decode(stored)
        conn.execute("UPDATE runs SET report = ? WHERE id = ?", (encode(report), run_id))
        for result in _results_of(report):
            conn.execute("UPDATE results SET message = ? WHERE run_id = ? AND check_id = ?",
                         (_message(result), run_id, str(result.get("check_id"))))
        conn.executemany("INSERT INTO ranks VALUES (?, ?, ?, ?, ?, ?, ?)",
                         _rank_rows(run_id, report))
        for name, text in conn.execute(
                "SELECT name, artifact FROM artifacts WHERE run_id = ?", (run_id,)).fetchall():
            conn.execute("UPDATE artifacts SET artifact = ? WHERE run_id = ? AND name = ?",
                         (encode(decode(text)), run_id, name))


MIGRATIONS: list[Migration] = [_SCHEMA_V1, _to_v2]
"""Forward migrations: ``MIGRATIONS[n]`` takes a file from schema version ``n`` to ``n + 1``
(SQL statements, or a function given the connection inside the migration's transaction)."""


def encode(value: Any) -> bytes:
    """JSON, compressed: how reports and artifacts are stored."""
    return zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"),
                         COMPRESSION_LEVEL)


def decode(stored: bytes | str) -> Any:
    """A stored report or artifact: compressed JSON, or the plain JSON text of schema 1."""
    if isinstance(stored, bytes):
        return json.loads(zlib.decompress(stored))
    return json.loads(stored)


def _results_of(report: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    results = report.get("results")
    return [r for r in results if isinstance(r, Mapping)] if isinstance(results, list) else []


def _message(result: Mapping[str, Any]) -> str | None:
    message = result.get("message")
    return None if message is None else str(message)


def _rank_rows(run_id: int, report: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """The ranks table's rows for one report: measured ranks first, then unmeasured pairs."""
    from presence_audit.history.diff import rank_readings

    readings = rank_readings(report)
    rows: list[tuple[Any, ...]] = [(run_id, *key, rank, None)
                                   for key, rank in readings.measured.items()]
    rows += [(run_id, *key, None, reason) for key, reason in readings.unmeasured.items()]
    return rows


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
        # Spelt out: `asdict` deep-copies field by field, a good part of listing 1,000 runs.
        return {"id": self.id, "recorded_at": self.recorded_at,
                "generated_at": self.generated_at, "subject": self.subject,
                "score": self.score, "verdict": self.verdict}


@dataclass(frozen=True)
class RankRow:
    """One rank a check measured in a run, or the reason it could not."""

    target: str
    engine: str
    query: str
    rank: int | None
    measured: bool
    reason: str | None = None


@dataclass(frozen=True)
class CheckRun:
    """One check in one run, as ``history --check`` shows it."""

    record: RunRecord
    outcome: str | None
    score: float | None
    message: str | None
    ranks: list[RankRow] = field(default_factory=list)


@dataclass(frozen=True)
class StoredRun:
    """A run with everything kept for it."""

    record: RunRecord
    report: JSONDict
    subject: Subject
    artifacts: dict[str, JSONDict]


def default_history_path() -> Path:
    """``history.sqlite3`` in the user data folder (``~/.local/share/presence-audit`` on Linux)."""
    return data_folder() / HISTORY_FILE


def schema_version() -> int:
    """The schema version this code writes and reads."""
    return len(MIGRATIONS)


class History:
    """An open history file. Use as a context manager, or call ``close``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._checked = False
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
        return self._stored_version()

    def _ensure_sound(self) -> None:
        """SQLite's ``quick_check``, once, before the first write: a damaged page may sit
        anywhere, and nothing is written next to it."""
        if self._checked:
            return
        problems = [str(row[0]) for row in self._conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise HistoryError(
                f"{self.path} is damaged ({'; '.join(problems[:3])}); it was left untouched. "
                "Move it away to start a new history, or pass --history with another file."
            )
        self._checked = True

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
        self._ensure_sound()
        # Re-read the version inside the write transaction: another process may have
        # created or migrated the file since we looked.
        with self._transaction():
            tables = {row[0] for row in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            current = self._stored_version() if "schema_version" in tables else 0
            for step in MIGRATIONS[current:]:
                if callable(step):
                    step(self._conn)
                    continue
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
        """Append one run (report, subject facts, compared artifacts) atomically; its id.

        Everything stored is scrubbed of secrets first: the history outlives the run.
        """
        report = scrub_data(report)
        subject = Subject(**scrub_data(asdict(subject)))
        kept = {name: scrub_data(artifacts[name]) for name in COMPARED_ARTIFACTS
                if name in artifacts}
        with self._guard():
            self._ensure_sound()
        with self._guard(), self._transaction():
            cursor = self._conn.execute(
                "INSERT INTO runs (recorded_at, generated_at, subject, subject_facts, score, "
                "verdict, tool_version, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (utc_now(), str(report.get("generated_at", "")), subject.name,
                 json.dumps(asdict(subject), ensure_ascii=False), report.get("score"),
                 str(report.get("verdict", "")),
                 str((report.get("tool") or {}).get("version", "")),
                 encode(report)),
            )
            run_id = cursor.lastrowid
            if run_id is None:
                raise HistoryError(f"{self.path}: SQLite returned no id for the new run")
            self._conn.executemany(
                "INSERT OR REPLACE INTO results (run_id, check_id, outcome, score, message) "
                "VALUES (?, ?, ?, ?, ?)",
                [(run_id, str(r.get("check_id")), str(r.get("outcome")), r.get("score"),
                  _message(r)) for r in _results_of(report)],
            )
            self._conn.executemany("INSERT INTO ranks VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   _rank_rows(run_id, report))
            self._conn.executemany(
                "INSERT INTO artifacts VALUES (?, ?, ?)",
                [(run_id, name, encode(artifact)) for name, artifact in kept.items()],
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
                name: decode(stored) for name, stored in self._conn.execute(
                    "SELECT name, artifact FROM artifacts WHERE run_id = ?", (run_id,))
            }
        return StoredRun(
            record=RunRecord(*row[:6]),
            report=decode(row[7]),
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

    def outcomes(self, run_ids: Iterable[int]) -> dict[int, dict[str, str]]:
        """Each run's outcome per check, in the order its report listed the checks."""
        wanted = list(run_ids)
        found: dict[int, dict[str, str]] = {run_id: {} for run_id in wanted}
        if not wanted:
            return found
        with self._guard():
            if len(wanted) > _CHUNK:
                # Many runs: one pass over the table between the first and the last, in the
                # order the rows were written, costs far less than looking each run up in the
                # index and each row up in the table (-n 1000 of a year of weekly runs).
                rows = self._conn.execute(
                    "SELECT run_id, check_id, outcome FROM results NOT INDEXED "
                    "WHERE run_id BETWEEN ? AND ? ORDER BY rowid", [min(wanted), max(wanted)])
                for run_id, check_id, outcome in rows:
                    checks = found.get(run_id)
                    if checks is not None:
                        checks[check_id] = outcome
                return found
            marks = ", ".join("?" * len(wanted))
            for run_id, check_id, outcome in self._conn.execute(
                    "SELECT run_id, check_id, outcome FROM results "
                    f"WHERE run_id IN ({marks}) ORDER BY run_id, rowid", wanted):
                found[run_id][check_id] = outcome
        return found

    def check_runs(self, records: Iterable[RunRecord], check_id: str) -> list[CheckRun]:
        """One check in each of these runs: outcome, score, message and ranks."""
        chosen = list(records)
        results: dict[int, tuple[str, float | None, str | None]] = {}
        ranks: dict[int, list[RankRow]] = {}
        with self._guard():
            for chunk in _chunks([record.id for record in chosen]):
                marks = ", ".join("?" * len(chunk))
                for run_id, outcome, score, message in self._conn.execute(
                        "SELECT run_id, outcome, score, message FROM results "
                        f"WHERE check_id = ? AND run_id IN ({marks})", [check_id, *chunk]):
                    results[run_id] = (outcome, score, message)
                for run_id, target, engine, query, rank, reason in self._conn.execute(
                        "SELECT run_id, target, engine, query, rank, reason FROM ranks "
                        f"WHERE check_id = ? AND run_id IN ({marks}) ORDER BY rowid",
                        [check_id, *chunk]):
                    ranks.setdefault(run_id, []).append(RankRow(
                        target, engine, query, rank, measured=reason is None, reason=reason))
        runs = []
        for record in chosen:
            outcome, score, message = results.get(record.id, (None, None, None))
            runs.append(CheckRun(record, outcome, score, message, ranks.get(record.id, [])))
        return runs

    def integrity(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` verdict: ``ok`` or the problems found."""
        with self._guard():
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(row[0]) for row in rows)


_CHUNK = 500
"""Run ids per query: SQLite allows a limited number of parameters in one statement."""


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def _subject(facts: Mapping[str, Any]) -> Subject:
    # JSON has no tuples; fields a later version dropped are ignored, new ones default.
    known: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                             for k, v in facts.items() if k in Subject.__dataclass_fields__}
    return Subject(**known)
