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


# Addresses GitHub would turn into links by itself (GFM "extended autolinks"): a scheme URL,
# a www. host, an e-mail address. In untrusted text they become code spans — readable raw,
# shown verbatim, never a link: the only links are the ones a renderer builds itself.
# A pair of backticks around text is shown as code, as the text meant: nothing inside a code
# span is read as Markdown, so it can open nothing. A lone backtick is escaped.
_CODE_OR_ADDRESS = re.compile(
    r"(?i)`(?P<code>[^`]+)`"
    r"|(?P<address>(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"'`\[\](){}|]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
_TRAILING_PUNCTUATION = ".,;:!?*_~"
# GitHub references: @login mentions, #123 and GH-123 issue links (owner/repo#123 too).
_MENTION = re.compile(r"@(?=[A-Za-z0-9])")
_ISSUE = re.compile(r"(#|(?<!\w)(?i:gh)-)(?=\d)")
# An HTML entity or character reference that Markdown would decode.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# '<' that could open a tag, a comment, a processing instruction or an autolink.
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
# What opens a block at the start of a line: a heading, a quote, a list item, a thematic
# break or a setext underline, an ordered list item ("1." or "1)").
_LINE_START = re.compile(r"^(?:([#>+=-])|(\d{1,9})([.)]))")
_ZWJ = "\u200d"
_ALWAYS = frozenset("`*[]~$")
"""Escaped wherever they stand: each opens or closes a construct (code, emphasis, a link or
image, strikethrough, GitHub math)."""


def _escape_plain(text: str, before: str, after: str) -> str:
    """Escape one stretch of text; ``before``/``after`` are its neighbours in the line."""
    out: list[str] = []
    for i, c in enumerate(text):
        prev = text[i - 1] if i else before
        nxt = text[i + 1] if i + 1 < len(text) else after
        if c == "\\":
            # A backslash only escapes punctuation; before anything else it shows as itself.
            out.append("\\\\" if _is_punctuation(nxt) else c)
        elif c in _ALWAYS:
            out.append("\\" + c)
        elif c == "_" and not (prev.isalnum() and nxt.isalnum()):
            # Inside a word (snake_case) '_' cannot open emphasis in GFM: left readable.
            out.append("\\_")
        else:
            out.append(c)
    escaped = _TAG_OPEN.sub("&lt;", _ENTITY.sub("&amp;", "".join(out)))
    escaped = _MENTION.sub("@" + _ZWJ, escaped)
    return _ISSUE.sub(lambda m: m.group(1) + _ZWJ, escaped)


def _is_punctuation(c: str) -> bool:
    return c.isascii() and not c.isalnum() and not c.isspace() and c != ""


def _code_span(token: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", token)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest else ""
    return f"{fence}{pad}{token}{pad}{fence}"


def escape_markdown(s: str, *, cell: bool = True, line_start: bool = False) -> str:
    r"""Untrusted text as inert, readable GitHub Markdown on one line.

    Only what would open a construct where the text stands is escaped: links
    and images (``[``, ``]``), code, emphasis, strikethrough and math (a lone backtick, ``*``,
    ``_`` at a word's edge, ``~``, ``$``), raw HTML and entities (``<`` before a tag name,
    ``&`` before an entity, written as entities), and with ``cell`` (the default, safe
    anywhere) the ``|`` that would split a table row; with ``line_start``, what would open a
    block at the start of a line (``#``, ``>``, ``-``, ``+``, ``=``, ``1.``). Text between a
    pair of backticks stays code, and addresses GitHub would link by itself become code;
    ``@mentions`` and ``#123``/``GH-123`` references get a zero-width joiner so they notify
    and link nobody. Whitespace runs, newlines included, become one space: the text stays on
    its line.
    """
    flat = " ".join(clean_text(s).split())
    pieces: list[str] = []
    position = 0
    for match in _CODE_OR_ADDRESS.finditer(flat):
        if match.start() < position:
            continue
        code = match.group("code")
        shown = code if code is not None else match.group(0).rstrip(_TRAILING_PUNCTUATION)
        start = match.start()
        end = match.end() if code is not None else start + len(shown)
        pieces.append(_escape_plain(flat[position:start], flat[position - 1:position] or " ",
                                    flat[start:start + 1]))
        pieces.append(_code_span(shown.strip() if code is not None else shown))
        position = end
    pieces.append(_escape_plain(flat[position:], flat[position - 1:position] or " ", " "))
    text = "".join(pieces)
    if cell:
        # A '|' splits a GFM table row even inside a code span unless escaped.
        text = text.replace("|", "\\|")
    if line_start:
        text = _LINE_START.sub(
            lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)
    return text


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
