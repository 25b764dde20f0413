"""Read LinkedIn's "Get a copy of your data" export: the ZIP, or the folder it unzips to.

The export is the dependable source: it is the member's own data, complete and unblurred.
Real exports vary, so the reader is lenient where LinkedIn varies and strict where a mistake
would be silent:

- files are found by name, case-, space- and underscore-insensitively and in any sub-folder
  (``Rich_Media.csv`` and ``Rich Media.csv`` are one file); a missing file means *unknown*,
  never "none of those": the quick Basic archive leaves out files that the Complete one has
  (``Recommendations_Received.csv``, ``messages.csv``), so which kind was read (from the
  archive's or its folder's name) and which files it lacked are said;
- columns are found by header name, case- and space-insensitively, in any order, and the
  header row is searched for (``Connections.csv`` starts with a "Notes:" preamble);
- a UTF-8 byte-order mark is ignored; a space between a closing quote and the next comma
  (``"Remote" ,Jun 2023``, seen in real ``Positions.csv`` files) is read as a spreadsheet
  reads it; rows of only commas are rows (hidden members in ``Connections.csv``);
- one malformed file — not UTF-8, no header row with the columns it needs — leaves only its
  own fields unknown, with a warning naming the file and the line; the rest is read;
- only visible recommendations count (``Status`` ``VISIBLE``): hidden ones are not on the
  profile.

A ZIP is read in memory, never extracted: entry count, per-entry and total sizes are capped
(declared sizes first, then the bytes actually inflated, since a header can lie), and an
archive with absolute or ``..`` paths is refused outright. Private columns (address, birth
date, e-mail addresses of connections) are never copied into the profile.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from presence_audit.core.artifacts.linkedin import EXPORT, LinkedInProfile, position, school
from presence_audit.core.fileio import open_regular

MIB = 1024 * 1024


@dataclass(frozen=True)
class ExportLimits:
    """Caps that keep a hostile or corrupt archive from exhausting memory."""

    max_entries: int = 10_000
    max_entry_bytes: int = 64 * MIB
    max_total_bytes: int = 512 * MIB


class ExportError(Exception):
    """The export cannot be read; the message names the file and what is wrong."""


class ExportFileError(ExportError):
    """One file of the export cannot be read: its fields are unknown, the rest is read."""

    def __init__(self, file: str, problem: str, line: int | None = None) -> None:
        where = f"{file}: line {line}" if line else file
        super().__init__(f"{where}: {problem}")
        self.file = file
        self.line = line


@dataclass(frozen=True)
class _Spec:
    """A file of the export the audit reads, and the columns it must have."""

    label: str
    required: tuple[str, ...]
    optional: bool = False
    """Not missed when absent: another file gives the same (``Profile Summary.csv``)."""


PROFILE = "profile"
PROFILE_SUMMARY = "profilesummary"
POSITIONS = "positions"
EDUCATION = "education"
SKILLS = "skills"
RECOMMENDATIONS = "recommendationsreceived"
CONNECTIONS = "connections"
INVITATIONS = "invitations"
MESSAGES = "messages"

SPECS: dict[str, _Spec] = {
    PROFILE: _Spec("Profile.csv", ("First Name", "Last Name")),
    PROFILE_SUMMARY: _Spec("Profile Summary.csv", ("Profile Summary",), optional=True),
    POSITIONS: _Spec("Positions.csv", ("Company Name", "Title")),
    EDUCATION: _Spec("Education.csv", ("School Name",)),
    SKILLS: _Spec("Skills.csv", ("Name",)),
    RECOMMENDATIONS: _Spec("Recommendations_Received.csv", ("First Name", "Status")),
    CONNECTIONS: _Spec("Connections.csv", ("First Name", "Last Name")),
    INVITATIONS: _Spec("Invitations.csv", ("From", "To", "Direction")),
    MESSAGES: _Spec("messages.csv", ("From", "Date")),
}
"""Files by normalised name (``file_key``)."""

PROFILE_FILES = (PROFILE, PROFILE_SUMMARY, POSITIONS, EDUCATION, SKILLS, RECOMMENDATIONS,
                 CONNECTIONS)
"""The files the profile is read from (the others hold the network)."""

HEADER_SEARCH_ROWS = 50
"""How far into a file the header row may be (the Connections preamble is a few lines)."""

_WEBSITE_LABEL = re.compile(r"^[A-Z_]+:(?!//)")

BASIC = "basic"
COMPLETE = "complete"
UNKNOWN = "unknown"
_ARCHIVE_KIND = re.compile(r"(basic|complete)_linkedindataexport", re.IGNORECASE)


MAX_KEPT_ROWS = 1_000
"""Positions or schools kept from one file: a real profile has tens; the rest of a file past
this is counted, not kept, so that memory stays bounded whatever the export holds."""

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ExportFile:
    """One file of the export and the name it had there, for messages.

    Its bytes are either held (``data``) or read as a stream when needed (``opener``), so that
    a large export is never in memory whole: each CSV is streamed row by row when it is read.
    """

    name: str
    data: bytes = b""
    opener: Callable[[], IO[bytes]] | None = field(default=None, compare=False, repr=False)

    def open(self) -> IO[bytes]:
        return io.BytesIO(self.data) if self.opener is None else self.opener()


def file_key(name: str) -> str:
    """``Rich_Media.csv``, ``Rich Media.csv`` and ``sub/rich media.CSV`` → ``richmedia``."""
    stem = PurePosixPath(name.replace("\\", "/")).name
    stem = re.sub(r"\.csv$", "", stem, flags=re.IGNORECASE)
    return re.sub(r"[\s_\-]+", "", stem.casefold())


def column_key(header: str) -> str:
    """``First Name`` / ``first_name`` / ``FIRSTNAME`` → ``firstname``."""
    return re.sub(r"[^0-9a-z]", "", header.casefold())


@dataclass(frozen=True)
class OpenedExport:
    """An export's files (by ``file_key``), the kind of archive, and what it lacked."""

    name: str
    files: Mapping[str, ExportFile]
    archive: str

    @property
    def missing(self) -> list[str]:
        """The labels of the files the audit reads that this export does not hold."""
        return [spec.label for key, spec in SPECS.items()
                if key not in self.files and not spec.optional]

    def describe(self) -> str:
        """``data export X.zip (Basic archive; lacks messages.csv)``."""
        kind = {BASIC: "Basic archive", COMPLETE: "Complete archive"}.get(self.archive)
        notes = [kind] if kind else []
        if self.missing:
            notes.append(f"lacks {', '.join(self.missing)}")
        return f"data export {self.name}" + (f" ({'; '.join(notes)})" if notes else "")


