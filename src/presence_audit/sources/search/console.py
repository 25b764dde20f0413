"""Read a Google Search Console Performance export: the ZIP, its folder, or its Queries.csv.

Search Console writes one CSV per dimension, with header wording in the account's language and
file names that changed between versions (the daily chart was ``Dates.csv`` until 2025 and is
``Chart.csv`` since 2026). So files are recognised by their header row, never by name, and
columns are found by name in several languages. CTR is read as a fraction (the export writes a
percentage), Position as a decimal average; both decimal points and decimal commas are read.
The period comes from ``Filters.csv`` (``Date,Last 3 months``) and the chart's first and last
days; any other filter (``Page,+/blog/``) is reported, since it narrows what the figures cover.

The ZIP is read in memory with caps on entries and sizes, never extracted.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from presence_audit.core.fileio import read_regular

MAX_ENTRIES = 50
MAX_ENTRY_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 60 * 1024 * 1024


class ConsoleError(Exception):
    """The export cannot be read; the message says which file and why."""


def _key(text: str) -> str:
    """Header cells compared case-, accent- and space-insensitively."""
    folded = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff")).casefold()
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


# Header wording per column, English first; other languages as seen in public scripts that
# read real exports (German, French, Spanish, Portuguese, Italian, Dutch).
QUERY_HEADERS = frozenset(_key(h) for h in (
    "Top queries", "Query", "Queries", "Häufigste Suchanfragen", "Suchanfragen", "Suchanfrage",
    "Requêtes les plus fréquentes", "Requêtes", "Consultas principales", "Consultas",
    "Principais consultas", "Query principali", "Populairste zoekopdrachten", "Zoekopdrachten",
))
CLICK_HEADERS = frozenset(_key(h) for h in ("Clicks", "Klicks", "Clics", "Cliques", "Clic",
                                            "Klikken"))
IMPRESSION_HEADERS = frozenset(_key(h) for h in ("Impressions", "Impressionen", "Impresiones",
                                                 "Impressões", "Impressioni", "Vertoningen"))
CTR_HEADERS = frozenset(_key(h) for h in ("CTR", "Klickrate", "Taux de clics", "Tasa de clics",
                                          "Taxa de cliques"))
POSITION_HEADERS = frozenset(_key(h) for h in (
    "Position", "Average position", "Durchschnittliche Position", "Position moyenne",
    "Posición", "Posición media", "Posição", "Posição média", "Posizione", "Posizione media",
    "Positie", "Gemiddelde positie",
))
DATE_HEADERS = frozenset(_key(h) for h in ("Date", "Date Range", "Datum", "Zeitraum", "Fecha",
                                           "Intervalo de fechas", "Data", "Période", "Periode"))
FILTER_HEADERS = frozenset(_key(h) for h in ("Filter", "Filtre", "Filtro"))
DATE_FILTERS = frozenset(_key(h) for h in ("Date", "Datum", "Fecha", "Data", "Période"))
SEARCH_TYPE_FILTERS = frozenset(_key(h) for h in ("Search type", "Suchtyp", "Tipo de búsqueda",
                                                  "Type de recherche", "Tipo di ricerca"))

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class QueryRow:
    query: str
    clicks: int
    impressions: int
    ctr: float | None
    position: float | None

    def to_dict(self) -> dict[str, object]:
        return {"query": self.query, "clicks": self.clicks, "impressions": self.impressions,
                "ctr": self.ctr, "position": self.position}


@dataclass(frozen=True)
class Period:
    label: str | None
    start: str | None
    end: str | None

    def describe(self) -> str:
        span = f"{self.start} – {self.end}" if self.start and self.end else ""
        if self.label and span:
            return f"{self.label} ({span})"
        return self.label or span

    def to_dict(self) -> dict[str, object]:
        return {"label": self.label, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class ConsoleExport:
    source: str
    queries: list[QueryRow]
    period: Period | None
    search_type: str | None = None
    filters: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "queries": [q.to_dict() for q in self.queries],
            "period": None if self.period is None else self.period.to_dict(),
            "search_type": self.search_type,
            "filters": list(self.filters),
            "files": list(self.files),
        }


def read_export(path: Path) -> ConsoleExport:
    """Read the export at ``path`` (a ``.zip``, a folder, or one CSV); ``ConsoleError`` if not."""
    files = _files(path)
    tables = {name: _rows(name, text) for name, text in files.items()}
    queries_file = next((name for name, rows in tables.items()
                         if rows and _key(rows[0][0]) in QUERY_HEADERS), None)
    if queries_file is None:
        raise ConsoleError(
            f"{path}: no queries table (a CSV whose first column is “Top queries”, or its "
            "translation): export the Performance report with the Queries tab and give its "
            "ZIP, folder or Queries.csv")
    queries = _queries(queries_file, tables[queries_file])
    label, search_type, filters = _filters(tables)
    start, end = _chart_span(tables)
    period = Period(label, start, end) if (label or start) else None
    return ConsoleExport(source=str(path), queries=queries, period=period,
                         search_type=search_type, filters=filters, files=sorted(files))


def _files(path: Path) -> dict[str, str]:
    try:
        if path.is_dir():
            return {p.name: _text(p.name, _read(p))
                    for p in sorted(path.iterdir()) if p.suffix.lower() == ".csv"}
        if zipfile.is_zipfile(path):
            return _zip_files(path)
        return {path.name: _text(path.name, _read(path))}
    except OSError as exc:
        raise ConsoleError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _read(path: Path) -> bytes:
    """A regular file's bytes (a FIFO would wait forever), within the export's cap."""
    data = read_regular(path, MAX_ENTRY_BYTES)
    if data is None:
        raise ConsoleError(f"{path} is larger than {MAX_ENTRY_BYTES // (1024 * 1024)} MB: not "
                           "a Search Console export")
    return data


def _zip_files(path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            entries = [e for e in archive.infolist() if not e.is_dir()]
            if len(entries) > MAX_ENTRIES:
                raise ConsoleError(f"{path}: {len(entries)} files — not a Search Console export")
            for entry in entries:
                if not entry.filename.lower().endswith(".csv"):
                    continue
                if entry.file_size > MAX_ENTRY_BYTES:
                    raise ConsoleError(f"{path}: {entry.filename} is larger than "
                                       f"{MAX_ENTRY_BYTES // (1024 * 1024)} MB")
                with archive.open(entry) as handle:
                    data = handle.read(MAX_ENTRY_BYTES + 1)
                total += len(data)
                if len(data) > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
                    raise ConsoleError(f"{path}: unpacks to more than the size a Search "
                                       "Console export has (a damaged or hostile archive)")
                found[entry.filename.rsplit("/", 1)[-1]] = _text(entry.filename, data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError) as exc:
        raise ConsoleError(f"{path}: not a readable ZIP ({exc})") from exc
    return found


def _text(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConsoleError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _rows(name: str, text: str) -> list[list[str]]:
    try:
        return [row for row in csv.reader(io.StringIO(text, newline="")) if any(row)]
    except csv.Error as exc:
        raise ConsoleError(f"{name}: not a CSV table ({exc})") from exc


def _column(header: Sequence[str], names: frozenset[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if _key(cell) in names), None)


def _queries(name: str, rows: list[list[str]]) -> list[QueryRow]:
    header = rows[0]
    columns = {
        "clicks": _column(header, CLICK_HEADERS),
        "impressions": _column(header, IMPRESSION_HEADERS),
        "ctr": _column(header, CTR_HEADERS),
        "position": _column(header, POSITION_HEADERS),
    }
    missing = [k for k in ("clicks", "impressions", "position") if columns[k] is None]
    if missing:
        raise ConsoleError(f"{name}: no {', '.join(missing)} column in the header "
                           f"{', '.join(header)!r}")
    found: list[QueryRow] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = {key: row[index] if index is not None and index < len(row) else ""
                 for key, index in columns.items()}
        try:
            clicks = _count(cells["clicks"])
            impressions = _count(cells["impressions"])
            ctr = _fraction(cells["ctr"]) if columns["ctr"] is not None else None
            position = _decimal(cells["position"])
        except ValueError as exc:
            raise ConsoleError(f"{name}, row {number}: {exc}") from exc
        if ctr is None and impressions:
            ctr = round(clicks / impressions, 4)
        found.append(QueryRow(" ".join(row[0].split()), clicks, impressions, ctr, position))
    return found


def _count(text: str) -> int:
    cleaned = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    cleaned = cleaned.replace(",", "").replace(".", "") if cleaned.isascii() else cleaned
    if not cleaned.isdigit():
        raise ValueError(f"{text!r} is not a count")
    return int(cleaned)


def _decimal(text: str) -> float | None:
    cleaned = text.strip().replace("\xa0", "").replace(" ", "")
    if cleaned in ("", "-", "—"):
        return None
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None


def _fraction(text: str) -> float | None:
    cleaned = text.strip().replace("\xa0", "").replace(" ", "")
    if not cleaned.endswith("%"):
        return _decimal(cleaned)
    value = _decimal(cleaned[:-1])
    return None if value is None else round(value / 100, 6)


def _filters(tables: Mapping[str, list[list[str]]]) -> tuple[str | None, str | None, list[str]]:
    for rows in tables.values():
        if rows and _key(rows[0][0]) in FILTER_HEADERS:
            label = search_type = None
            others: list[str] = []
            for row in rows[1:]:
                if len(row) < 2:
                    continue
                name, value = row[0].strip(), row[1].strip()
                if _key(name) in DATE_FILTERS:
                    label = value
                elif _key(name) in SEARCH_TYPE_FILTERS:
                    search_type = value
                else:
                    others.append(f"{name}: {value}")
            return label, search_type, others
    return None, None, []


def _chart_span(tables: Mapping[str, list[list[str]]]) -> tuple[str | None, str | None]:
    """First and last day of the daily chart (``Dates.csv`` newest first, ``Chart.csv``
    oldest first, either with ``Date Range`` rows): the days themselves, in any order."""
    for rows in tables.values():
        if rows and _key(rows[0][0]) in DATE_HEADERS:
            days = sorted(day for row in rows[1:] for day in _DAY.findall(row[0]))
            if days:
                return days[0], days[-1]
    return None, None
