"""Checks that the note ends with a thank-you or sign-off and your name.

What it checks
--------------
The note's ending — its last ``ending`` characters — for a thank-you or sign-off from the
phrase files' ``sign_offs`` ("Thanks", "Best", "Thanks & Regards", "Obrigada", "Viele
Grüße", "Bien à vous") that opens its sentence, after a word or two at most ("I really
appreciate it"; not "best" in "any tips on best practices?"), with or without a comma, and for
the sender's name: any part of it, or a short or long form of the first name from the
``nicknames`` dataset (Geoff for Geoffrey, Kate for Katherine), case, accents and styled
letters ignored, from ``--name``, ``outreach.sender_name`` or ``person.name``. Name
particles ("de", "van", "da", "von", ``name_particles``) are never taken for the name.
``pass`` with both, ``warn`` otherwise: LinkedIn shows your name and photo beside the note,
so a missing signature is worth improving, never a failure. When no sender name is known, a
capitalised word after the sign-off counts as the name, and the message says the name was
not checked.

Known limits: nicknames come from an English dataset; short forms in other languages
("Pepe" for José) are not known.

Why it matters
--------------
Write the ending first: a note that runs out of room loses its thank-you and signature, and
a note without them reads like an automated request. Your name at the end tells the reader
who is asking before they open your profile.

How to fix
----------
End with a short thank-you and your first name ("Thanks, Ada"), written first so it is never
what gets cut.

Example
-------
``… Would you be up for a short call? Thanks!`` gives ``warn``: ``Ends with a thank-you
("Thanks") but not your name (Ada Example)``.
"""

from __future__ import annotations

import re

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.phrases import Hit
from presence_audit.text.quoting import quote

ID = "outreach.sign-off"
TITLE = "Note ends with a thank-you and your name"
CATEGORY = "outreach"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("note",)
OPTIONS = {
    "ending": Option(int, 60, "How many characters at the end of the note count as its ending."),
}

_MAX_WORDS_BEFORE = 2
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)?", re.UNICODE)


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    ending = note.ending(ctx.options["ending"])
    sign_offs = [h for h in note.find("sign_offs", ending) if _opens_its_sentence(note, h)]
    evidence = [Evidence(f"ending: {note.quote(ending)}")]
    if note.sender_name:
        names = note.find_terms(signature_names(note), ending)
        return _judge(sign_offs, names, note.sender_name, evidence)
    return _judge_without_name(note, ending, sign_offs, evidence)


def signature_names(note: _note.Note) -> tuple[str, ...]:
    """Every way the sender may sign: each part of their name (not particles such as "de"),
    and the usual short and long forms of their first name from the ``nicknames`` dataset
    (Geoff for Geoffrey, Kate for Katherine)."""
    assert note.sender_name is not None
    parts = _note.name_parts(note.sender_name, note.phrases.get("name_particles"))
    return (*parts, *(parts and nickname_forms(parts[0])))


def nickname_forms(first: str) -> tuple[str, ...]:
    from presence_audit.text.nicknames import forms_of

    return forms_of(first)


def _opens_its_sentence(note: _note.Note, hit: Hit) -> bool:
    """A sign-off starts its sentence, after at most a word or two ("Thanks, Ada", "I really
    appreciate it"); "best" in "…about best practices?" is part of a question."""
    sentence = note.sentence_of(hit)
    return len(note.text[sentence.start:hit.start].split()) <= _MAX_WORDS_BEFORE


def _judge(sign_offs: list[Hit], names: list[Hit], sender: str,
           evidence: list[Evidence]) -> Finding:
    sign_off = sign_offs[-1].text if sign_offs else None
    name = names[-1].text if names else None
    data = {"sign_off": sign_off, "name": name, "sender_name": sender}
    if sign_off and name:
        return Finding(Outcome.PASS,
                       f"Ends with {quote(sign_off, keep_end=True)} and your name ({name})",
                       evidence=evidence, data=data)
    if name:
        return Finding(Outcome.WARN, f"Ends with your name ({name}) but no thank-you or sign-off",
                       fix=f'Add a thank-you before your name: "Thanks, {name}".',
                       evidence=evidence, data=data, score=0.5)
    if sign_off:
        first = next(iter(_note.name_parts(sender)), sender)
        return Finding(Outcome.WARN,
                       f"Ends with a thank-you ({quote(sign_off, keep_end=True)}) but not your "
                       "name "
                       f"({sender})",
                       fix=f'Sign with your name after the thank-you: "{sign_off}, {first}".',
                       evidence=evidence, data=data, score=0.5)
    return Finding(Outcome.WARN, f"No thank-you or sign-off and no name ({sender}) at the end",
                   fix=_FIX, evidence=evidence, data=data, score=0.5)


def _judge_without_name(note: _note.Note, ending: _note.Span, sign_offs: list[Hit],
                        evidence: list[Evidence]) -> Finding:
    after = sign_offs[-1].end if sign_offs else ending.start
    tail = note.text[after:ending.end]
    signature = [m.group(0) for m in _CAPITALISED.finditer(tail) if m.group(0)[0].isupper()]
    data = {"sign_off": sign_offs[-1].text if sign_offs else None,
            "name": signature[-1] if signature else None, "sender_name": None}
    unchecked = " (no sender name given: --name or outreach.sender_name checks it is yours)"
    if sign_offs and signature:
        return Finding(Outcome.PASS,
                       f"Ends with {quote(sign_offs[-1].text, keep_end=True)} and a name "
                       f"({signature[-1]}){unchecked}", evidence=evidence, data=data)
    if sign_offs:
        return Finding(Outcome.WARN,
                       f"Ends with a thank-you ({quote(sign_offs[-1].text, keep_end=True)}) "
                       f"but no name after it{unchecked}", fix="Sign with your first name after "
                       "the thank-you.", evidence=evidence, data=data, score=0.5)
    return Finding(Outcome.WARN, "No thank-you or sign-off at the end", fix=_FIX,
                   evidence=evidence, data=data, score=0.5)


_FIX = how_to_fix(__doc__)
