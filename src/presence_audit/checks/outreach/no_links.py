"""Checks that the note carries no links, web addresses or e-mail addresses.

What it checks
--------------
Links (``https://…``, ``www.…``), bare domains (``adaexample.dev``, ``acme.io/jobs``) and
addresses broken up to slip past filters: spaces around the dot (``example . com``), the dot
spelled out or bracketed (``example dot com``, ``example[.]com``, ``example (dot) com``, also
``ponto``, ``punto``, ``punkt``). ``fail`` on any of those, quoting each. E-mail addresses,
plain or spelled out (``ada [at] example dot com``), are a ``warn`` — or fine with
``allow_email``.

A domain is a word, a dot and a known ending: the phrase files' ``tlds`` (the common generic
endings and the country codes of each language) — so "Node.js" is not one, and names like
"ASP.NET" or "Booking.com" listed under ``not_domains`` are left alone. A full stop that ends
a sentence is not a dot in an address: one followed by a capitalised word ("…at PyCon.In
2019…", "I'm a dev. Design is…") or, after a space, by a sentence that goes on ("…your post.
blog posts like…").

Why it matters
--------------
Links do not work in a connection note: they arrive as plain text. Addresses broken up with
spaces or "dot" are what spam looks like, and a link from a stranger reads as a sales pitch
or phishing — the opposite of the trust a first note should build. Your profile already
links your site; the recipient will find it there.

How to fix
----------
Remove the address. If the person should see something, say what it is ("my write-up on
streaming tests is on my profile") and share the link after they accept.

Example
-------
``Check out my site: adaexample . dev`` gives ``fail``: ``The note contains 1 address: an
address broken up with spaces "adaexample . dev"``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.phrases import FoldedText, Phrasebook
from presence_audit.text.quoting import quote

ID = "outreach.no-links"
TITLE = "No links or addresses in the note"
CATEGORY = "outreach"
SEVERITY = "high"
WEIGHT = 2
REQUIRES = ("note",)
OPTIONS = {
    "allow_email": Option(bool, False, "E-mail addresses pass instead of warning."),
}

KIND_LABELS = {
    "url": "a link",
    "domain": "a web address",
    "spaced": "an address broken up with spaces",
    "spelled": "an address with the dot spelled out or bracketed",
    "email": "an e-mail address",
    "hidden-email": "an e-mail address disguised to slip past filters",
}

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"]+")
_TRAILING = ".,;:!?)]}'\"”’…"
_OPEN = r"[\[\(\{<]"
_CLOSE = r"[\]\)\}>]"
_MAX_LABELS = 6
"""Labels in a host, its ending included (``www.blog.example.co.uk`` has five)."""
_SENTENCE_GOES_ON = re.compile(r"[ \t]+[^\W\d_]")
_WORD = re.compile(r"[\w-]+")
_LONG_TLD = 3
"""Endings at least this long are trusted after ". " (``example. com``); shorter are words."""


class Address(NamedTuple):
    kind: str
    start: int
    end: int
    text: str


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _patterns(phrases: Phrasebook,
              text: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(host-like address, e-mail) patterns for these phrase lists' words and the endings that
    occur in ``text``; None when none does, since every address needs one.

    An ending only ever matches a whole word (a separator before it, no letter, digit or
    hyphen after it), so leaving out the endings the text lacks finds the same addresses —
    and spares compiling an alternation of several hundred endings for every note.
    """
    words = set(_WORD.findall(text))
    endings = tuple(ending for ending in phrases.get("tlds") if ending in words)
    if not endings:
        return None
    return _compile(phrases.get("dot_words"), phrases.get("at_words"), endings)


