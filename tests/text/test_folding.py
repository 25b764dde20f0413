"""Folding: the ASCII fast path gives what folding each character gives."""

from __future__ import annotations


def test_the_ascii_fast_path_folds_as_character_by_character() -> None:
    from presence_audit.text import folding

    every_ascii = "".join(chr(code) for code in range(128))
    slow = "".join(folding.fold_char.__wrapped__(char) for char in every_ascii)
    assert folding.fold(every_ascii) == slow
    assert folding.fold("José O’Brien `x`") == "jose o'brien 'x'"
