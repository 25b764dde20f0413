"""The checklist for a person (terminal, Markdown) or a script (JSON), from its dict alone.

Item details, fixes, the target's words and the suggested lines all quote text that strangers
wrote (page text, search results): the terminal gets it as inert ``rich`` text cleaned of
control characters, Markdown gets it escaped, and JSON is the JSON renderer's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from presence_audit.preflight.checklist import GROUPS, Mark
from presence_audit.render.sanitize import escape_markdown

FORMATS = ("terminal", "markdown", "json")
MAX_URLS = 5
"""Unreviewed results listed under the review item; the JSON has all of them."""

SYMBOLS = {mark.value: mark.symbol for mark in Mark}


def render(checklist: Mapping[str, Any], fmt: str, *, color: bool | None = None) -> str:
    """``checklist`` (``Checklist.to_dict()``) as ``fmt``; ``color`` applies to the terminal."""
    if fmt == "json":
        from presence_audit.render import json as json_renderer

        return json_renderer.render(checklist)
    if fmt == "markdown":
        return _markdown(checklist)
    if fmt == "terminal":
        from presence_audit.preflight import terminal

        return terminal.render(checklist, color=color)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


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


def _markdown(checklist: Mapping[str, Any]) -> str:
    def esc(value: Any) -> str:
        return escape_markdown("" if value is None else str(value))

    verdict = "✅ GO" if checklist.get("verdict") == "go" else "❌ NOT YET"
    subject = (checklist.get("subject") or {}).get("name")
    blocks = [f"## Preflight: {verdict} — {esc(subject)}", esc(summary(checklist))]
    for title, items in groups(checklist):
        lines = []
        for item in items:
            symbol = SYMBOLS.get(str(item.get("mark")), "?")
            line = f"- {symbol} **{esc(item.get('label'))}** — {esc(item.get('detail'))}"
            if item.get("fix"):
                line += f"  \n  Fix: {esc(item['fix'])}"
            urls = list(item.get("urls") or [])
            line += "".join(f"  \n  {esc(url)}" for url in urls[:MAX_URLS])
            if len(urls) > MAX_URLS:
                line += f"  \n  … and {len(urls) - MAX_URLS} more (--format json)"
            lines.append(line)
        blocks += [f"### {esc(title)}", "\n".join(lines)]
    target = checklist.get("target")
    if target:
        blocks.append(f"### {esc(target_title(target))}")
        if target.get("status") != "ok":
            blocks.append(f"Could not read it: {esc(target.get('detail'))}")
        else:
            for heading, entries in target_lines(target):
                blocks.append(f"**{esc(heading)}**\n\n"
                              + "\n".join(f"- {esc(entry)}" for entry in entries))
    blocks += [f"⚠️ {esc(w)}" for w in checklist.get("warnings", [])]
    return "\n\n".join(blocks) + "\n"
