"""Text as matching compares it: case, accents and apostrophe styles folded away, and words.

One folding for every comparison (names, phrases, headlines, handles), so that "José", "JOSE"
and "jose" are the same word everywhere. Folding is per character, so a folded text can be
mapped back to its original (``text.phrases.FoldedText``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word: letters and digits, with inner apostrophes ("O'Brien", "l’équipe")."""

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """One character without case or accents; every apostrophe style becomes ``'``.

    Kept per character in a cache: a note or a page repeats the same few hundred characters,
    and Unicode normalisation is the slow part."""
    # Decomposed before case-folding, so styled letters ("𝕾𝖎𝖒𝖗𝖆𝖓") fold like plain ones.
    decomposed = unicodedata.normalize("NFKD", char).casefold()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHES)


def fold(text: str, *, apostrophes: bool = True) -> str:
    """``text`` without accents, case or apostrophe style: what matching compares.

    ``apostrophes=False`` drops them too, as names are compared: ``"José O'Brien"`` →
    ``"jose obrien"``.
    """
    if text.isascii():
        # ASCII has no accents and no compatibility forms: folding is lower-casing (and the
        # backtick apostrophe), the same result as character by character, many times faster.
        folded = text.lower().translate(_APOSTROPHES)
    else:
        folded = "".join(fold_char(c) for c in text)
    return folded if apostrophes else folded.replace("'", "")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded (accents kept)."""
    return [w.casefold() for w in WORD.findall(text)]
