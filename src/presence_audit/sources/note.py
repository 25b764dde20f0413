"""The ``note`` artifact: the connection note to lint, exactly as it would be sent.

A note comes from the command line (``note TEXT``, ``-f FILE``, ``-`` for standard input,
``preflight --note``) or, for ``run``, from ``outreach.note_file`` in the config. Line endings
are made LF (what a browser's text box holds) and the whitespace around the note is dropped —
an editor's final newline is not part of what you paste — so the length the checks measure is
the length LinkedIn sees.

Artifact data::

    {"text": "Hi Jordan, …", "from": "the command line" | "standard input" | "<file path>",
     "limit": 300, "sender_name": "Ada Example" | null,
     "shared_context": ["Acme Analytics", …],   # terms shared with the person it is for
     "phrases": {"sign_offs": […], …}}          # from outreach.phrase_files
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact, ArtifactStatus
from presence_audit.core.fileio import open_regular

if TYPE_CHECKING:
    from presence_audit.config.load import LoadedConfig
    from presence_audit.sources.context import GatherContext

MAX_FILE_BYTES = 100_000
"""A note is a few hundred characters; a bigger file is a wrong path, not a note."""

NO_NOTE = (
    "no note given: pass one to `presence-audit note` or `preflight --note`, "
    "or set outreach.note_file"
)


class NoteError(Exception):
    """A note or phrase file that cannot be read; the message names the file."""


def normalise(text: str) -> str:
    """LF line endings and no surrounding whitespace: the note as it is pasted."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def note_artifact(
    text: str, *, source: str, origin: str, limit: int, sender_name: str | None,
    shared_context: Sequence[str] = (), phrases: Mapping[str, list[str]] | None = None,
) -> Artifact:
    """The ``note`` artifact for ``text``; ``source`` says how it was given, ``origin`` where."""
    note = normalise(text)
    return Artifact(
        name=NOTE_ARTIFACT,
        status=ArtifactStatus.OK,
        source=source,
        detail=f"{len(note)} characters from {origin}",
        data={
            "text": note,
            "from": origin,
            "limit": limit,
            "sender_name": sender_name,
            "shared_context": list(shared_context),
            "phrases": dict(phrases or {}),
        },
    )


def with_shared_context(artifact: Artifact, terms: Iterable[str]) -> Artifact:
    """A copy of a ``note`` artifact that knows what the sender and the recipient share."""
    if artifact.status is not ArtifactStatus.OK:
        return artifact
    data = dict(artifact.data)
    data["shared_context"] = list(dict.fromkeys([*data.get("shared_context", []), *terms]))
    return replace(artifact, data=data)


def read_note_file(path: Path) -> str:
    """A note file's text (UTF-8, a byte-order mark tolerated), or ``NoteError``."""
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise NoteError(f"{path}: no such note file") from None
    except OSError as exc:
        raise NoteError(f"{path}: cannot read the note: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise NoteError(f"{path}: larger than {MAX_FILE_BYTES} bytes — not a connection note")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NoteError(f"{path}: not UTF-8 text") from None


def read_given(text: str | None, path: str | Path | None) -> tuple[str, str, str]:
    """(source, origin, text) of a note given as TEXT or with ``-f FILE``; ``-`` for either
    reads standard input. ``NoteError`` when the file or the input cannot be a note, or when
    the note is empty: there is nothing to lint and nothing worth sending."""
    source, origin, body = _read_given(text, path)
    if not normalise(body):
        raise NoteError(f"the note from {origin} is empty")
    return source, origin, body


def _read_given(text: str | None, path: str | Path | None) -> tuple[str, str, str]:
    if path is not None and str(path) != "-":
        return "file", str(path), read_note_file(Path(path))
    if path is not None or text == "-":
        # Capped like a file: a stream that runs on is not a note pasted in.
        body = sys.stdin.read(MAX_FILE_BYTES + 1)
        if len(body) > MAX_FILE_BYTES:
            raise NoteError(f"standard input: more than {MAX_FILE_BYTES} characters — not a "
                            "connection note")
        return "stdin", "standard input", body
    return "argument", "the command line", text or ""


def read_phrase_files(paths: Iterable[Path]) -> dict[str, list[str]]:
    """The user's phrase files merged into one mapping of lists, or ``NoteError``."""
    import yaml

    from presence_audit.core.safe_yaml import safe_load
    from presence_audit.text.phrases import PhraseFileError, parse_phrase_file

    merged: dict[str, list[str]] = {}
    for path in paths:
        try:
            with open_regular(path) as handle:
                data = safe_load(handle.read(MAX_FILE_BYTES + 1).decode("utf-8"))
            lists = parse_phrase_file(data, str(path))
        except FileNotFoundError:
            raise NoteError(f"outreach.phrase_files: {path}: no such file") from None
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise NoteError(f"outreach.phrase_files: {path}: cannot read it: {exc}") from None
        except PhraseFileError as exc:
            raise NoteError(f"outreach.phrase_files: {exc}") from None
        for kind, phrases in lists.items():
            merged[kind] = list(dict.fromkeys([*merged.get(kind, []), *phrases]))
    return merged


def configured_phrases(loaded: LoadedConfig | None) -> dict[str, list[str]]:
    """The phrases added by ``outreach.phrase_files``, or ``NoteError``."""
    if loaded is None:
        return {}
    return read_phrase_files(loaded.resolve(p) for p in loaded.config.outreach.phrase_files)


def sender_name(loaded: LoadedConfig | None, given: str | None = None) -> str | None:
    """``given``, else ``outreach.sender_name``, else ``person.name``."""
    if given:
        return given
    if loaded is None:
        return None
    return loaded.config.outreach.sender_name or loaded.config.person.name


def collect_note(context: GatherContext) -> Artifact:
    """The note named by ``outreach.note_file``, or a skipped artifact when none is."""
    loaded = context.loaded
    outreach = loaded.config.outreach
    if not outreach.note_file:
        return Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE)
    path = loaded.resolve(outreach.note_file)
    try:
        text = read_note_file(path)
        phrases = configured_phrases(loaded)
    except NoteError as exc:
        return Artifact.failed(NOTE_ARTIFACT, "file", str(exc))
    if not normalise(text):
        return Artifact.failed(NOTE_ARTIFACT, "file", f"{path}: the note is empty")
    return note_artifact(text, source="file", origin=str(path), limit=outreach.note_limit,
                         sender_name=sender_name(loaded), phrases=phrases)
