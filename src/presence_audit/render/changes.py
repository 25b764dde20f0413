"""The report's ``changes`` object ("what changed") as plain text or Markdown.

``diff`` prints it; any format can append it. The object comes from ``Diff.to_dict()`` plus
the regression verdict. Titles, URLs and profile fields in it are untrusted, so every piece
goes through ``clean_text`` (text) or ``escape_markdown`` (Markdown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from presence_audit.render.sanitize import clean_text, escape_markdown

Section = tuple[str, list[str]]
"""A heading and its lines, each line already escaped for the target format."""

NOT_COMPARED_RESULTS = (
    "not compared — no search for your name was measured on both sides (report files keep "
    "no result lists; the history does)"
)
NOT_COMPARED_PROFILE = "not compared — no LinkedIn profile was read on both sides"
FIELD_NAMES = {
    "headline": "headline",
    "summary_length": "summary length",
    "recommendations": "recommendations",
    "photo": "photo",
}


def rank_text(rank: Any) -> str:
    return "not in the results" if rank is None else f"#{rank}"


def side_text(side: Mapping[str, Any]) -> str:
    when = side.get("generated_at")
    return f"{side.get('label')} ({when})" if when else str(side.get("label"))


def score_text(score: Mapping[str, Any]) -> str:
    before, after, delta = score.get("before"), score.get("after"), score.get("delta")
    shown = f"{_score(before)} → {_score(after)}"
    if score.get("note"):
        return f"{shown} ({score['note']})"
    if delta is None:
        return shown
    return f"{shown} ({delta:+d})" if delta else f"{shown} (unchanged)"


def _score(value: Any) -> str:
    return "not scored" if value is None else str(value)


def field_value(name: str, value: Any) -> str:
    if name == "photo":
        return "present" if value else "absent"
    if value == "":
        return "none"
    if isinstance(value, str):
        return f"“{value}”"
    return str(value)


def anything_changed(changes: Mapping[str, Any] | None) -> bool:
    """Whether a comparison found anything to show in a report: a moved score, category,
    outcome or rank, a result that appeared or left, a profile field, a rule that fired.

    Two runs that measured nothing (both offline, say) compare to nothing but "not compared"
    lines; a report leaves that out, while ``diff``, asked for it, still says so.
    """
    if not changes:
        return False
    score = changes.get("score") or {}
    found = changes.get("results") or {}
    return bool(
        score.get("delta") or changes.get("categories") or changes.get("outcomes")
        or changes.get("ranks") or found.get("appeared") or found.get("disappeared")
        or changes.get("profile") or changes.get("regressions") or changes.get("pending"))


def sections(changes: Mapping[str, Any], esc: Callable[[str], str]) -> list[Section]:
    """The changes as headed lists of lines; ``esc`` makes each line safe for the format."""
    found: list[tuple[str, list[str]]] = [("Score", [score_text(changes.get("score") or {})])]
    categories = [f"{c.get('title')}: {c.get('before')} → {c.get('after')} "
                  f"({c.get('delta'):+d})" for c in changes.get("categories") or []
                  if isinstance(c.get("delta"), int)]
    if categories:
        found.append(("Categories", categories))
    outcomes = [
        f"{c.get('check_id')}: {c.get('before')} → {c.get('after')}"
        + (" (worse)" if c.get("regressed") else "")
        for c in changes.get("outcomes") or []
    ]
    ranks = [
        f"{_pair(c)} {rank_text(c.get('before'))} → {rank_text(c.get('after'))}"
        + (" (worse)" if c.get("worse") else "")
        for c in changes.get("ranks") or []
    ]
    unmeasured = [f"{_pair(c)} — {c.get('reason')}" for c in changes.get("not_compared") or []]
    regressions = [f"{r.get('level')} {r.get('rule')}: {r.get('message')}"
                   for r in changes.get("regressions") or []]
    pending = [str(p) for p in changes.get("pending") or []]
    found += [
        ("Outcomes", outcomes),
        ("Ranks", ranks),
        ("Not compared", unmeasured),
        ("Results about you", list(_results(changes.get("results")))),
        ("Profile", list(_profile(changes.get("profile")))),
        ("Regressions", regressions),
        ("Pending confirmation", pending),
    ]
    return [(heading, [esc(line) for line in lines]) for heading, lines in found if lines]


def _pair(change: Mapping[str, Any]) -> str:
    target = change.get("target")
    where = f"{target} on" if target else "on"
    return f"{change.get('check_id')}: {where} {change.get('engine')} for \"{change.get('query')}\""


def _results(results: Mapping[str, Any] | None) -> Iterator[str]:
    if results is None:
        yield NOT_COMPARED_RESULTS
        return
    for sign, key in (("new", "appeared"), ("gone", "disappeared")):
        for r in results.get(key) or []:
            yield (f"{sign}: {r.get('engine')} for \"{r.get('query')}\" #{r.get('rank')}: "
                   f"{r.get('title') or r.get('url')} — {r.get('url')}")
    if not (results.get("appeared") or results.get("disappeared")):
        yield "no result about you appeared on or left page 1"


def _profile(profile: Sequence[Mapping[str, Any]] | None) -> Iterator[str]:
    if profile is None:
        yield NOT_COMPARED_PROFILE
        return
    for change in profile:
        name = str(change.get("field"))
        yield (f"{FIELD_NAMES.get(name, name)}: {field_value(name, change.get('before'))} → "
               f"{field_value(name, change.get('after'))}")
    if not profile:
        yield "no profile field changed"


def text(changes: Mapping[str, Any]) -> str:
    """Plain text for a terminal, ending in a newline."""
    before, after = changes.get("before") or {}, changes.get("after") or {}
    lines = [clean_text(f"What changed: {side_text(before)} → {side_text(after)}")]
    for heading, items in sections(changes, clean_text):
        lines.append("")
        lines.append(f"{heading}:")
        lines.extend(f"  {item}" for item in items)
    return "\n".join(lines) + "\n"


def markdown(changes: Mapping[str, Any], level: int = 2) -> str:
    """GitHub-flavoured Markdown with headings at ``level``, ending in a newline."""
    before, after = changes.get("before") or {}, changes.get("after") or {}
    hashes = "#" * level
    blocks = [f"{hashes} What changed",
              f"{escape_markdown(side_text(before))} → {escape_markdown(side_text(after))}"]
    for heading, items in sections(changes, escape_markdown):
        blocks.append(f"**{heading}**\n\n" + "\n".join(f"- {item}" for item in items))
    return "\n\n".join(blocks) + "\n"
