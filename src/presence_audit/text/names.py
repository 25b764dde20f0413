"""Finding a person's name in text the way a reader would recognise it.

Several checks ask "does this title, this schema.org name, this search result name the
person?". They share one answer, and each says in its evidence what matched and how.

Rules, tried for every configured name and alias (``person.name`` first, then ``aliases``):

- **Words, not characters.** Text and names are split into words; case, accents (``José`` is
  ``jose``, ``Müller`` is ``muller``), apostrophes (``O'Brien`` is ``obrien``) and punctuation
  between words (``Ada-Example``, ``A. Example``) do not matter, and a possessive names the
  person (``Ada Example's blog``).
- ``exact``: the name's words appear in order, nothing between them.
- ``middle``: the first and last name appear with one or two capitalised words or initials
  between them (``Ada M. Example``, ``Ada Maria Example`` for ``Ada Example``), or a configured
  middle name is left out or shortened to its initial (``Ada Example`` or ``Ada M. Example``
  for ``Ada Maria Example``). Lower-case words in between do not count: ``Ada loves Example``
  is not a name.
- ``initials``: the first name (and any middle names) reduced to initials before the last
  name: ``A. Example``, ``A. M. Example``.
- ``fuzzy``: like ``exact``, but words of five letters or more may differ slightly
  (similarity ≥ 85, ``rapidfuzz``'s ``fuzz.ratio``: ``Exampel``, ``Mueller`` for ``Müller``)
  as long as at least one word is exact. Short words never match fuzzily, so ``Adam`` is not
  ``Ada``.

The best kind of match wins (``exact`` over ``middle`` over ``initials`` over ``fuzzy``), then
the configured order of the names, then the earliest position in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from presence_audit.text.folding import WORD, fold

FUZZY_THRESHOLD = 85.0
"""Smallest ``similarity`` (0–100) for two words to match fuzzily."""

FUZZY_MIN_LENGTH = 5
"""Words shorter than this must match exactly: one letter changes a short name entirely."""

MAX_MIDDLE_WORDS = 2

KINDS = ("exact", "middle", "initials", "fuzzy")
"""Kinds of match, best first."""

_POSSESSIVE = re.compile(r"[^\W_]['’][sS]$")


class _Word(NamedTuple):
    folded: str
    start: int
    end: int
    capitalised: bool


def _words(text: str) -> list[_Word]:
    words = []
    for m in WORD.finditer(text):
        word, end = m.group(), m.end()
        if _POSSESSIVE.search(word):
            # "Ada Example's blog" names Ada Example.
            word, end = word[:-2], end - 2
        words.append(_Word(fold(word, apostrophes=False), m.start(), end, word[:1].isupper()))
    return words


@lru_cache(maxsize=256)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w.folded for w in _words(name))


@dataclass(frozen=True)
class NameMatch:
    """Where a name was found: the text as written, which configured name, and how.

    ``score`` is 100 for every kind but ``fuzzy``, where it is the ``similarity`` of the
    matched words to the name's words.
    """

    matched: str
    name: str
    kind: str
    score: float = 100.0

    @property
    def via(self) -> str:
        """A phrase for evidence: ``exact match of "Ada Example"``, ``fuzzy (91) …``."""
        if self.kind == "fuzzy":
            return f'fuzzy match ({self.score:.0f}) of "{self.name}"'
        label = {"exact": "exact match", "middle": "match with a middle name or initial",
                 "initials": "initials"}[self.kind]
        return f'{label} of "{self.name}"'

    def describe(self) -> str:
        """``"Ada M. Example" (match with a middle name or initial of "Ada Example")``."""
        return f'"{" ".join(self.matched.split())}" ({self.via})'


def match_name(text: str, subject_names: Sequence[str]) -> NameMatch | None:
    """The best match of any of ``subject_names`` in ``text``, or ``None`` (rules above)."""
    words = _words(text)
    if not words:
        return None
    best: tuple[int, int, int, NameMatch] | None = None
    for order, name in enumerate(subject_names):
        wanted = _name_words(name)
        if not wanted:
            continue
        for start in range(len(words)):
            found = _match_at(words, start, wanted)
            if found is None:
                continue
            kind, end, score = found
            key = (KINDS.index(kind), order, start)
            if best is None or key < best[:3]:
                span = text[words[start].start:words[end - 1].end]
                best = (*key, NameMatch(span, name, kind, score))
    return None if best is None else best[3]


def _match_at(
    words: Sequence[_Word], start: int, wanted: tuple[str, ...]
) -> tuple[str, int, float] | None:
    """The best kind of match of ``wanted`` starting at ``words[start]``: (kind, end, score)."""
    size = len(wanted)
    window = [w.folded for w in words[start:start + size]]
    if tuple(window) == wanted:
        return "exact", start + size, 100.0
    if size >= 2:
        for kind in ("middle", "initials"):
            end = _match_first_last(words, start, wanted, initials=kind == "initials")
            if end is not None:
                return kind, end, 100.0
    if len(window) == size:
        score = _fuzzy_score(window, wanted)
        if score is not None:
            return "fuzzy", start + size, score
    return None


def _match_first_last(
    words: Sequence[_Word], start: int, wanted: tuple[str, ...], *, initials: bool
) -> int | None:
    """End of a match of first … last name starting at ``start``, or ``None``.

    With ``initials`` the first word must be the first name's initial and the words between
    initials; otherwise the first word is the first name itself and the words between are
    capitalised words or initials.
    """
    first, middles, last = wanted[0], wanted[1:-1], wanted[-1]
    head = words[start].folded
    if initials:
        if len(head) != 1 or len(first) == 1 or head != first[0]:
            return None
    elif head != first:
        return None
    for gap in range(MAX_MIDDLE_WORDS + 1):
        end = start + 1 + gap
        if end >= len(words):
            return None
        between = words[start + 1:end]
        if words[end].folded == last and _middles_fit(between, middles, initials=initials):
            return end + 1
    return None


def _middles_fit(between: Sequence[_Word], middles: tuple[str, ...], *, initials: bool) -> bool:
    if initials:
        return all(len(w.folded) == 1 for w in between) and (
            not middles or not between or (
                len(between) == len(middles)
                and all(w.folded == m[0] for w, m in zip(between, middles, strict=True))
            )
        )
    if not middles:
        # A configured "Ada Example" matches "Ada Maria Example" and "Ada M. Example".
        return bool(between) and all(w.capitalised or len(w.folded) == 1 for w in between)
    if not between:
        return True
    return len(between) == len(middles) and all(
        w.folded in (m, m[0]) for w, m in zip(between, middles, strict=True)
    )


def similarity(a: str, b: str) -> float:
    """``rapidfuzz.fuzz.ratio``: the normalised InDel similarity, 0–100, of two strings.

    A name's words are short, so the longest common subsequence of two of them is a table of
    a few dozen cells: computed here, it costs microseconds where importing ``rapidfuzz``
    costs ~7 ms of every audit's start-up. Tests hold it equal to ``rapidfuzz``'s.
    """
    total = len(a) + len(b)
    if total == 0:
        return 100.0
    previous = [0] * (len(b) + 1)
    for char in a:
        current = [0]
        for j, other in enumerate(b):
            current.append(previous[j] + 1 if char == other else max(previous[j + 1], current[j]))
        previous = current
    distance = total - 2 * previous[-1]
    return 100 * (1 - distance / total)


def _fuzzy_score(window: Sequence[str], wanted: tuple[str, ...]) -> float | None:
    exact = 0
    for seen, expected in zip(window, wanted, strict=True):
        if seen == expected:
            exact += 1
            continue
        if min(len(seen), len(expected)) < FUZZY_MIN_LENGTH:
            return None
        if similarity(seen, expected) < FUZZY_THRESHOLD:
            return None
    if exact == 0:
        return None
    return round(similarity(" ".join(window), " ".join(wanted)), 1)