def archive_kind(path: Path, names: Iterable[str]) -> str:
    """``basic`` or ``complete`` from the archive's name or its top folder's, else
    ``unknown``: LinkedIn names them ``Basic_LinkedInDataExport_MM-DD-YYYY`` and
    ``Complete_LinkedInDataExport_MM-DD-YYYY``."""
    for candidate in (path.name, *(n.replace("\\", "/").split("/")[0] for n in names)):
        match = _ARCHIVE_KIND.search(candidate)
        if match:
            return match.group(1).lower()
    return UNKNOWN


def read_export(path: Path, limits: ExportLimits | None = None) -> LinkedInProfile:
    """The profile in the export at ``path`` (a ZIP or a folder), or ``ExportError``."""
    opened = open_export(path, limits)
    profile = parse_export(opened.files)
    read = [key for key in PROFILE_FILES if key in opened.files]
    if read and len(profile.warnings) >= len(read):
        # Not one file of the profile could be read: that is no profile at all.
        raise ExportError("; ".join(profile.warnings))
    profile.detail = opened.describe()
    profile.archive = opened.archive
    profile.missing_files = opened.missing
    return profile.mark_sources()


def open_export(path: Path, limits: ExportLimits | None = None) -> OpenedExport:
    """The files of the export at ``path`` (a ZIP or a folder), or ``ExportError``."""
    limits = limits or ExportLimits()
    if path.is_dir():
        files = _read_folder(path, limits)
    elif path.is_file():
        if not zipfile.is_zipfile(path):
            raise ExportError(f"{path} is neither a ZIP archive nor a folder: give the export "
                              "ZIP as downloaded from LinkedIn, or the folder it unzips to")
        files = _read_zip(path, limits)
    else:
        raise ExportError(f"{path}: no such file or folder")
    if not files:
        expected = ", ".join(spec.label for spec in SPECS.values())
        raise ExportError(f"{path} does not look like a LinkedIn data export: none of "
                          f"{expected} is in it")
    return OpenedExport(name=path.name, files=files,
                        archive=archive_kind(path, (f.name for f in files.values())))


