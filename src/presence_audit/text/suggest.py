"""Suggesting the word someone probably meant, for messages about a mistyped key, id or name."""

from __future__ import annotations

from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice most like ``word``, if any is close enough to be a likely typo."""
    import difflib  # only once there is a mistake to explain

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or nothing."""
    match = closest(word, choices)
    return f" (did you mean {match!r}?)" if match else ""
