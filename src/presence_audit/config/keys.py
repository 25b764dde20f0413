"""Key paths into the configuration, and how messages spell them (``search.queries[0]``)."""

from __future__ import annotations

KeyPath = tuple[str | int, ...]


def dotted(key_path: KeyPath) -> str:
    text = ""
    for part in key_path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
