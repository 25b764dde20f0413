"""The go / no-go checklist: one item per thing to have in order before a connection request.

Items are read from check results — the checklist judges nothing itself. Profile items come
from the ``profile.*`` checks, presence items from ``search.portfolio-rank`` (read as "ranks
on at least one engine") and ``search.review`` (read against the results you marked as
reviewed), note items from every ``outreach.*`` check — and, when no note was given, one item
to fix that says to write one. A check that is not installed or is disabled in the config
gives a skipped item that says so, and flows in as soon as it is there; a profile or presence
check skipped because its source is not configured gives ``?``: it was not looked at.

Marks: ``ok`` ✓, ``fix`` ✗ (blocks), ``unknown`` ? (could not be checked: blocks a GO, because
a GO must not claim what was not observed), ``note`` ! (worth a look, does not block) and
``skip`` – (not applicable).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from presence_audit.core.model import JSONDict, Outcome, Result
from presence_audit.text.classify import address_key

ONE_LINE = 160
"""Longest fix shown on an item's line; the report of `run` has the full text."""


class Mark(str, Enum):
    OK = "ok"
    FIX = "fix"
    UNKNOWN = "unknown"
    NOTE = "note"
    SKIP = "skip"


@dataclass(frozen=True)
class Item:
    """One line of the checklist."""

    id: str
    group: str
    label: str
    mark: Mark
    detail: str
    fix: str = ""
    check_id: str | None = None
    outcome: str | None = None
    urls: tuple[str, ...] = ()

    def to_dict(self) -> JSONDict:
        return {"id": self.id, "group": self.group, "label": self.label,
                "mark": self.mark.value, "detail": self.detail, "fix": self.fix,
                "check_id": self.check_id, "outcome": self.outcome, "urls": list(self.urls)}


Judge = Callable[[Result, "Context"], Item]


@dataclass(frozen=True)
class Context:
    """What judging an item may need besides its result: the reviewed addresses."""

    reviewed: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemSpec:
    id: str
    group: str
    label: str
    check_id: str
    judge: Judge | None = None


# A full stop, then a capital or an opening quote, ends the first sentence — except after
# "e.g." and "i.e.", which introduce the example a fix usually gives.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)\s+(?=[A-Z\"“(])")


