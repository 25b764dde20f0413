"""Fetched bytes as text, the way browsers pick the encoding (WHATWG Encoding, simplified).

One rule for every body the tool reads, pages and API answers alike: a byte-order mark wins,
then the ``Content-Type`` charset, then a ``<meta charset>`` (or ``http-equiv``) near the top;
with none of them, UTF-8 if the bytes are valid UTF-8, else windows-1252. Undecodable bytes
become U+FFFD, never an error.
"""

from __future__ import annotations

import codecs
import re

# WHATWG's prescan reads 1024 bytes, but a browser that meets a later <meta charset> while
# parsing re-reads the page in that encoding: a wider window finds what it would find.
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Browsers read these labels as windows-1252 (WHATWG Encoding): so must we, or "é" written by
# a page that says iso-8859-1 but means windows-1252 would come out as a control character.
_AS_WINDOWS_1252 = frozenset({"ascii", "iso8859-1"})


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


def decode(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """``body`` as text, and the codec used; ``declared`` is the header's charset, if any."""
    codec = detect(body, declared)
    if body.startswith(codecs.BOM_UTF8) and codec == "utf-8":
        return body.decode("utf-8-sig", errors="replace"), codec
    return body.decode(codec, errors="replace"), codec


def detect(body: bytes, declared: str | None = None) -> str:
    """The codec ``decode`` reads ``body`` with, by the rule in the module docstring."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return encoding.removesuffix("-sig")
    codec = _codec(declared) if declared else None
    if codec is None:
        codec = _meta_charset(body[:_PRESCAN_BYTES])
    if codec is not None:
        return codec
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _meta_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    codec = _codec(match.group(1).decode("ascii"))
    # A <meta> readable as ASCII cannot be in UTF-16; browsers take such a label as UTF-8.
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_WINDOWS_1252 else name
