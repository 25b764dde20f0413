"""Files in and out: written so that a reader never sees half of one, and scrubbed of secrets;
read only when they are regular files, never a FIFO or a device that would hang or never end."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from presence_audit.core.secrets import scrub


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename.

    A crash or a full disk leaves either the old file or the new one, never a truncated mix,
    and an existing report is only replaced once the new one is complete on disk. Every file
    the tool writes comes through here, so this is where secrets are scrubbed from them.
    """
    path = Path(path)
    text = scrub(text)
    import tempfile  # with shutil and random behind it: only when something is written

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; keep the mode of the file being replaced, or the usual 0644.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        tmp.chmod(mode)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise

# Opening a FIFO for reading waits for a writer, forever; O_NONBLOCK makes open return at once
# so that the descriptor can be checked. Windows has neither FIFOs of this kind nor the flag.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class NotRegularFileError(OSError):
    """A path the tool was asked to read is a FIFO, device, socket or folder, not a file."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "something other than a file"


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for binary reading, if it is (or links to) a regular file.

    Symbolic links are resolved and the target is checked, on the open descriptor itself, so
    that nothing swapped in between the check and the open is read. Raises
    ``FileNotFoundError``, ``NotRegularFileError`` or another ``OSError``.
    """
    target = Path(path).resolve(strict=True)
    fd = os.open(target, os.O_RDONLY | _NONBLOCK | _BINARY)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            shown = str(path) if target == Path(path).absolute() else f"{path} (→ {target})"
            raise NotRegularFileError(f"{shown} is {_kind(mode)}, not a regular file")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, max_bytes: int) -> bytes | None:
    """The bytes of the regular file ``path``, or ``None`` when it holds more than
    ``max_bytes``. Raises what :func:`open_regular` raises."""
    with open_regular(path) as stream:
        data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def package_file(package: str, name: str) -> Path | None:
    """The data file ``name`` that an installed ``package`` ships, found without importing
    the package (``importlib.util.find_spec`` only locates it); None when it is not there.
    Reading a dataset this way spares the package's own import, often the slower part."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / name
        if path.is_file():
            return path
    return None


def checksum(text: str) -> str:
    """A short checksum of ``text`` (its length and CRC-32), for a shipped copy made from a
    source file to tell whether the source has changed since. Not cryptographic: it tells an
    edited file from the one the copy was made from, and costs no hashlib import."""
    import zlib

    return f"{len(text)}:{zlib.crc32(text.encode()):08x}"
