"""Checks that the note is not a template, a mass mailing or a string of exclamations.

What it checks
--------------
- LinkedIn's default text and other stock requests ("I'd like to add you to my professional
  network", "please accept my connection request", "je me permets de vous ajouter") — the
  phrase files' ``templates``;
- mass-mail lines anywhere ("Dear Sir/Madam", "I came across your profile", "vi tu perfil", "ich bin
  auf Ihr Profil gestoßen") — ``mass_openers`` — unless the note names how you came to them right
  after ("I found your profile through my brother Pat", "via the dbt Slack", ``through_words``; not
  a site anyone uses: "through LinkedIn", ``platforms``); and wishes for the reader's well-being
  where the note opens with them ("hope you are well", "trust you are doing great", "hope your
  weekend was…", "espero que estés bien", "ich hoffe, Ihnen geht es gut") — ``pleasantry_openers``;
- a note with no content: fewer than two words besides the greeting (with the name it
  greets), the sign-off, your name, greeting questions and wishes ("how are you?", "hope you
  are well": ``pleasantries``, ``pleasantry_openers``) and connect-only lines (``not_asks``) —
  "Hi", ".", "Congratulations", "Hi Sam, How are you? Hope you & your family is safe" — or only
  a bare "Let's connect!" (``bare_connects``), or nothing but words that ask to connect ("Hi
  Sam, happy to connect with you", "Olá Sam, gostaria de me conectar com você",
  ``connect_words``);
- placeholders left in from a template: ``[Name]``, ``{company}``, ``{{first_name}}``,
  ``<Company>``, ``%NAME%``, ``XXX`` — brackets holding a word from ``placeholder_words`` or
  capitals, braces holding anything;
- flattery overload: more than ``max_superlatives`` superlatives ("amazing", "incredible",
  ``superlatives``);
- exclamation marks: a run such as "!!" or "!?!" (two separate "!" are fine), or more than
  ``max_exclamations`` in all.

``fail`` on a template, a mass-mail line, a placeholder or no content; ``warn`` on flattery or
exclamations; ``pass`` otherwise. Each finding quotes what it found.

Why it matters
--------------
People accept notes written for them. A template line, a "Dear Sir/Madam" or a forgotten
"[Name]" shows the note was sent to many; a pile of superlatives and exclamation marks reads
as a pitch. Either way the request looks automated and is ignored — or reported.

How to fix
----------
Replace stock lines with one sentence only this person could receive. Fill in or delete
every placeholder. Keep at most one or two compliments, specific rather than superlative
("your post on testing dbt models changed how we review PRs"), and one exclamation mark at
most.

Example
-------
``Dear [Name], I came across your profile and would like to connect.`` gives ``fail``:
``Reads as a template: placeholder "[Name]"; mass-mail opener "I came across your
profile"``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.quoting import quote

ID = "outreach.generic"
TITLE = "Note is written for this person"
CATEGORY = "outreach"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("note",)
OPTIONS = {
    "max_superlatives": Option(int, 2, "More superlatives than this is flattery overload."),
    "max_exclamations": Option(int, 3, "More exclamation marks than this is too many."),
}

_BRACED = re.compile(r"\{\{?[^{}\n]{1,40}\}\}?")
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,40})\]|<([^<>\n]{1,40})>")
_PERCENT = re.compile(r"%[A-Za-z_]{2,30}%")
_CROSSES = re.compile(r"(?<!\w)(?:XXX+|xxx+)(?!\w)")
_EXCLAMATION_RUN = re.compile(r"[!¡][!?¡¿]*[!¡]|[!¡]\?+|\?+[!¡]")


_MIN_CONTENT_WORDS = 2
_NO_CONTENT = ("greetings", "sign_offs", "pleasantries", "pleasantry_openers", "not_asks")
"""What says nothing of the sender or the reader: greetings, sign-offs, "how are you?", "hope
you are well", and lines that only connect ("nice to connect with you")."""
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _contentless(note: _note.Note) -> list[str]:
    """The note, quoted, when it says nothing beyond a greeting, a name and a sign-off ("Hi",
    ".", "Congratulations"), or only asks to connect ("Let's connect!", "Hola Sam, me
    gustaría conectar contigo."). The salutation, with the name it greets, is not content."""
    text = note.folded.folded
    spans = [(h.start, h.end) for kind in _NO_CONTENT for h in note.find(kind)]
    spans.append(note.salutation())
    keep = list(note.text)
    for start, end in spans:
        keep[start:end] = " " * (end - start)
    names = {fold(p) for p in _note.name_parts(note.sender_name or "")}
    words = [w for w in _WORD.findall(fold("".join(keep))) if w not in names]
    rest = " ".join(words)
    del text
    if len(words) < _MIN_CONTENT_WORDS or rest in set(note.phrases.get("bare_connects")):
        return [note.text.strip() or "(empty)"]
    # Every word only asks to connect: "I would like to connect with you", "Gostaria de me
    # conectar com você", "Ich würde mich gerne mit Ihnen vernetzen".
    if set(words) <= set(note.phrases.get("connect_words")):
        return [note.text.strip()]
    return []


