"""Neutralise untrusted text before it reaches a terminal or a Markdown renderer.

Titles, snippets, profile fields and even check messages quote text that strangers wrote:
any page can put anything in them. Printed raw, that text can drive the reader's terminal
(clear the screen, set the window title, plant OSC 8 hyperlinks) or, in a PR comment, become
links, images and HTML. Every renderer passes every string from the report through these functions.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Whole escape sequences go first so that no debris like "[31m" is left behind: CSI
# (ESC [ or the C1 byte 0x9b) up to its final byte, and OSC/DCS/APC/PM/SOS strings (ESC ] P _ ^ X
# or their C1 forms) up to their BEL or ST terminator.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]P_^X]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
)
# Then every remaining control character: a lone ESC must not survive to start a sequence
# together with text that follows it. Tab and newline are layout, not control.
# Bidirectional overrides and isolates go too: they reorder how text is displayed, so a
# snippet could make "moc.live" read as "evil.com" ("Trojan Source").
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+-.!|")
# Beyond the CommonMark syntax above: ':' so that GFM cannot autolink "http://…" or
# "mailto:…" in plain text, and '~' and '$' so that text cannot turn into strikethrough or
# GitHub math.
_GFM_SPECIAL = frozenset(":~$")
_BACKSLASHED = _MARKDOWN_SPECIAL | _GFM_SPECIAL
# HTML's own characters become entities rather than backslash escapes: every Markdown dialect
# decodes entities, but not every one honours "\<", and a missed escape there is raw HTML.
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}

_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


def clean_text(s: str) -> str:
    """Remove terminal escape sequences and control characters, keeping tab and newline.

    Removes C0 controls (but tab and newline), DEL, C1 controls and the bidirectional
    override and isolate characters. Complete ANSI sequences
    are dropped whole, so a title styled with ``ESC[31m`` reads as the title and not as
    ``[31m`` plus the title; any ESC left over is dropped on its own, so nothing that follows
    can form a sequence.
    """
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", s))


def escape_markdown(s: str) -> str:
    r"""Make untrusted text inert inline Markdown: on one line, every special character escaped.

    Escaping each syntax character (``<``, ``>`` and ``&`` as HTML entities, the rest with a
    backslash) means the text renders as the same characters and can open no link, image,
    emphasis, code span, HTML tag or table cell (``|``). Whitespace runs, newlines included,
    become one space so the text cannot start a block (a heading, a list, a code block) or
    leave a table row; Markdown shows runs of spaces as one anyway.
    """
    flat = " ".join(clean_text(s).split())
    # A zero-width space after "@" keeps "@someone" in a scraped snippet from notifying a
    # GitHub user when the report is posted as a PR comment or job summary.
    return "".join(_escape_char(c) for c in flat).replace("@", "@\u200b")


def _escape_char(c: str) -> str:
    if c in _BACKSLASHED:
        return f"\\{c}"
    return _ENTITIES.get(c, c)


def safe_http_url(url: str) -> str | None:
    """Return ``url`` if it is fit to be a link target, else None.

    Only absolute http(s) URLs with a host qualify: ``javascript:``, ``data:`` and relative
    URLs can run script or resolve against wherever the report is viewed. Whitespace and
    control characters are refused because they are how a URL smuggles in Markdown syntax,
    a second line or a terminal sequence.
    """
    if _URL_FORBIDDEN.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url
