"""Checks that your connection requests are not piling up unanswered.

What it checks
--------------
Requests you sent (``Invitations.csv``, ``OUTGOING``) whose invitee is not among your
connections (``Connections.csv``) ``pending_days`` or more after you sent them, as of your
export's newest date. ``Invitations.csv`` also lists requests that were accepted, so "not
among your connections" means pending or ignored. Invitees are matched by profile URL, or
by name in exports that give none (2023's ``urn:li:member:`` ids, older five-column files).
``pass`` with at most ``warn_above`` of them, ``warn`` with at most ``fail_above``, ``fail``
above. ``skip`` when the export lacks either file.

Why it matters
--------------
LinkedIn restricts accounts whose requests are often left pending or ignored — typically
for about a week — and a withdrawn request cannot be sent again to the same person for up to
three weeks. A long tail of unanswered requests also says the requests went to people who
had no reason to accept.

How to fix
----------
Withdraw the requests you no longer expect an answer to (My Network → Manage → Sent), or
reach the person another way — a shared contact, a reply to something they posted. Send
fewer, better-aimed requests, each with a note. ``presence-audit network EXPORT`` lists the
pending ones, oldest first.

Options
-------
The defaults: three weeks (``pending_days``), because most people who accept do so within
days and three weeks is how long LinkedIn keeps you from re-sending a withdrawn request.
LinkedIn publishes no limit: 20 pending (``warn_above``) is a couple of weeks of deliberate
outreach; more than 100 (``fail_above``) is the order of magnitude of the weekly invitation
allowance third parties report, all of it left hanging.

Example
-------
::

    checks:
      network.pending-invitations:
        options:
          warn_above: 10

gives e.g. ``warn``: ``14 requests you sent are unanswered after 21 days or more (the oldest
for 301 days)``; after withdrawing the old ones, ``pass``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.network import _network
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "network.pending-invitations"
TITLE = "Few requests left pending"
CATEGORY = "network"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("network",)
OPTIONS = {
    "pending_days": Option(int, 21, "A request unanswered this many days counts as pending."),
    "warn_above": Option(int, 20, "More pending requests than this give a warning."),
    "fail_above": Option(int, 100, "More pending requests than this fail."),
}

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    facts = _network.load(ctx)
    for label, records in (("Invitations.csv", facts.invitations),
                           ("Connections.csv", facts.connections)):
        if records is None:
            return _network.skip(f"{facts.lacking(label)}: which requests are still pending is "
                                 "unknown")
    if facts.as_of is None:
        return _network.no_dates("Invitations.csv")
    days: int = ctx.options["pending_days"]
    cutoff = facts.since(days)
    sent = [i for i in facts.invitations or () if i.direction == "OUTGOING"]
    pending = [i for i in sent if i.accepted is False and i.on is not None
               and cutoff is not None and i.on <= cutoff]
    oldest = min((i.on for i in pending if i.on), default=None)
    age = (facts.as_of - oldest).days if oldest else None
    count = len(pending)
    message = (f"{_network.plural(count, 'request')} you sent "
               f"{'is' if count == 1 else 'are'} unanswered after {days} days or more"
               + (f" (the oldest for {age} days)" if age is not None and count > 1 else ""))
    if not count:
        message = f"No request you sent is unanswered after {days} days"
    weaker = " (matched by name: these requests or connections carry no profile URL)" \
        if facts.invitation_match == "names" else ""
    evidence = [Evidence(f"Sent: {len(sent)}; accepted: {sum(i.accepted is True for i in sent)};"
                         f" pending {days} days or more: {count}{weaker}",
                         source="LinkedIn (data export: Invitations.csv, Connections.csv)")]
    data = {"sent": len(sent), "pending": count, "oldest_days": age, "pending_days": days,
            "as_of": facts.as_of.isoformat()}
    if count <= ctx.options["warn_above"]:
        return Finding(outcome=Outcome.PASS, message=message, evidence=evidence, data=data)
    outcome = Outcome.WARN if count <= ctx.options["fail_above"] else Outcome.FAIL
    return Finding(
        outcome=outcome, message=message, evidence=evidence, data=data,
        score=0.5 if outcome is Outcome.WARN else None, fix=FIX)
