"""Checks that the note fits LinkedIn's limit for the personal note of a connection request.

What it checks
--------------
The note's length in Unicode characters — code points, line breaks included — against the
limit given with ``--limit`` or ``outreach.note_limit`` (default 300). ``fail`` when it is
longer, saying how many characters to cut and quoting the part past the limit; ``pass`` when
it fits. ``warn`` when it fits by that count but not if each emoji (and any other character
outside Unicode's Basic Multilingual Plane) counts twice, the way JavaScript's
``String.length`` counts — what a web form may measure.

Code points, not what the eye sees as one character (grapheme clusters): "é" typed as an
``e`` plus a combining accent is two, a thumbs-up with a skin tone is two. Counting code
points never comes out below what a site measures in code points or in UTF-16, so a note
that passes here is not cut off there; counting graphemes would let such notes through.
Line endings are LF and the whitespace around the note is not counted, as in the text box.

Why it matters
--------------
LinkedIn stops the personal note at 300 characters, and free accounts may get fewer (200 is
common). A note cut off mid-sentence, or one you have to trim in a hurry in the dialog,
loses the ending — the thank-you and your name — which is the part to write first.

How to fix
----------
Cut what the recipient does not need to decide: a second compliment, your full job history,
pleasantries. Keep one line of shared context, one line about you, the ask and your name.
If you have a free account, run with ``--limit 200``.

Options
-------
None. The limit comes from ``--limit`` or ``outreach.note_limit``.

Example
-------
``presence-audit note -f note.txt --limit 200`` gives e.g. ``fail``: ``243 characters: 43
over the limit of 200 — cut at least 43``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.quoting import quote

ID = "outreach.length"
TITLE = "Note fits the character limit"
CATEGORY = "outreach"
SEVERITY = "high"
WEIGHT = 3
REQUIRES = ("note",)
OPTIONS: dict[str, Option] = {}

_BMP_END = 0xFFFF


def utf16_length(text: str) -> int:
    """Length as JavaScript counts it: characters beyond the BMP take two code units."""
    return len(text) + sum(1 for c in text if ord(c) > _BMP_END)


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    length = len(note.text)
    wide = utf16_length(note.text)
    limit = note.limit
    data = {"length": length, "utf16_length": wide, "limit": limit,
            "over": max(0, length - limit)}
    if length > limit:
        over = length - limit
        return Finding(
            outcome=Outcome.FAIL,
            message=f"{length} characters: {over} over the limit of {limit} — cut at least {over}",
            fix=f"Cut {over} characters or more: keep one line of shared context, one about "
                "you, the ask and your name; drop extra compliments and pleasantries.",
            evidence=[Evidence(f"past the limit: {note.quote(_note.Span(limit, length))}")],
            data=data,
        )
    if wide > limit:
        doubled = "".join(dict.fromkeys(c for c in note.text if ord(c) > _BMP_END))
        cut = wide - limit
        return Finding(
            outcome=Outcome.WARN,
            message=f"{length} characters fit the limit of {limit}, but {wide} if emoji count "
                    f"twice, as some forms count them",
            fix=f"Drop {cut} characters, or the emoji, to be sure the note is not cut off.",
            evidence=[Evidence(f"counted twice by some forms: {quote(doubled, keep_end=True)}")],
            data=data,
            score=0.5,
        )
    return Finding(
        outcome=Outcome.PASS,
        message=f"{length} characters, within the limit of {limit} ({limit - length} to spare)",
        data=data,
    )
