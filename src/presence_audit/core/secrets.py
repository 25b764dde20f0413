"""Secrets scrubbed by value from every text that leaves the process.

A secret is known by its value, not by where it sits: an API key read from the environment
can come back inside an error message, a redirect URL that echoes a token, or a page a server
chose to answer with. So the configuration registers every secret value it reads (the
environment values it names, the user name and password of any URL in it), and :func:`scrub`
replaces each of them, and the user-information part of every URL, with ``***``. Every path by
which text leaves the process — the command's output streams, every file written, the history,
the HTTP cache, the job summary — goes through :func:`scrub`.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

MASK = "***"
MIN_LENGTH = 4
"""Shorter values are not scrubbed: replacing every "on" or "8" would garble the output, and
such values are not secrets anyone relies on."""

_USERINFO = re.compile(r"(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*://)[^/?#\s'\"<>@]*@")

class _Registry:
    """The values to scrub, longest first (so a secret containing another goes whole)."""

    lock = threading.Lock()
    values: tuple[str, ...] = ()


def register(values: Iterable[str]) -> None:
    """Add secret values (and their URL-encoded forms, as they appear inside URLs)."""
    from urllib.parse import quote, quote_plus  # every command imports this module; few register

    with _Registry.lock:
        known = set(_Registry.values)
        for value in values:
            if len(value) < MIN_LENGTH:
                continue
            known.update({value, quote(value, safe=""), quote_plus(value)})
        _Registry.values = tuple(sorted(known, key=len, reverse=True))


def forget_all() -> None:
    """Clear the registry (a new run in the same process, or a test)."""
    with _Registry.lock:
        _Registry.values = ()


def scrub(text: str) -> str:
    """``text`` with every registered secret and every URL's user information as ``***``."""
    if "@" in text:
        text = _USERINFO.sub(rf"\1{MASK}@", text)
    for value in _Registry.values:
        if value in text:
            text = text.replace(value, MASK)
    return text


def contains_secret(text: str | bytes) -> bool:
    """Whether ``text`` holds a registered secret (the HTTP cache keeps no such answer)."""
    if isinstance(text, bytes):
        return any(value.encode("utf-8", "surrogatepass") in text for value in _Registry.values)
    return any(value in text for value in _Registry.values)


def scrub_data(data: Any) -> Any:
    """A JSON-like structure with every string (keys too) scrubbed."""
    if isinstance(data, str):
        return scrub(data)
    if isinstance(data, dict):
        return {scrub(k) if isinstance(k, str) else k: scrub_data(v) for k, v in data.items()}
    if isinstance(data, list):
        return [scrub_data(item) for item in data]
    if isinstance(data, tuple):
        return tuple(scrub_data(item) for item in data)
    return data


class ScrubbingWriter(io.TextIOBase):
    """A text stream that scrubs what is written before passing it on.

    It has no ``buffer``: whoever looks for the binary stream underneath (click does, to fix
    an encoding) must not find a way around the scrubbing.
    """

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._inner.write(scrub(text))
        return len(text)

    def flush(self) -> None:
        self._inner.flush()

    def isatty(self) -> bool:
        return self._inner.isatty()

    def fileno(self) -> int:
        return self._inner.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._inner, "encoding", "utf-8") or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._inner, "errors", None)


@contextlib.contextmanager
def scrubbed_streams() -> Iterator[None]:
    """Standard output and error scrubbed for the duration: every message and every report a
    command prints passes through :func:`scrub`."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ScrubbingWriter(saved[0]), ScrubbingWriter(saved[1])
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        sys.stdout, sys.stderr = saved
