"""Checks that the people who accepted became conversations, not just contacts.

What it checks
--------------
Of the connections you made in the ``window_days`` before your export's newest date
(``Connected On`` in ``Connections.csv``), the share with a two-way conversation in
``messages.csv``: a thread in which both you and they wrote (drafts and sponsored messages do
not count). ``pass`` at ``pass_share`` or more, ``warn`` at ``warn_share`` or more, ``fail``
below. People are matched by profile URL, or by name in exports whose ``Connections.csv`` has
no ``URL`` column (the result says so). ``skip`` when the export has no ``Connections.csv``
or no ``messages.csv`` (the quick Basic archive may leave it out), or no connection was made
in the window.

Why it matters
--------------
An accepted request is a door held open, not a relationship. A few messages and then a call,
a video chat or a coffee are what make someone remember you and answer the next time — the
point of connecting at all. A network of people you never talked to is a list of contacts.

How to fix
----------
Write to each new connection within a few days: thank them, say what you would like to talk
about, and suggest a real-time conversation (a 20-minute call, a video chat, a coffee).
``presence-audit network EXPORT`` lists the recent connections you have not talked with yet;
the names stay on your machine.

Options
-------
The defaults: a conversation takes a few weeks to happen, so three months of connections
are judged (``window_days``) and older ones are history; half of them in a two-way
conversation passes (``pass_share``) — not everyone who accepts wants to talk, but most
people you chose to invite should; fewer than one in four fails (``warn_share``): most
acceptances led nowhere.

Example
-------
::

    checks:
      network.follow-through:
        options:
          pass_share: 0.6

gives e.g. ``warn``: ``3 of 10 connections made in the 90 days before 12 Nov 2026 became a
two-way conversation (30%)``; after writing to five of the others and hearing back, ``pass``.
"""

from __future__ import annotations

from collections import Counter

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.network import _network
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "network.follow-through"
TITLE = "New connections became conversations"
CATEGORY = "network"
SEVERITY = "medium"
WEIGHT = 3
REQUIRES = ("network",)
OPTIONS = {
    "window_days": _network.WINDOW,
    "pass_share": Option(float, 0.5, "This share of recent connections in a two-way "
                                     "conversation, or more, passes."),
    "warn_share": Option(float, 0.25, "Below this share the check fails."),
}


def check(ctx: CheckContext) -> Finding:
    facts = _network.load(ctx)
    if facts.connections is None or facts.conversations is None:
        label = "Connections.csv" if facts.connections is None else "messages.csv"
        return _network.skip(f"{facts.lacking(label)}: whether your new connections became "
                             "conversations is unknown")
    if facts.as_of is None:
        return _network.no_dates("Connections.csv")
    days: int = ctx.options["window_days"]
    since = facts.since(days)
    recent = [c for c in facts.connections
              if c.on is not None and since is not None and c.on > since]
    window = _network.window_words(days, facts)
    if not recent:
        return _network.skip(f"you made no new connection in {window}")
    talked = Counter(c.talked for c in recent)
    two_way = talked["two-way"]
    score = _network.share(two_way, len(recent))
    message = (f"{two_way} of {_network.plural(len(recent), 'connection')} made in {window} "
               f"became a two-way conversation ({_network.percent(score)})")
    weaker = " (matched by name: this export's Connections.csv has no profile URLs)" \
        if facts.match == "names" else ""
    evidence = [Evidence(f"Two-way: {two_way}; only you wrote: {talked['you']}; only they "
                         f"wrote: {talked['them']}; no conversation: {talked['none']}{weaker}",
                         source="LinkedIn (data export: Connections.csv, messages.csv)")]
    data = {"recent": len(recent), "two_way": two_way, "only_you": talked["you"],
            "only_them": talked["them"], "none": talked["none"], "share": round(score, 3),
            "window_days": days, "as_of": facts.as_of.isoformat(), "match": facts.match}
    if score >= ctx.options["pass_share"]:
        return Finding(outcome=Outcome.PASS, message=message, evidence=evidence, data=data)
    waiting = len(recent) - two_way
    outcome = Outcome.WARN if score >= ctx.options["warn_share"] else Outcome.FAIL
    return Finding(
        outcome=outcome, message=message, evidence=evidence, data=data,
        score=score / ctx.options["pass_share"] if outcome is Outcome.WARN else None,
        fix=f"Write to the {waiting} who have not had a conversation with you yet: thank them "
            "and suggest a call, a video chat or a coffee. `presence-audit network EXPORT` "
            "lists them (on your machine only).")