def unsafe_entry(name: str) -> bool:
    """True for archive paths that would escape a folder: absolute, drive-rooted or ``..``."""
    normal = name.replace("\\", "/")
    return (normal.startswith("/") or bool(re.match(r"^[A-Za-z]:", normal))
            or ".." in normal.split("/"))


def _ignored(name: str) -> bool:
    # macOS archivers add resource forks ("__MACOSX/._Profile.csv"): same name, not a CSV.
    parts = name.replace("\\", "/").split("/")
    return "__MACOSX" in parts or parts[-1].startswith("._")


def _read_zip(path: Path, limits: ExportLimits) -> dict[str, ExportFile]:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > limits.max_entries:
                raise ExportError(f"{path.name} holds {len(entries)} entries, more than the "
                                  f"{limits.max_entries} a LinkedIn export can have: refused")
            declared = 0
            for entry in entries:
                if unsafe_entry(entry.filename):
                    raise ExportError(f"{path.name} contains the unsafe path "
                                      f"{entry.filename!r} (absolute or with '..'): refused; "
                                      "a LinkedIn export never does")
                if entry.file_size > limits.max_entry_bytes:
                    raise _too_large(path.name, entry.filename, limits.max_entry_bytes)
                declared += entry.file_size
            if declared > limits.max_total_bytes:
                raise ExportError(f"{path.name} would inflate to {declared // MIB} MiB, more "
                                  f"than the {limits.max_total_bytes // MIB} MiB cap: refused "
                                  "as a possible zip bomb")
            chosen = _choose(e.filename for e in entries if not e.is_dir())
            budget = _Budget(limits.max_total_bytes)
            return {key: ExportFile(name, opener=functools.partial(
                        _open_entry, path, name, limits.max_entry_bytes, budget))
                    for key, name in chosen.items()}
    except zipfile.BadZipFile as exc:
        raise ExportError(f"{path.name} is not a readable ZIP archive: {exc}") from None
    except (RuntimeError, NotImplementedError) as exc:
        # zipfile raises these for encrypted entries and unsupported compression methods.
        raise ExportError(f"{path.name} cannot be read: {exc}") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise ExportError(f"{path.name} is damaged: {exc}") from None


def _too_large(archive: str, entry: str, cap: int) -> ExportError:
    return ExportError(f"{archive}: {entry} inflates past the {cap // MIB} MiB cap for one "
                       "file: refused as a possible zip bomb")


class _Budget:
    """Bytes that may still be inflated from one archive, over all its entries."""

    def __init__(self, total: int) -> None:
        self.left = total


class _CappedEntry(io.RawIOBase):
    """One archive entry, inflated as it is read, refused as soon as it passes a cap: the
    sizes an archive declares can lie."""

    def __init__(self, archive: zipfile.ZipFile, name: str, cap: int, budget: _Budget,
                 label: str) -> None:
        self._archive = archive
        self._stream = archive.open(name)
        self._name, self._label, self._cap, self._budget = name, label, cap, budget
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._stream.read(len(buffer))
        except zipfile.BadZipFile as exc:
            raise ExportError(f"{self._label} is not a readable ZIP archive: {exc}") from None
        except (OSError, EOFError, zlib.error) as exc:
            raise ExportError(f"{self._label} is damaged: {exc}") from None
        self._read += len(data)
        self._budget.left -= len(data)
        if self._read > self._cap:
            raise _too_large(self._label, self._name, self._cap)
        if self._budget.left < 0:
            raise ExportError(f"{self._label} inflates past its total cap: refused as a "
                              "possible zip bomb")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        self._archive.close()
        super().close()


