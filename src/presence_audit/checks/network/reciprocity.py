"""Checks that your conversations go both ways, and that nobody is left waiting for you.

What it checks
--------------
The conversations of ``messages.csv`` whose last message falls in the ``window_days``
before your export's newest date (drafts and sponsored messages left out). Of those you
wrote in, the share that are two-way — the other person wrote too — against those in which
only you wrote (outreach that never became a conversation). And the conversations in which a
connection wrote to you and you never answered. ``pass`` when the two-way share is at least
``pass_share`` and at most ``max_unanswered`` connections wait for you, ``warn`` when the
share is at least ``warn_share`` (or only unanswered messages are wrong), ``fail`` below.
``skip`` when the export has no ``messages.csv`` or no conversation in the window.

Why it matters
--------------
Messages that nobody answers — yours or theirs — are the opposite of a network. A run of
one-sided threads says your openers ask for something without giving a reason to answer;
an unanswered message from a connection is a relationship going cold on your side.

How to fix
----------
Answer the connections who wrote to you (``presence-audit network EXPORT`` lists them). For
your own openers: be specific about why you are writing to this person, ask one easy
question, and propose a time to talk rather than a favour.

Options
-------
The defaults: conversations active in the last three months count (``window_days``); at
least half of those you wrote in answered by the other side passes (``pass_share``), fewer
than a quarter fails (``warn_share``); no connection may be left waiting for your answer
(``max_unanswered``): every one of them deserves a reply.

Example
-------
::

    checks:
      network.reciprocity:
        options:
          max_unanswered: 2

gives e.g. ``warn``: ``3 of 5 conversations you wrote in over the 90 days before 12 Nov
2026 are two-way (60%); 1 connection who wrote to you has no answer yet``; once you answer,
``pass``.
"""

from __future__ import annotations

from collections import Counter

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.network import _network
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "network.reciprocity"
TITLE = "Your conversations go both ways"
CATEGORY = "network"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("network",)
OPTIONS = {
    "window_days": _network.WINDOW,
    "pass_share": Option(float, 0.5, "This two-way share of your conversations, or more, "
                                     "passes."),
    "warn_share": Option(float, 0.25, "Below this two-way share the check fails."),
    "max_unanswered": Option(int, 0, "More connections than this waiting for your answer "
                                     "give a warning."),
}

LABEL = "messages.csv"


def check(ctx: CheckContext) -> Finding:
    facts = _network.load(ctx)
    if facts.conversations is None:
        return _network.skip(f"{facts.lacking(LABEL)}: whether your conversations go both "
                             "ways is unknown")
    if facts.as_of is None:
        return _network.no_dates(LABEL)
    days: int = ctx.options["window_days"]
    since = facts.since(days)
    active = [c for c in facts.conversations
              if c.last_on is not None and since is not None and c.last_on > since]
    window = _network.window_words(days, facts)
    kinds = Counter(c.kind for c in active)
    unanswered = sum(1 for c in active if c.kind == "them" and c.awaiting_reply)
    yours = kinds["two-way"] + kinds["you"]
    if not yours and not unanswered:
        return _network.skip(f"no conversation you or a connection wrote in was active in "
                             f"{window}")
    score = _network.share(kinds["two-way"], yours)
    parts = []
    if yours:
        parts.append(f"{kinds['two-way']} of {_network.plural(yours, 'conversation')} you wrote "
                     f"in over {window} {'is' if kinds['two-way'] == 1 else 'are'} two-way "
                     f"({_network.percent(score)})")
    if unanswered:
        parts.append(f"{_network.plural(unanswered, 'connection')} who wrote to you "
                     f"{'has' if unanswered == 1 else 'have'} no answer yet")
    message = "; ".join(parts) if yours else f"{parts[0]} (in {window})"
    evidence = [Evidence(f"Two-way: {kinds['two-way']}; only you wrote: {kinds['you']}; only "
                         f"others wrote: {kinds['them']} ({unanswered} from connections still "
                         "waiting for you)",
                         source="LinkedIn (data export: messages.csv)")]
    data = {"two_way": kinds["two-way"], "only_you": kinds["you"], "only_them": kinds["them"],
            "unanswered": unanswered, "share": round(score, 3) if yours else None,
            "window_days": days, "as_of": facts.as_of.isoformat()}
    too_many = unanswered > ctx.options["max_unanswered"]
    if yours and score < ctx.options["warn_share"]:
        outcome = Outcome.FAIL
    elif (yours and score < ctx.options["pass_share"]) or too_many:
        outcome = Outcome.WARN
    else:
        return Finding(outcome=Outcome.PASS, message=message, evidence=evidence, data=data)
    fixes = []
    if too_many:
        fixes.append(f"Answer the {_network.plural(unanswered, 'connection')} waiting for you "
                     "(`presence-audit network EXPORT` lists them).")
    if yours and score < ctx.options["pass_share"]:
        fixes.append("Make your openers easy to answer: say why this person, ask one specific "
                     "question and propose a time to talk.")
    return Finding(outcome=outcome, message=message, fix=" ".join(fixes), evidence=evidence,
                   data=data, score=0.5 if outcome is Outcome.WARN else None)
