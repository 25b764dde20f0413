"""How your network grew: connections per year, for the picture.

What it checks
--------------
Nothing is judged: this lists how many connections you made each year (``Connected On`` in
``Connections.csv``), how many of the last ``window_days`` are in a two-way conversation,
and how many of your connections hide their details (rows of only commas: still connections).
The HTML report draws it as a small chart. ``skip`` when the export has no
``Connections.csv``.

Why it matters
--------------
The count is not the point — the relationships are — but the shape says something: a burst
of hundreds of connections in one year with few conversations is a list of contacts, while a
steady few a month, most of whom you talked to, is a network.

How to fix
----------
Nothing to fix. Compare the years with the other ``network.*`` checks: grow by people you
talk to.

Options
-------
The recent period (``window_days``) is three months, as in the other network checks.

Example
-------
``info``: ``36 connections since 2016; 10 in the 90 days before 12 Nov 2026`` with one line
per year: ``2026: 11``, ``2025: 4``, …
"""

from __future__ import annotations

from collections import Counter

from presence_audit.checks.base import CheckContext
from presence_audit.checks.network import _network
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "network.growth"
TITLE = "How your network grew"
CATEGORY = "network"
SEVERITY = "low"
WEIGHT = 0
REQUIRES = ("network",)
OPTIONS = {"window_days": _network.WINDOW}


def check(ctx: CheckContext) -> Finding:
    facts = _network.load(ctx)
    if facts.connections is None:
        return _network.skip(f"{facts.lacking('Connections.csv')}: how your network grew is "
                             "unknown")
    years = Counter(c.on.year for c in facts.connections if c.on is not None)
    undated = sum(1 for c in facts.connections if c.on is None)
    hidden = sum(1 for c in facts.connections if c.hidden)
    per_year = {str(year): years[year] for year in range(min(years), max(years) + 1)} \
        if years else {}
    days: int = ctx.options["window_days"]
    since = facts.since(days)
    recent = [c for c in facts.connections if c.on and since and c.on > since]
    two_way = None if facts.conversations is None else sum(
        c.talked == "two-way" for c in recent)
    total = len(facts.connections)
    message = f"{_network.plural(total, 'connection')}"
    if years:
        message += f" since {min(years)}"
    if facts.as_of is not None:
        message += f"; {len(recent)} in {_network.window_words(days, facts)}"
        if two_way is not None and recent:
            message += f", {two_way} of them in a two-way conversation"
    evidence = [Evidence(f"{year}: {count}", source="LinkedIn (data export: Connections.csv)")
                for year, count in reversed(per_year.items())]
    if undated:
        evidence.append(Evidence(f"Without a readable date: {undated}",
                                 source="LinkedIn (data export: Connections.csv)"))
    if hidden:
        evidence.append(Evidence(f"Members who hide their details (rows of only commas): "
                                 f"{hidden}", source="LinkedIn (data export: Connections.csv)"))
    data = {"connections": total, "per_year": per_year, "undated": undated, "hidden": hidden,
            "recent": len(recent), "recent_two_way": two_way, "window_days": days,
            "as_of": facts.as_of.isoformat() if facts.as_of else None}
    return Finding(outcome=Outcome.INFO, message=message, evidence=evidence, data=data)
