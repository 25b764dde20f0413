"""Checks that the note ends with a thank-you or sign-off and your name.

What it checks
--------------
The note's ending — its last ``ending`` characters — for a thank-you or sign-off from the
phrase files' ``sign_offs`` ("Thanks", "Best", "Thanks & Regards", "Obrigada", "Viele
Grüße", "Bien à vous") that opens its sentence, after a word or two at most ("I really
appreciate it"; not "best" in "any tips on best practices?"), with or without a comma, and for
the sender's name: any part of it, or a short or long form of the first name from the
``nicknames`` dataset (Geoff for Geoffrey, Kate for Katherine), case, accents and styled
letters ignored, from ``--name``, ``outreach.sender_name`` or ``person.name``; a beginning of
the first name of four letters or more ("Dina" for Dinakaran) and the name with or without a
space ("Pavan Sai", "Pavansai") count too. Name particles ("de", "van", "da", "von",
``name_particles``) are never taken for the name. A postscript after the signature ("P.S.",
"PD:", "Obs.:", ``postscripts``, or a last sentence in brackets) is not the ending, and a
sign-off right before the name counts where the ending starts after it. A run of spaces before
a capital is read as the line break an export flattened ("Reach us  Thanks Yasmin").
``pass`` with both, ``warn`` otherwise: LinkedIn shows your name and photo beside the note,
so a missing signature is worth improving, never a failure. When no sender name is known, a
capitalised word after the sign-off counts as the name — not one inside a question ("Gracias
por aceptar. ¿Cómo va todo en Acme?") nor a site (``platforms``: "merci de m'ajouter à votre
réseau LinkedIn") — and the message says the name was not checked.

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
from itertools import pairwise

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.folding import fold
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
    ending = note.ending(ctx.options["ending"], end=_postscript_start(note))
    sign_offs = _sign_offs(note, ending)
    evidence = [Evidence(f"ending: {note.quote(ending)}")]
    if note.sender_name:
        names = note.find_terms(signature_names(note), ending)
        if names and not sign_offs:
            # A sign-off right before the name counts even where the ending's characters
            # run out before it ("Many thanks, Dinakaran Raj, Talent Acquisition, Acme").
            before = _note.Span(max(0, names[0].start - _LOOKBACK), names[0].start)
            sign_offs = _sign_offs(note, before)
        return _judge(sign_offs, names, note.sender_name, evidence)
    return _judge_without_name(note, ending, sign_offs, evidence)


_LOOKBACK = 30
"""How far before the name a sign-off is looked for when the ending starts after it."""


def _sign_offs(note: _note.Note, span: _note.Span) -> list[Hit]:
    return [h for h in note.find("sign_offs", span) if _opens_its_sentence(note, h)]


def _postscript_start(note: _note.Note) -> int | None:
    """Where a postscript after the signature starts: a last sentence that opens with
    ``postscripts`` ("P.S.", "PS:", "Note:", "PD:", "Obs.") or is all in brackets ("(check my
    profile for more)"). The signature is what comes before it."""
    sentences = note.sentences()
    if len(sentences) < 2:
        return None
    last = sentences[-1]
    text = note.text[last.start:last.end]
    if text.startswith("(") and text.rstrip(".").endswith(")"):
        return last.start
    folded = fold(text)
    for mark in note.phrases.get("postscripts"):
        if folded.startswith(mark) and not folded[len(mark):len(mark) + 1].isalnum():
            return last.start
    return None


_MIN_PREFIX = 4
"""Shortest beginning of a first name taken as a short form of it ("Alex", "Dina")."""


def signature_names(note: _note.Note) -> tuple[str, ...]:
    """Every way the sender may sign: each part of their name (not particles such as "de"),
    the usual short and long forms of their first name from the ``nicknames`` dataset
    (Geoff for Geoffrey, Kate for Katherine), a beginning of it of four letters or more
    ("Alex" for Alexander, "Dina" for Dinakaran), and the name written with or without a
    space ("Pavan Sai" for Pavansai, "Anne-Marie" for Annemarie)."""
    assert note.sender_name is not None
    parts = _note.name_parts(note.sender_name, note.phrases.get("name_particles"))
    if not parts:
        return ()
    first = parts[0]
    prefixes = tuple(first[:n] for n in range(_MIN_PREFIX, len(first)))
    joined = tuple(a + b for a, b in pairwise(parts))
    spaced = tuple(f"{p[:n]} {p[n:]}" for p in parts
                   for n in range(_MIN_NAME_PART, len(p) - _MIN_NAME_PART + 1))
    return (*parts, *nickname_forms(first), *prefixes, *joined, *spaced)


_MIN_NAME_PART = 2


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
    # A question is not a signature: "Gracias por aceptar. ¿Cómo va todo en Acme?" ends with
    # a name inside a question to the reader.
    questions = [s for s in note.sentences() if s.end > after
                 and _note.marked_as_question(note.text[s.start:s.end])]
    signature = [m.group(0) for m in _CAPITALISED.finditer(note.text, after, ending.end)
                 if m.group(0)[0].isupper() and not note.names_a_platform(fold(m.group(0)))
                 and not any(q.start <= m.start() < q.end for q in questions)]
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
