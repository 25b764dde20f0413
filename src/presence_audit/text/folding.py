"""Text as matching compares it: case, accents and apostrophe styles folded away, and words.

One folding for every comparison (names, phrases, headlines, handles), so that "José", "JOSE"
and "jose" are the same word everywhere. Folding is per character, so a folded text can be
mapped back to its original (``text.phrases.FoldedText``).
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A word: letters and digits, with inner apostrophes ("O'Brien", "l’équipe")."""

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def fold_char(char: str) -> str:
    """One character without case or accents; every apostrophe style becomes ``'``."""
    # Decomposed before case-folding, so styled letters ("𝕾𝖎𝖒𝖗𝖆𝖓") fold like plain ones.
    decomposed = unicodedata.normalize("NFKD", char).casefold()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHES)


def fold(text: str, *, apostrophes: bool = True) -> str:
    """``text`` without accents, case or apostrophe style: what matching compares.

    ``apostrophes=False`` drops them too, as names are compared: ``"José O'Brien"`` →
    ``"jose obrien"``.
    """
    folded = "".join(fold_char(c) for c in text)
    return folded if apostrophes else folded.replace("'", "")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded (accents kept)."""
    return [w.casefold() for w in WORD.findall(text)]
