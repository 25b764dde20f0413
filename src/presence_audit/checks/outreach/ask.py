"""Checks that the note invites a conversation or gives a clear reason to connect.

What it checks
--------------
An invitation to talk in real time, from the phrase files' ``conversation`` list ("a quick
call", "coffee", "a video chat", "catch up", "café", "Telefonat"), or a clear reason to
connect from ``reasons`` ("because…", "I'd love to learn how…", "I'm hiring…"). ``pass``
with either — the message says which — and ``fail`` with neither.

Why it matters
--------------
Connections matter more than contacts. A note that asks for a short call, a coffee or a
specific piece of advice starts a relationship; a request with no reason is one more
number in their list, and easy to ignore.

How to fix
----------
End the body with one concrete ask: "Would you be up for a 20-minute call about how you
test dbt models?", or say why you are writing: "I'm moving into analytics engineering and
would love to hear how you made the switch."

Options
-------
None.

Example
-------
``Hi Jordan, we overlapped at Acme. I'm a data engineer in Lisbon. Thanks, Ada`` gives
``fail``: ``No invitation to talk and no reason to connect``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.quoting import quote

ID = "outreach.ask"
TITLE = "Note invites a conversation or says why"
CATEGORY = "outreach"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("note",)
OPTIONS: dict[str, Option] = {}


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    invitations = note.find("conversation")
    reasons = note.find("reasons")
    data = {"conversation": [h.text for h in invitations], "reasons": [h.text for h in reasons]}
    if invitations:
        hit = invitations[0]
        return Finding(Outcome.PASS, f"Invites a conversation: {quote(hit.text, keep_end=True)}",
                       evidence=[Evidence(note.quote(note.sentence_of(hit)))],
                       data=data)
    if reasons:
        hit = reasons[0]
        return Finding(Outcome.PASS, f"Gives a reason to connect: {quote(hit.text, keep_end=True)}",
                       evidence=[Evidence(note.quote(note.sentence_of(hit)))],
                       data=data)
    return Finding(
        Outcome.FAIL, "No invitation to talk and no reason to connect",
        fix="Add one concrete ask — \"Would you be up for a 20-minute call about …?\" — or "
            "say why you are writing: \"I'd love to hear how you …\".",
        data=data,
    )
