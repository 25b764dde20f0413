"""Sentences of a short text — a note, a headline, an About section — as a reader splits them.

Splitting is done by ``pysbd`` (rule-based sentence boundary detection that knows initials,
decimal numbers, "U.S.", e-mail addresses and a missing final full stop), then corrected where
short professional texts need it:

- a line break ends a sentence (signatures, salutations on their own line) — unless the line
  stops with no punctuation and the next goes on in lower case, a wrapped line (``… à mon
  réseau pour⏎échanger sur …``) — and so does a run of two or more spaces before a capital
  letter: where an export flattened a line break (``Reach us  Thanks Yasmin``); a double space
  before a lower-case word is a typing slip;
- a boundary after a title written with a full stop — ``Mr.``, ``Dr.``, ``Sr.``, ``Sra.``,
  ``Ft.``, from the phrase files' ``abbreviations`` — or after a single letter (``z. B.``) is
  not one (``Good morning Mr. Lee,``);
- a full stop followed by a lower-case word does not end a sentence (``next-gen. chips``);
- a piece with no letter or digit (``..``, an emoji) belongs to the sentence before it.

Spans index the original text, so checks can quote exactly what was written.
"""

from __future__ import annotations

import re
import sys
import types
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple


class Span(NamedTuple):
    """Characters ``[start, end)`` of the original text."""

    start: int
    end: int


_LAST_WORD = re.compile(r"([^\W\d_][\w.'’-]*)\.\W*$")


class _EnglishFirst:
    """Stands in for ``pysbd.languages.Language``: English at once, others from the real one."""

    @staticmethod
    def get_language_code(code: str) -> Any:
        if code == "en":
            from pysbd.lang.english import English

            return English
        # Anyone else in the process asking pysbd for another language gets what pysbd gives.
        from pysbd.languages import Language

        return Language.get_language_code(code)


def _import_pysbd() -> Any:
    """``pysbd``, imported without the 22 languages these checks never use.

    ``import pysbd`` runs ``pysbd.languages``, which imports every language pysbd has — the
    largest single cost of ``note``'s start-up — though only the English rules are used. So
    while pysbd is first imported, ``pysbd.languages`` is a stand-in that gives English itself
    and asks the real module for any other language; it is taken out of ``sys.modules``
    afterwards, so a later ``import pysbd.languages`` (by anyone) loads the real module. Once
    pysbd is imported, it is used as it is.
    """
    if "pysbd" in sys.modules:
        import pysbd

        return pysbd
    stand_in = types.ModuleType("pysbd.languages")
    stand_in.Language = _EnglishFirst  # type: ignore[attr-defined]
    sys.modules["pysbd.languages"] = stand_in
    try:
        import pysbd
    finally:
        if sys.modules.get("pysbd.languages") is stand_in:
            del sys.modules["pysbd.languages"]
    return pysbd


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    pysbd = _import_pysbd()
    # English rules are the most complete pysbd has; the corrections below add what the other
    # languages need (their titles come from the phrase files).
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _has_word(text: str) -> bool:
    return any(unicodedata.category(c)[0] in "LN" for c in text)


_BREAK = re.compile(r"\n|[^\S\n]{2,}(?=\S)")


def lines(text: str) -> list[Span]:
    """Lines: up to a line break, or up to a run of two or more spaces (tabs and no-break
    spaces too) before a capital letter — where an export flattened a line break. Spaces before
    anything else stay inside the line."""
    found, start = [], 0
    for gap in _BREAK.finditer(text):
        if gap.group(0) != "\n" and not text[gap.end()].isupper():
            continue
        found.append(Span(start, gap.start()))
        start = gap.end()
    found.append(Span(start, len(text)))
    return [line for line in found if line.end > line.start]


def _raw_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for line in lines(text):
        offset = line.start
        for piece in _segmenter().segment(text[line.start:line.end]):
            spans.append(Span(offset + piece.start, offset + piece.end))
    return spans


def _trim(text: str, span: Span) -> Span:
    piece = text[span.start:span.end]
    start = span.start + len(piece) - len(piece.lstrip())
    end = span.end - (len(piece) - len(piece.rstrip()))
    return Span(start, max(start, end))


def _joins(text: str, left: Span, right: Span, abbreviations: frozenset[str]) -> bool:
    gap = text[left.end:right.start]
    before = text[left.start:left.end].rstrip()
    after = text[right.start:right.end].lstrip()
    if "\n" in gap:
        # A line that stops mid-sentence, with no punctuation, and goes on in lower case on the
        # next line was wrapped: "J'aimerais vous ajouter à mon réseau pour⏎échanger sur …".
        return gap.count("\n") == 1 and before[-1:].isalnum() and after[:1].islower()
    if not _has_word(after):
        return True
    word = _LAST_WORD.search(before) if before.endswith(".") else None
    # A single letter with a full stop is an initial or part of one ("z. B.", "J. R."), never
    # the last word of a sentence in these texts.
    if word is not None and (word.group(1).casefold() in abbreviations or len(word.group(1)) == 1):
        return True
    if len(gap) > 1 and after[:1].isupper():
        return False  # a line break an export flattened into spaces
    return before.endswith(".") and after[:1].islower()


def split(text: str, abbreviations: Iterable[str] = ()) -> list[Span]:
    """The sentences of ``text``, trimmed, in order; none for blank text."""
    known = frozenset(a.casefold().rstrip(".") for a in abbreviations)
    merged: list[Span] = []
    for span in (s for s in (_trim(text, s) for s in _raw_spans(text)) if s.end > s.start):
        if merged and _joins(text, merged[-1], span, known):
            merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
