"""Checks that the note briefly introduces you.

What it checks
--------------
A self-introduction from the phrase files' ``intros`` ("I'm a data engineer…", "I work
on…", "my name is…", "sou…", "ich arbeite…") or "I'm <your first name>". Phrases under
``not_intros`` ("I'm a big fan…") do not count. ``pass`` when there is one and the sentences
that hold it take at most ``max_length`` characters; ``warn`` when they take more; ``fail``
when there is none.

Why it matters
--------------
The recipient decides whether to accept from the note and your name alone. One line about
who you are and what you do tells them why a stranger is writing — more than that crowds out
the reason to connect.

How to fix
----------
Add one short sentence about you that matters to them, e.g. "I'm a data engineer in Lisbon
working on streaming pipelines." If the introduction runs long, keep the role and the one
detail that links you to them.

Example
-------
``Hi Jordan, I enjoyed your dbt talk. Would you be up for a call? Thanks, Ada`` gives
``fail``: ``No self-introduction: the note does not say who you are``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.phrases import Hit

ID = "outreach.intro"
TITLE = "Note briefly introduces you"
CATEGORY = "outreach"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = ("note",)
OPTIONS = {
    "max_length": Option(int, 160,
                         "Most characters the introduction may take and still be brief."),
}


def introductions(note: _note.Note) -> list[Hit]:
    """Self-introduction phrases, minus those inside a ``not_intros`` phrase."""
    excluded = note.find("not_intros")
    hits = [h for h in note.find("intros")
            if not any(x.start <= h.start < x.end for x in excluded)]
    if note.sender_name:
        first = _note.name_parts(note.sender_name)[:1]
        hits += note.find_terms(tuple(f"{lead} {part}" for part in first
                                      for lead in ("I'm", "I am", "this is")))
    return sorted(hits, key=lambda h: h.start)


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    hits = introductions(note)
    if not hits:
        return Finding(
            Outcome.FAIL, "No self-introduction: the note does not say who you are",
            fix="Add one short sentence about you that matters to them, e.g. \"I'm a data "
                "engineer in Lisbon working on streaming pipelines.\"",
            data={"introduction": None, "length": 0},
        )
    sentences = list(dict.fromkeys(note.sentence_of(h) for h in hits))
    text = " ".join(note.text[s.start:s.end] for s in sentences)
    limit: int = ctx.options["max_length"]
    evidence = [Evidence(f"introduction: {note.quote(s)}") for s in sentences]
    data = {"introduction": text, "length": len(text)}
    if len(text) > limit:
        return Finding(
            Outcome.WARN,
            f"The introduction takes {len(text)} characters (brief is up to {limit})",
            fix="Keep your role and the one detail that links you to them; the rest can wait "
                "for the conversation.",
            evidence=evidence, data=data, score=0.5,
        )
    return Finding(Outcome.PASS, f"Introduces you: {note.quote(sentences[0])}",
                   evidence=evidence, data=data)