_LABELS = {
    "empty": "no content",
    "template": "stock line",
    "mass_opener": "mass-mail opener",
    "placeholder": "placeholder",
    "superlative": "superlative",
    "exclamation": "exclamation marks",
}


class Problem(NamedTuple):
    kind: str
    text: str

    @property
    def label(self) -> str:
        return _LABELS[self.kind]


def placeholders(note: _note.Note) -> list[str]:
    """Template fields left in the note, as written."""
    words = set(note.phrases.get("placeholder_words"))
    # "[dot]" and "[at]" hide an address (outreach.no-links reports them), not a field.
    hiding = {".", "@", *note.phrases.get("dot_words"), *note.phrases.get("at_words")}
    found = [m.group(0) for m in _BRACED.finditer(note.text)]
    for match in _BRACKETED.finditer(note.text):
        inner = (match.group(1) or match.group(2)).strip()
        key = " ".join(fold(inner).replace("_", " ").split())
        if not key or key in hiding:
            continue
        tokens = key.split()
        if inner.isupper() or key in words or tokens[0] in words or " ".join(tokens[:2]) in words:
            found.append(match.group(0))
    found += [m.group(0) for m in _PERCENT.finditer(note.text)]
    found += [m.group(0) for m in _CROSSES.finditer(note.text)]
    return list(dict.fromkeys(found))


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    blocking = [Problem("template", h.text) for h in note.find("templates")]
    blocking += [Problem("mass_opener", h.text) for h in note.find("mass_openers")
                 if not note.found_through(h)]
    # "Hope you are well" is a mass opener where a note opens with it, not in a closing line.
    blocking += [Problem("mass_opener", h.text)
                 for h in note.find("pleasantry_openers", note.opening())]
    blocking += [Problem("empty", text) for text in _contentless(note)]
    blocking += [Problem("placeholder", text) for text in placeholders(note)]

    superlatives = [h.text for h in note.find("superlatives")]
    softer: list[Problem] = []
    if len(superlatives) > ctx.options["max_superlatives"]:
        softer += [Problem("superlative", text) for text in superlatives]
    runs = [m.group(0) for m in _EXCLAMATION_RUN.finditer(note.text)]
    marks = note.text.count("!") + note.text.count("¡")
    if runs or marks > ctx.options["max_exclamations"]:
        softer += [Problem("exclamation", text) for text in runs] or [
            Problem("exclamation", f"{marks} × !")]

    data = {
        "templates": [p.text for p in blocking if p.kind == "template"],
        "mass_openers": [p.text for p in blocking if p.kind == "mass_opener"],
        "placeholders": [p.text for p in blocking if p.kind == "placeholder"],
        "empty": any(p.kind == "empty" for p in blocking),
        "superlatives": superlatives,
        "exclamation_marks": marks,
    }
    evidence = [Evidence(f"{p.label}: {quote(p.text, keep_end=True)}")
                for p in blocking + softer]
    if blocking:
        return Finding(
            Outcome.FAIL, "Reads as a template: " + _list(blocking)
            + (f"; also {_list(softer)}" if softer else ""),
            fix="Replace stock lines with one sentence only this person could receive, and "
                "fill in or delete every placeholder.",
            evidence=evidence, data=data,
        )
    if softer:
        return Finding(
            Outcome.WARN, "Reads as a pitch: " + _list(softer),
            fix="Keep one specific compliment instead of several superlatives, and one "
                "exclamation mark at most.",
            evidence=evidence, data=data, score=0.5,
        )
    return Finding(Outcome.PASS, "No template lines, placeholders, flattery overload or "
                   "exclamation runs", data=data)


def _list(problems: list[Problem]) -> str:
    by_kind: dict[str, list[str]] = {}
    for problem in problems:
        by_kind.setdefault(problem.label, []).append(quote(problem.text, keep_end=True))
    return "; ".join(f"{label} {', '.join(texts)}" for label, texts in by_kind.items())
