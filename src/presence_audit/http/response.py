"""What a successful fetch returns: the final URL, status, headers and the whole (capped) body."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass

# WHATWG's prescan looks at the first 1024 bytes for a <meta charset> or http-equiv declaration.
_PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Browsers read these labels as windows-1252, and pages rely on it for curly quotes and dashes.
_READ_AS_WINDOWS_1252 = frozenset({"ascii", "iso8859-1"})


@dataclass(frozen=True)
class Response:
    """A 2xx answer (or an unfollowed 3xx), body read in full and within its cap.

    ``url`` is the final URL and ``redirects`` every URL visited before it; ``headers`` has
    lower-cased names; ``content_type`` is the bare media type, lower-cased (``""`` when the
    server sent none) and ``encoding`` the header's charset, if any. ``elapsed_ms`` is the time
    spent on the network for this page — connecting, asking and reading, over every redirect
    hop — without robots.txt, politeness waits or retry back-off (near 0 for a cache hit);
    ``from_cache`` is true when the body came from the HTTP cache (revalidated with a 304 or
    not).
    """

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    content_type: str
    encoding: str | None
    elapsed_ms: int
    redirects: tuple[str, ...]
    from_cache: bool

    def text(self) -> str:
        """The body as text: a byte-order mark, else the header's charset, else a ``<meta>``
        charset in the first 1024 bytes, else UTF-8; undecodable bytes become U+FFFD."""
        return decode_body(self.body, self.encoding)


def decode_body(body: bytes, declared: str | None) -> str:
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            return body.decode(bom_codec, errors="replace")
    labels: tuple[tuple[str | None, bool], ...] = ((declared, False), (_meta_charset(body), True))
    for label, from_meta in labels:
        codec = _codec(label, from_meta=from_meta)
        if codec is not None:
            return body.decode(codec, errors="replace")
    return body.decode("utf-8", errors="replace")


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_PRESCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None, *, from_meta: bool) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if name in _READ_AS_WINDOWS_1252:
        return "cp1252"
    # A document that could be read far enough to find its <meta> is not UTF-16 (WHATWG).
    if from_meta and name.startswith("utf-16"):
        return "utf-8"
    return name


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """``text/html; charset="UTF-8"`` → ``("text/html", "UTF-8")``; no header → ``("", None)``."""
    if not value:
        return "", None
    media, _, parameters = value.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, given = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = given.strip().strip("\"'") or None
    return media.strip().lower(), charset


def media_type_allowed(media: str, accepted: Iterable[str]) -> bool:
    """Whether ``media`` is one of ``accepted``, where ``image/*`` stands for every image type."""
    kind = media.split("/", 1)[0]
    for given in accepted:
        pattern = given.strip().lower()
        if pattern in (media, "*/*") or (pattern.endswith("/*") and pattern[:-2] == kind):
            return True
    return False
