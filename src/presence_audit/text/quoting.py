"""Quoting someone's text in a message: one line, in double quotes, shortened when long."""

from __future__ import annotations

QUOTE_LIMIT = 120


def quote(text: str, limit: int = QUOTE_LIMIT, *, keep_end: bool = False) -> str:
    """``"text"`` on one line, at most about ``limit`` characters.

    A long text is cut at the end with an ellipsis; with ``keep_end`` it is cut in the middle
    instead, for quotes whose end matters as much as their start (a note's sign-off).
    """
    flat = " ".join(text.split())
    if len(flat) > limit:
        if keep_end:
            half = (limit - 1) // 2
            flat = f"{flat[:half].rstrip()}…{flat[-half:].lstrip()}"
        else:
            flat = flat[:limit - 1].rstrip() + "…"
    return f'"{flat}"'