def _open_entry(path: Path, name: str, cap: int, budget: _Budget) -> IO[bytes]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ExportError(f"{path.name} is not a readable ZIP archive: {exc}") from None
    try:
        raw = _CappedEntry(archive, name, cap, budget, path.name)
    except (RuntimeError, NotImplementedError, zipfile.BadZipFile, OSError) as exc:
        archive.close()
        raise ExportError(f"{path.name} cannot be read: {exc}") from None
    return io.BufferedReader(raw, _CHUNK)


def _read_capped(stream: IO[bytes], cap: int) -> bytes | None:
    """Up to ``cap`` bytes, or ``None`` when there are more: declared sizes can lie."""
    data = stream.read(cap + 1)
    return None if len(data) > cap else data


def _read_folder(folder: Path, limits: ExportLimits) -> dict[str, ExportFile]:
    names: list[str] = []
    for root, _dirs, entries in os.walk(folder):
        for entry in entries:
            names.append(Path(root, entry).relative_to(folder).as_posix())
            if len(names) > limits.max_entries:
                raise ExportError(f"{folder} holds more than {limits.max_entries} files: not "
                                  "a LinkedIn export")
    chosen = _choose(names)
    files: dict[str, ExportFile] = {}
    for key, name in chosen.items():
        # Checked now, read later: only a regular file (a FIFO would wait forever), within
        # the cap for one file.
        try:
            with open_regular(folder / name) as stream:
                size = os.fstat(stream.fileno()).st_size
        except OSError as exc:
            raise ExportError(f"cannot read {name}: {exc.strerror or exc}") from None
        if size > limits.max_entry_bytes:
            raise ExportError(f"{name} is larger than the {limits.max_entry_bytes // MIB} MiB "
                              "cap for one file")
        files[key] = ExportFile(name, opener=functools.partial(open_regular, folder / name))
    return files


def _choose(names: Iterable[str]) -> dict[str, str]:
    """The path of each known file; the shallowest wins when a name appears twice."""
    chosen: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (n.count("/"), n)):
        key = file_key(name)
        if key in SPECS and key not in chosen and not _ignored(name):
            chosen[key] = name
    return chosen


@dataclass(frozen=True)
class Row:
    """One data row of a CSV: the line it starts on, and its cells by ``column_key``."""

    line: int
    cells: Mapping[str, str]

    def get(self, column: str) -> str:
        """The cell of ``column`` (a ``column_key``), stripped; empty when there is none."""
        return self.cells.get(column, "").strip()

    @property
    def blank(self) -> bool:
        """True for a row of only commas: a row, but one that says nothing."""
        return not any(value.strip() for value in self.cells.values())


@dataclass(frozen=True)
class Table:
    """A CSV of the export: the columns its header row has, and its data rows."""

    file: str
    columns: tuple[str, ...]
    rows: list[Row]


def read_table(file: ExportFile, spec: _Spec) -> Table:
    """The header row (searched for) and every data row after it, or ``ExportFileError``.

    Blank lines are skipped; a row of only commas is kept, because in ``Connections.csv``
    it is a member who hides their details. A space between a closing quote and the next
    comma stays in the cell, and cells are stripped — what a spreadsheet shows.
    """
    scan = TableScan(file, spec)
    found = list(scan)
    return Table(file.name, scan.columns, found)


