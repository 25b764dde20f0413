"""Checks that your connection requests carry a personal note.

What it checks
--------------
Of the connection requests you sent in the ``window_days`` before your export's newest date
(``Invitations.csv``, ``Direction`` ``OUTGOING``), the share that carried a note (a
``Message`` that is not blank). ``pass`` at ``pass_share`` or more, ``warn`` at
``warn_share`` or more, ``fail`` below. On a free account (``outreach.account: free``) the
share is taken of what LinkedIn lets you send: about ``free_notes_per_month`` notes a month,
so 12 requests in 90 days need 12 notes but 40 requests can only have had about 15. ``skip``
when the export has no ``Invitations.csv`` or you sent no request in the window.

Why it matters
--------------
A request without a note is a stranger asking for access. A short note that says why this
person, who you are and what you would like to talk about is what turns an acceptance into
a conversation — and people who get no note ignore more requests, which LinkedIn counts
against you.

How to fix
----------
Write a note for every request: one line of shared context or a genuine compliment, one line
about you, an invitation to talk, your name (``presence-audit note`` lints it). On a free
account you have only a few notes a month: send fewer requests, to the people you mean to
talk to, and spend a note on each.

Options
-------
The defaults: three months is recent enough to be your current habit (``window_days``);
90 % is "always write one", allowing for the odd request to someone you just met
(``pass_share``); below half, most requests went out without a word (``warn_share``). The
five notes a month of a free account are LinkedIn's current behaviour as widely reported
since 2023, its help page "Invitation limit reached" — not a published limit, so set
``free_notes_per_month`` to what your account shows, and ``outreach.account`` to yours.

Example
-------
::

    outreach:
      account: free
    checks:
      network.personal-notes:
        options:
          window_days: 60

gives e.g. ``fail``: ``3 of 14 requests you sent in the 60 days before 12 Nov 2026 had a note
(30% of the 10 a free account allows)``. With a note on 9 of them it gives ``pass``.
"""

from __future__ import annotations

import math

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.network import _network
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "network.personal-notes"
TITLE = "Your requests carry a personal note"
CATEGORY = "network"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("network",)
OPTIONS = {
    "window_days": _network.WINDOW,
    "pass_share": Option(float, 0.9, "Notes on this share of requests or more pass."),
    "warn_share": Option(float, 0.5, "Below this share of requests with a note, fail."),
    "free_notes_per_month": Option(int, 5, "Notes a free account may attach in a month."),
}

LABEL = "Invitations.csv"


def check(ctx: CheckContext) -> Finding:
    facts = _network.load(ctx)
    if facts.invitations is None:
        return _network.skip(f"{facts.lacking(LABEL)}: the share of requests with a note is "
                             "unknown")
    if facts.as_of is None:
        return _network.no_dates(LABEL)
    days: int = ctx.options["window_days"]
    since = facts.since(days)
    sent = [i for i in facts.invitations
            if i.direction == "OUTGOING" and i.on is not None and since is not None
            and i.on > since]
    window = _network.window_words(days, facts)
    if not sent:
        return _network.skip(f"you sent no connection request in {window}")
    noted = sum(i.note for i in sent)
    free = facts.account == "free"
    allowance = math.ceil(ctx.options["free_notes_per_month"] * days / 30) if free else None
    possible = min(len(sent), allowance) if allowance is not None else len(sent)
    score = min(1.0, _network.share(noted, possible))
    of = (f"{_network.percent(score)} of the {possible} a free account allows"
          if allowance is not None and possible < len(sent) else _network.percent(score))
    message = (f"{noted} of {_network.plural(len(sent), 'request')} you sent in {window} had "
               f"a note ({of})")
    data = {"sent": len(sent), "with_note": noted, "share": round(score, 3),
            "window_days": days, "as_of": facts.as_of.isoformat(), "account": facts.account,
            "free_allowance": allowance}
    evidence = [Evidence(f"Requests sent: {len(sent)}; with a note: {noted}",
                         source="LinkedIn (data export: Invitations.csv)")]
    if allowance is not None:
        evidence.append(Evidence(f"Free account: about {ctx.options['free_notes_per_month']} "
                                 f"notes a month, {allowance} in {days} days",
                                 source="outreach.account"))
    if score >= ctx.options["pass_share"]:
        return Finding(outcome=Outcome.PASS, message=message, evidence=evidence, data=data)
    outcome = Outcome.WARN if score >= ctx.options["warn_share"] else Outcome.FAIL
    return Finding(outcome=outcome, message=message, fix=_fix(free), evidence=evidence,
                   data=data, score=score if outcome is Outcome.WARN else None)


def _fix(free: bool) -> str:
    fix = ("Write a note for every request: shared context or a genuine compliment, one line "
           "about you, an invitation to talk, your name — `presence-audit note` checks it.")
    if free:
        fix += (" A free account has only a few notes a month: send fewer requests, to people "
                "you mean to talk to, and spend a note on each.")
    return fix
