"""Readings of a checklist dict that its terminal and Markdown views share."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

MAX_URLS = 5
"""Unreviewed results listed under the review item; the JSON has all of them."""

SYMBOLS = {"ok": "✓", "fix": "✗", "unknown": "?", "note": "!", "skip": "–"}
"""How each item mark (``preflight.checklist.Mark``) is drawn."""

GROUPS: dict[str, str] = {
    "profile": "Your profile",
    "presence": "Your presence",
    "network": "Your network",
    "note": "Your note",
}
"""The checklist's groups in the order shown, with their headings."""


def summary(checklist: Mapping[str, Any]) -> str:
    """What the verdict rests on: ``2 to fix, 1 could not be checked`` or ``9 ready, …``."""
    items: Sequence[Mapping[str, Any]] = checklist.get("items", [])
    fix = sum(1 for i in items if i.get("mark") == "fix")
    unknown = sum(1 for i in items if i.get("mark") == "unknown")
    ready = sum(1 for i in items if i.get("mark") == "ok")
    if checklist.get("verdict") == "go":
        return f"{ready} ready, nothing to fix"
    parts = [f"{fix} to fix"] if fix else []
    if unknown:
        parts.append(f"{unknown} could not be checked")
    return ", ".join(parts)


def groups(checklist: Mapping[str, Any]) -> Iterator[tuple[str, list[Mapping[str, Any]]]]:
    items: Sequence[Mapping[str, Any]] = checklist.get("items", [])
    for group, title in GROUPS.items():
        members = [i for i in items if i.get("group") == group]
        if members:
            yield title, members


def target_lines(target: Mapping[str, Any]) -> Iterator[tuple[str, list[str]]]:
    """(heading, lines) of the target section, as plain untrusted text."""
    preferences = [f'"{p.get("text")}" — {p.get("where")}' for p in target.get("preferences", [])]
    yield ("How they want to be contacted",
           preferences or ["nothing stated on this page: check their other profiles"])
    shared = [f"{s.get('kind')}: {s.get('theirs')}"
              + (f" — {s.get('detail')}" if s.get("detail") else "")
              for s in target.get("shared", [])]
    yield "What you share", shared or ["nothing found in your profile and theirs"]
    openings = list(target.get("openings", []))
    if openings:
        yield "Opening lines to adapt (never sent anywhere)", openings


def target_title(target: Mapping[str, Any]) -> str:
    name = target.get("name") or target.get("source")
    return f"{name} — the person you are contacting"
