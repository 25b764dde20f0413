"""Other people's names never leave the machine: no report format, artifact or history row
of the demo holds a name from the persona's connections, invitations or messages."""

from __future__ import annotations

import csv
import io
import sqlite3
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from presence_audit.cli import main
from presence_audit.demo import demo_folder

EXPORT = demo_folder() / "linkedin-export"
OWNER = {"ada", "example", "ada example"}


def _rows_after_header(path: Path, first_column: str) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8-sig")
    start = text.index(first_column)  # Connections.csv starts with a preamble
    return list(csv.DictReader(io.StringIO(text[start:])))


def _other_people() -> set[str]:
    names: set[str] = set()
    for row in _rows_after_header(EXPORT / "Connections.csv", "First Name"):
        full = f"{row['First Name']} {row['Last Name']}".strip()
        if full:
            names.add(full)
    for row in _rows_after_header(EXPORT / "Invitations.csv", "From"):
        names.update(row[key].strip() for key in ("From", "To") if row.get(key, "").strip())
    for row in _rows_after_header(EXPORT / "messages.csv", "CONVERSATION ID"):
        names.update(row[key].strip() for key in ("FROM", "TO") if row.get(key, "").strip())
    return {n for n in names if n.casefold() not in OWNER and len(n) > 3}


NAMES = sorted(_other_people())


def _text(value: object) -> str:
    """A history cell as text; stored reports are zlib-compressed JSON."""
    if not isinstance(value, bytes):
        return str(value)
    try:
        return zlib.decompress(value).decode("utf-8")
    except zlib.error:
        return value.decode("utf-8", "replace")


def test_the_demo_export_has_other_people_to_look_for() -> None:
    assert len(NAMES) >= 10


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json", "html", "junit", "github"])
def test_no_report_format_names_a_connection(fmt: str) -> None:
    result = CliRunner().invoke(main, ["demo", "--format", fmt], catch_exceptions=False)
    assert result.exit_code == 0
    leaked = [name for name in NAMES if name in result.stdout]
    assert leaked == [], f"{fmt} report names {leaked}"


def test_no_artifact_names_a_connection() -> None:
    for artifact in (demo_folder() / "artifacts").glob("*.json"):
        text = artifact.read_text(encoding="utf-8")
        leaked = [name for name in NAMES if name in text]
        assert leaked == [], f"{artifact.name} names {leaked}"


def test_no_history_row_names_a_connection(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite"
    result = CliRunner().invoke(main, ["demo", "--format", "json", "--history", str(history)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    with sqlite3.connect(history) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        cells: list[str] = []
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                cells.extend(_text(value) for value in row)
    assert cells, "the demo recorded nothing in the history"
    dump = "\n".join(cells)
    leaked = [name for name in NAMES if name in dump]
    assert leaked == []