class TableScan:
    """The data rows of one CSV, streamed: iterate once; ``columns`` is known after the header.

    Reading row by row keeps a file of any size within the caps in a few kilobytes of memory;
    the errors are those of :func:`read_table`, raised while iterating.
    """

    def __init__(self, file: ExportFile, spec: _Spec) -> None:
        self.file = file
        self.spec = spec
        self.columns: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Row]:
        file, spec = self.file, self.spec
        wanted = [column_key(c) for c in spec.required]
        header: tuple[str, ...] | None = None
        start = 1
        with file.open() as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            reader = csv.reader(text, strict=False)
            try:
                for row in reader:
                    if header is None:
                        keys = tuple(column_key(cell) for cell in row)
                        if all(w in keys for w in wanted):
                            header = self.columns = keys
                        elif reader.line_num > HEADER_SEARCH_ROWS:
                            break
                    elif row and not (len(row) == 1 and not row[0].strip()):
                        yield Row(start, {key: value.strip()
                                          for key, value in zip(header, row, strict=False)
                                          if key})
                    start = reader.line_num + 1
            except UnicodeDecodeError:
                at, line = _bad_byte(file)
                raise ExportFileError(file.name, f"not UTF-8 text (byte {at + 1} of the file):"
                                      " re-download the export", line) from None
            except csv.Error as exc:
                raise ExportFileError(file.name, f"malformed CSV ({exc})", start) from None
        if header is None:
            missing = ", ".join(spec.required)
            raise ExportFileError(file.name, f"no header row with the columns {missing} in "
                                  f"its first {HEADER_SEARCH_ROWS} lines: not the {spec.label} "
                                  "of a LinkedIn export, or a column was renamed")


def _bad_byte(file: ExportFile) -> tuple[int, int]:
    """Where the first byte that is not UTF-8 sits (as ``utf-8-sig`` counts it, after a
    byte-order mark) and its line, found by reading the file again in chunks."""
    offset = newlines = 0
    pending = b""
    first = True
    with file.open() as stream:
        while chunk := stream.read(_CHUNK):
            if first and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8):]
            first = False
            data = pending + chunk
            try:
                _, used = codecs.utf_8_decode(data, "strict", False)
            except UnicodeDecodeError as exc:
                return offset + exc.start, newlines + data.count(b"\n", 0, exc.start) + 1
            newlines += data.count(b"\n", 0, used)
            offset += used
            pending = data[used:]
    return offset, newlines + 1


def rows(file: ExportFile, spec: _Spec) -> list[dict[str, str]]:
    """The data rows of one CSV that say something, as ``{column_key: value}``."""
    return [dict(row.cells) for row in read_table(file, spec).rows if not row.blank]


def parse_export(files: Mapping[str, ExportFile]) -> LinkedInProfile:
    """The profile in the export's files (by ``file_key``).

    A file that is absent leaves its fields unknown; one that cannot be read does too, and
    adds a warning naming it — the other files are still read.
    """
    profile = LinkedInProfile(source=EXPORT)
    for read in (_read_profile, _read_positions, _read_education, _read_skills,
                 _read_recommendations, _read_connections):
        try:
            read(profile, files)
        except ExportFileError as exc:
            profile.warnings.append(f"{exc}; its fields are unknown")
    return profile


def _kept(file: ExportFile, key: str, profile: LinkedInProfile) -> Iterator[dict[str, str]]:
    """The rows of ``file`` that say something, the first ``MAX_KEPT_ROWS`` of them; more
    is said in a warning rather than kept."""
    kept = 0
    for row in TableScan(file, SPECS[key]):
        if row.blank:
            continue
        kept += 1
        if kept > MAX_KEPT_ROWS:
            profile.warnings.append(f"{file.name}: more than {MAX_KEPT_ROWS} rows; the first "
                                    f"{MAX_KEPT_ROWS} are read")
            return
        yield dict(row.cells)


def _rows_of(file: ExportFile | None, key: str) -> list[dict[str, str]]:
    return [] if file is None else rows(file, SPECS[key])


def _read_skills(profile: LinkedInProfile, files: Mapping[str, ExportFile]) -> None:
    file = files.get(SKILLS)
    if file is not None:
        profile.skills = sum(1 for row in TableScan(file, SPECS[SKILLS]) if row.get("name"))