@lru_cache(maxsize=64)
def _compile(dot_words: tuple[str, ...], at_words: tuple[str, ...],
             endings: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    dots = _alternatives(dot_words)
    ats = _alternatives(at_words)
    tlds = _alternatives(endings)
    long_tlds = _alternatives(tuple(t for t in endings if len(t) >= _LONG_TLD))
    separator = (
        rf"(?:\.(?!\s)"
        rf"|\s*{_OPEN}\s*(?:\.|{dots})\s*{_CLOSE}\s*"
        rf"|\s+(?:{dots})\s+"
        rf"|\s+\.\s*"
        rf"|\.\s+(?=(?:{long_tlds})(?![\w-])))"
    )
    # At most _MAX_LABELS labels: real hosts have few, and an unbounded repeat would make a
    # long run like "a . a . a . …" cost quadratic time to reject.
    host = (rf"{_LABEL}(?:{separator}{_LABEL}){{0,{_MAX_LABELS - 2}}}{separator}(?:{tlds})"
            rf"(?![\w-])(?:/[^\s]*)?")
    # Only a bracketed "at" makes an address: "more at adaexample dot com" is a sentence
    # around a spelled-out domain, which the host pattern reports on its own.
    hidden_at = rf"\s*{_OPEN}\s*(?:@|{ats})\s*{_CLOSE}\s*"
    return (re.compile(rf"(?<![\w@.-]){host}"),
            re.compile(rf"(?<![\w.+-])[\w.+-]+(?:\s*@\s*|{hidden_at}){host}"))


def find_addresses(note: _note.Note) -> list[Address]:
    """Every link, domain and e-mail address in the note, in order, none overlapping."""
    folded = note.folded
    patterns = _patterns(note.phrases, folded.folded)
    dots = set(note.phrases.get("dot_words"))
    found: list[Address] = []

    def add(kind: str, match: re.Match[str]) -> None:
        hit = folded.hit(match)
        text = hit.text.rstrip(_TRAILING)
        end = hit.start + len(text)
        if any(a.start < end and hit.start < a.end for a in found):
            return
        found.append(Address(kind, hit.start, end, text))

    if patterns is None:
        for match in _URL.finditer(folded.folded):
            add("url", match)
        return found
    hosts, emails = patterns
    for match in emails.finditer(folded.folded):
        plain = re.fullmatch(r"[\w.+-]+@[\w.-]+(?:/\S*)?", match.group(0))
        add("email" if plain else "hidden-email", match)
    for match in _URL.finditer(folded.folded):
        add("url", match)
    not_domains = set(note.phrases.get("not_domains"))
    for candidate in hosts.finditer(folded.folded):
        host = _before_sentence_starts(hosts, folded, candidate)
        if host is None:
            continue
        kind = _host_kind(host.group(0), dots)
        if kind == "domain" and host.group(0).split("/", maxsplit=1)[0] in not_domains:
            continue
        if kind != "domain" and not re.match(r"\w\w", host.group(0)):
            continue
        add(kind, host)
    return sorted(found, key=lambda a: a.start)


def _before_sentence_starts(hosts: re.Pattern[str], folded: FoldedText,
                            match: re.Match[str]) -> re.Match[str] | None:
    """The host without the sentences it runs into ("talk.In 2019", "a dev. Design …"): what
    comes before such a full stop may still be an address ("ada.dev. Design")."""
    current: re.Match[str] | None = match
    while current is not None:
        dot = _sentence_start(folded, current)
        if dot is None:
            return current
        current = hosts.match(folded.folded, current.start(), dot)
    return None


def _sentence_start(folded: FoldedText, match: re.Match[str]) -> int | None:
    """Where the host's last dot is when it ends a sentence rather than leads to an ending.

    That is when a capitalised word follows the dot ("talk.In 2019", "a dev. Design …"), or
    a lower-case word after a space that the sentence goes on from ("my post. blog posts
    like …"). Only a plain dot counts: "example . Com" and "example Dot Com" are deliberate.
    """
    host = match.group(0)
    if "/" in host:
        return None
    dot = host.rfind(".")
    if dot <= 0 or not host[dot - 1].isalnum():
        return None
    start, end = folded.span(match.start() + dot + 1, match.end())
    after_dot = folded.original[start:end]
    ending = after_dot.strip()
    if ending[:1].isupper() and not ending.isupper():
        return match.start() + dot
    if after_dot[:1].isspace() and _SENTENCE_GOES_ON.match(folded.original, end):
        return match.start() + dot
    return None


def _hides_dot(text: str, dots: set[str]) -> bool:
    """Brackets or a spelled-out dot: ``example[.]com``, ``example dot com``."""
    return bool(re.search(rf"{_OPEN}|{_CLOSE}", text)) or any(
        word in dots for word in re.findall(r"\w+", text))


def _host_kind(text: str, dots: set[str]) -> str:
    host = text.split("/", maxsplit=1)[0]
    if _hides_dot(host, dots):
        return "spelled"
    if re.search(r"\s", host):
        return "spaced"
    return "domain"


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    addresses = find_addresses(note)
    allow_email: bool = ctx.options["allow_email"]
    data = {"addresses": [{"kind": a.kind, "text": a.text} for a in addresses]}
    evidence = [Evidence(f"{KIND_LABELS[a.kind]}: {quote(a.text, keep_end=True)}")
                for a in addresses]
    links = [a for a in addresses if a.kind != "email"]  # disguised addresses are links too
    emails = [a for a in addresses if a.kind == "email"]
    if links:
        return Finding(
            outcome=Outcome.FAIL,
            message=_describe(addresses),
            fix="Remove the address: links do not work in a connection note and read as spam. "
                "Say what to look at (\"my write-up is on my profile\") and share the link "
                "after they accept.",
            evidence=evidence,
            data=data,
        )
    if emails and not allow_email:
        return Finding(
            outcome=Outcome.WARN,
            message=_describe(emails),
            fix="Leave the e-mail address out: once they accept, you can message them, and an "
                "address in a first note reads like a sales pitch.",
            evidence=evidence,
            data=data,
            score=0.5,
        )
    message = "No links or web addresses in the note"
    if emails:
        message += f" (e-mail addresses allowed: {len(emails)})"
    return Finding(outcome=Outcome.PASS, message=message, evidence=evidence, data=data)


def _describe(addresses: list[Address]) -> str:
    noun = "address" if len(addresses) == 1 else "addresses"
    parts = "; ".join(f"{KIND_LABELS[a.kind]} {quote(a.text, keep_end=True)}" for a in addresses)
    return f"The note contains {len(addresses)} {noun}: {parts}"