def one_line(text: str, limit: int = ONE_LINE) -> str:
    """The first sentence of ``text`` on one line, shortened if it is still long."""
    flat = " ".join(text.split())
    first = _SENTENCE_BREAK.split(flat, maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


_MARKS = {
    Outcome.PASS: Mark.OK,
    Outcome.INFO: Mark.OK,
    Outcome.WARN: Mark.NOTE,
    Outcome.FAIL: Mark.FIX,
    Outcome.ERROR: Mark.UNKNOWN,
    Outcome.SKIP: Mark.SKIP,
}


def from_outcome(spec: ItemSpec, result: Result) -> Item:
    """The item as the check's outcome says: pass ✓, warn !, fail ✗, error ?, skip –.

    A profile or presence item whose check was skipped because its source is not configured
    is ``?``, not ``–``: your profile and your presence always matter before outreach, and a
    GO must not rest on a profile nobody looked at.
    """
    mark = _MARKS[result.outcome]
    if mark is Mark.SKIP and spec.group in ("profile", "presence"):
        mark = Mark.UNKNOWN
    return Item(spec.id, spec.group, spec.label, mark, result.message,
                fix=one_line(result.fix) if mark in (Mark.FIX, Mark.NOTE) and result.fix else "",
                check_id=result.check_id, outcome=result.outcome.value)


def _unmeasured(spec: ItemSpec, result: Result) -> Item | None:
    if result.outcome in (Outcome.ERROR, Outcome.SKIP):
        return from_outcome(spec, result)
    return None


def ranks_somewhere(result: Result, _context: Context) -> Item:
    """Portfolio item: ✓ when it ranks on at least one engine, in the check's own data."""
    spec = PRESENCE[0]
    settled = _unmeasured(spec, result)
    if settled is not None:
        return settled
    ranks: Mapping[str, Mapping[str, Any]] = result.data.get("ranks") or {}
    found = {engine: min(r for r in by_query.values() if isinstance(r, int))
             for engine, by_query in ranks.items()
             if any(isinstance(r, int) for r in by_query.values())}
    item = Item(spec.id, spec.group, spec.label, Mark.OK, "",
                check_id=result.check_id, outcome=result.outcome.value)
    if found:
        where = " · ".join(f"{engine} #{rank}" for engine, rank in found.items())
        return replace(item, detail=f"ranks on {where}")
    return replace(item, mark=Mark.FIX, detail=result.message, fix=one_line(result.fix))


def reviewed_everything(result: Result, context: Context) -> Item:
    """Review item: ✓ when every result about you on others' pages was marked reviewed."""
    spec = PRESENCE[1]
    settled = _unmeasured(spec, result)
    if settled is not None:
        return settled
    urls = _review_urls(result)
    unseen = tuple(u for u in urls if address_key(u) not in context.reviewed)
    item = Item(spec.id, spec.group, spec.label, Mark.OK, "",
                check_id=result.check_id, outcome=result.outcome.value)
    seen = f"all {len(urls)} reviewed" if urls else "no results about you on pages you do not own"
    unmeasured = result.data.get("unmeasured")
    if not unseen and isinstance(unmeasured, Mapping) and unmeasured:
        # Results on an engine that could not be searched are unknown, not absent.
        engines = ", ".join(str(engine) for engine in unmeasured)
        return replace(item, mark=Mark.UNKNOWN,
                       detail=f"{seen} where measured; could not search {engines}",
                       fix="Run `presence-audit run` again once that engine answers.")
    if not unseen:
        return replace(item, detail=seen)
    noun = "result" if len(unseen) == 1 else "results"
    return replace(
        item, mark=Mark.FIX, urls=unseen,
        detail=f"{len(unseen)} {noun} about you not reviewed yet (of {len(urls)})",
        fix="Open each and check you are comfortable with it, then mark it reviewed: "
            "preflight --ack URL",
    )


def _review_urls(result: Result) -> list[str]:
    listed = result.data.get("results")
    urls: list[str] = []
    if isinstance(listed, Mapping):
        urls = [str(r["url"]) for rows in listed.values() if isinstance(rows, list)
                for r in rows if isinstance(r, Mapping) and r.get("url")]
    else:
        urls = [e.url for e in result.evidence if e.url]
    unique: dict[str, str] = {}
    for url in urls:
        unique.setdefault(address_key(url), url)
    return list(unique.values())


def at_least_one(result: Result, _context: Context) -> Item:
    """Recommendations item: ✓ from one visible recommendation (the check wants more)."""
    spec = PROFILE[3]
    count = result.data.get("count")
    if result.outcome in (Outcome.PASS, Outcome.WARN, Outcome.FAIL) and isinstance(count, int):
        item = from_outcome(spec, result)
        if count >= 1:
            return replace(item, mark=Mark.OK, fix="")
        return replace(item, mark=Mark.FIX)
    return from_outcome(spec, result)


PROFILE: tuple[ItemSpec, ...] = (
    ItemSpec("profile.photo", "profile", "A real profile photo", "profile.photo"),
    ItemSpec("profile.headline", "profile", "A headline that says what you do and offer",
             "profile.headline"),
    ItemSpec("profile.summary", "profile", "A summary that tells who you are",
             "profile.summary"),
    ItemSpec("profile.recommendations", "profile", "At least one recommendation",
             "profile.recommendations", at_least_one),
)
PRESENCE: tuple[ItemSpec, ...] = (
    ItemSpec("presence.portfolio", "presence", "Your portfolio ranks on at least one engine",
             "search.portfolio-rank", ranks_somewhere),
    ItemSpec("presence.review", "presence", "Nothing about you in search results you have "
             "not reviewed", "search.review", reviewed_everything),
)
NETWORK: tuple[ItemSpec, ...] = (
    ItemSpec("network.pending", "network", "Your sent requests are not piling up unanswered",
             "network.pending-invitations"),
    ItemSpec("network.follow-through", "network", "Recent connections had a first real "
             "conversation", "network.follow-through"),
)
"""Before inviting more people: the ones you invited are not left hanging, and the ones who
accepted heard from you. Without a data export these are skipped (–), not unknown: the
request can go out without them."""
FIXED_ITEMS = PROFILE + PRESENCE + NETWORK


def absent(spec: ItemSpec, why: str) -> Item:
    return Item(spec.id, spec.group, spec.label, Mark.SKIP, why, check_id=spec.check_id)


def judge(spec: ItemSpec, result: Result, context: Context) -> Item:
    return (spec.judge or (lambda r, _c: from_outcome(spec, r)))(result, context)


@dataclass
class Checklist:
    """Every item, the target reading if any, and where each artifact came from."""

    subject: str
    generated_at: str
    tool_version: str
    items: list[Item]
    sources: list[JSONDict] = field(default_factory=list)
    target: JSONDict | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def to_fix(self) -> list[Item]:
        return [i for i in self.items if i.mark is Mark.FIX]

    @property
    def unknown(self) -> list[Item]:
        return [i for i in self.items if i.mark is Mark.UNKNOWN]

    @property
    def verdict(self) -> str:
        """``go`` only when nothing is to fix and nothing could not be checked."""
        return "go" if not self.to_fix and not self.unknown else "not-yet"

    def to_dict(self) -> JSONDict:
        return {
            "preflight_version": 1,
            "tool": {"name": "presence-audit", "version": self.tool_version},
            "generated_at": self.generated_at,
            "subject": {"name": self.subject},
            "verdict": self.verdict,
            "items": [i.to_dict() for i in self.items],
            "target": self.target,
            "sources": list(self.sources),
            "warnings": list(self.warnings),
        }


def items_for(results: Sequence[Result], planned_ids: Sequence[str], registered: Sequence[str],
              context: Context, *, no_note: str | None = None) -> list[Item]:
    """Profile, presence and network items in their fixed order, then one item per outreach
    result.

    ``no_note`` says why there is no note, when there is none: the outreach items are then
    skipped, and one item to fix says to write one — a GO would otherwise rest on a note
    nobody checked.
    """
    by_id = {r.check_id: r for r in results}
    items: list[Item] = []
    for spec in FIXED_ITEMS:
        result = by_id.get(spec.check_id)
        if result is not None:
            items.append(judge(spec, result, context))
        elif spec.check_id in registered:
            items.append(absent(spec, f"{spec.check_id} is disabled in the config"))
        elif spec.group == "profile":
            items.append(absent(spec, "profile source not available: the profile checks are "
                                      "not installed"))
        else:
            items.append(absent(spec, f"{spec.check_id} is not installed"))
    note_items: list[Item] = []
    for check_id in planned_ids:
        result = by_id.get(check_id)
        if result is not None and result.category == "outreach":
            spec = ItemSpec(check_id, "note", result.title, check_id)
            note_items.append(from_outcome(spec, result))
    if note_items and no_note is not None:
        items.append(Item("note.written", "note", "A personal note to send", Mark.FIX, no_note,
                          fix="Always send one: thank-you and name first, then shared context, "
                              "who you are and the ask; check it with --note TEXT or -f FILE."))
    return items + note_items