def _read_recommendations(profile: LinkedInProfile, files: Mapping[str, ExportFile]) -> None:
    # The Basic archive has no Recommendations_Received.csv: unknown, not "none received".
    file = files.get(RECOMMENDATIONS)
    if file is None:
        return
    visible = hidden = 0
    for row in TableScan(file, SPECS[RECOMMENDATIONS]):
        if row.blank:
            continue
        if row.get("status").upper() == "VISIBLE":
            visible += 1
        else:
            hidden += 1
    profile.recommendations = visible
    profile.recommendations_hidden = hidden


def _read_connections(profile: LinkedInProfile, files: Mapping[str, ExportFile]) -> None:
    # Every data row is a connection, rows of only commas (hidden members) too.
    file = files.get(CONNECTIONS)
    if file is not None:
        profile.connections = sum(1 for _ in TableScan(file, SPECS[CONNECTIONS]))


def _read_profile(profile: LinkedInProfile, files: Mapping[str, ExportFile]) -> None:
    # Without Profile.csv (or without its data row) name, headline and location are unknown,
    # not empty; "Profile Summary.csv" can still tell the summary.
    file = files.get(PROFILE)
    row = {} if file is None else next(
        (dict(r.cells) for r in TableScan(file, SPECS[PROFILE]) if not r.blank), {})
    name = " ".join(part for part in (row.get("firstname"), row.get("lastname")) if part)
    profile.name = name or None
    _text_field(profile, row, "headline", "headline")
    _text_field(profile, row, "geolocation", "location")
    summary_file = files.get(PROFILE_SUMMARY)
    if not row.get("summary") and summary_file is not None:
        try:
            summaries = (r.get("profilesummary") for r in TableScan(summary_file,
                                                                    SPECS[PROFILE_SUMMARY]))
            row = {**row, "summary": next((s for s in summaries if s), "")}
        except ExportFileError as exc:
            profile.warnings.append(f"{exc}; its fields are unknown")
    _text_field(profile, row, "summary", "summary")
    if "websites" in row:
        profile.websites = parse_websites(row["websites"])
        if not profile.websites:
            profile.absent.add("websites")


def _text_field(profile: LinkedInProfile, row: Mapping[str, str], column: str,
                name: str) -> None:
    # A column the file lacks is unknown; a column that is there but empty is absent.
    if column not in row:
        return
    value = row[column].strip()
    if value:
        setattr(profile, name, value)
    else:
        profile.absent.add(name)


def parse_websites(value: str) -> list[str]:
    """``[PERSONAL:https://a.dev,COMPANY:https://b.com]`` → ``["https://a.dev", "https://b.com"]``."""
    inner = value.strip().removeprefix("[").removesuffix("]")
    sites = []
    for part in inner.split(","):
        site = _WEBSITE_LABEL.sub("", part.strip()).strip()
        if site and site not in sites:
            sites.append(site)
    return sites


def _read_positions(profile: LinkedInProfile, files: Mapping[str, ExportFile]) -> None:
    file = files.get(POSITIONS)
    if file is None:
        return
    for row in _kept(file, POSITIONS, profile):
        finished = row.get("finishedon") or None
        profile.positions.append(position(
            title=row.get("title") or None,
            company=row.get("companyname") or None,
            location=row.get("location") or None,
            started_on=row.get("startedon") or None,
            finished_on=finished,
            current=finished is None,
            description=row.get("description") or None,
        ))
    if not profile.positions:
        profile.absent.add("positions")


def _read_education(profile: LinkedInProfile, files: Mapping[str, ExportFile]) -> None:
    file = files.get(EDUCATION)
    if file is None:
        return
    for row in _kept(file, EDUCATION, profile):
        profile.education.append(school(
            school_name=row.get("schoolname") or None,
            degree=row.get("degreename") or None,
            started_on=row.get("startdate") or None,
            finished_on=row.get("enddate") or None,
        ))
    if not profile.education:
        profile.absent.add("education")

