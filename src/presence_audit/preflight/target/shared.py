"""What you share with the person you are about to contact, and lines to open a note with.

Compared: employers (with the years each of you was there, so "we overlapped" is only said
when the years do overlap), schools, city and topics — their listed skills or topics that
your own profile text mentions, and your configured context that their page mentions.
Organisation names are compared loosely: case, accents, punctuation, legal suffixes ("Inc",
"Lda.") and the language of "University of" are ignored ("Universidade do Porto" is the
"University of Porto"), then a close fuzzy match (``rapidfuzz``) is accepted.

The opening lines are suggestions for you to adapt; they are printed, never sent anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from presence_audit.config.load import LoadedConfig
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import JSONDict
from presence_audit.preflight.target.facts import Affiliation, Facts, TextBlock, year_of
from presence_audit.text.folding import fold
from presence_audit.text.phrases import phrase_pattern

FUZZY_MATCH = 92
"""rapidfuzz token-sort ratio from which two organisation names are the same organisation."""
MAX_TOPICS = 5

_LEGAL = frozenset({"inc", "ltd", "llc", "gmbh", "sa", "lda", "bv", "plc", "corp", "co",
                    "company", "limited", "ag", "srl", "sl", "oy", "ab", "as"})
_STOP = frozenset({"of", "the", "do", "da", "de", "di", "der", "des", "del", "la", "le"})
_UNIVERSITY = frozenset({"universidade", "universidad", "universitat", "universite",
                         "universita", "universiteit", "uniwersytet", "univ"})


def org_key(name: str) -> str:
    """A comparable form of an organisation's name."""
    words = re.findall(r"\w+", fold(name))
    kept = ["university" if w in _UNIVERSITY else w for w in words
            if w not in _LEGAL and w not in _STOP]
    return " ".join(kept)


def same_org(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    key_a, key_b = org_key(a), org_key(b)
    if not key_a or not key_b:
        return False
    return key_a == key_b or fuzz.token_sort_ratio(key_a, key_b) >= FUZZY_MATCH


@dataclass(frozen=True)
class Shared:
    """One thing you have in common: what it is on their side and on yours."""

    kind: str
    """``employer``, ``school``, ``city`` or ``topic``."""
    theirs: str
    yours: str
    detail: str = ""
    overlap: tuple[int, int] | None = None

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.theirs, self.yours)))

    def to_dict(self) -> JSONDict:
        return {"kind": self.kind, "theirs": self.theirs, "yours": self.yours,
                "detail": self.detail,
                "overlap": list(self.overlap) if self.overlap else None}


def _span(entry: Affiliation, this_year: int) -> tuple[int, int] | None:
    if entry.start is None:
        return None
    end = this_year if entry.current else (entry.end if entry.end is not None else entry.start)
    return entry.start, end


def _overlap(mine: Affiliation, theirs: Affiliation, this_year: int) -> tuple[int, int] | None:
    a, b = _span(mine, this_year), _span(theirs, this_year)
    if a is None or b is None:
        return None
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else None


def _years(overlap: tuple[int, int]) -> str:
    return str(overlap[0]) if overlap[0] == overlap[1] else f"{overlap[0]}–{overlap[1]}"


def _affiliations(kind: str, mine: Sequence[Affiliation], theirs: Sequence[Affiliation],
                  this_year: int) -> Iterator[Shared]:
    for their in theirs:
        matches = [m for m in mine if same_org(m.name, their.name)]
        if not matches:
            continue
        # Prefer your entry that says when you were there: it decides "at the same time".
        matches.sort(key=lambda m: m.start is None)
        best = max(matches, key=lambda m: _overlap(m, their, this_year) is not None)
        overlap = _overlap(best, their, this_year)
        yours, them = best.years(), their.years()
        if overlap is not None:
            detail = f"at the same time, {_years(overlap)} (you: {yours} · them: {them})"
        elif yours and them:
            detail = f"not at the same time (you: {yours} · them: {them})"
        else:
            detail = "years not known for both of you"
        yield Shared(kind, their.name, best.name, detail, overlap)


def _city(mine: str | None, theirs: str | None) -> Shared | None:
    if not mine or not theirs:
        return None
    city = mine.split(",")[0].strip()
    pattern = phrase_pattern([fold(city)])
    if pattern is None or not pattern.search(fold(theirs)):
        return None
    return Shared("city", theirs, city, f"you are both in {city}")


def _mentions(terms: Iterable[str], texts: Iterable[TextBlock | str]) -> list[str]:
    """The ``terms`` that appear (as whole words, hyphens as spaces) in ``texts``."""
    corpus = " ".join(fold(t.text if isinstance(t, TextBlock) else t) for t in texts)
    corpus = corpus.replace("-", " ")
    found = []
    for term in terms:
        pattern = phrase_pattern([fold(term).replace("-", " ")])
        if pattern is not None and pattern.search(corpus):
            found.append(term)
    return found


def shared_context(me: Facts, them: Facts, *, this_year: int | None = None) -> list[Shared]:
    """Employers, schools, city and topics you and they have in common, in that order."""
    year = this_year or dt.datetime.now(dt.timezone.utc).year
    shared = [*_affiliations("employer", me.employers, them.employers, year),
              *_affiliations("school", me.schools, them.schools, year)]
    city = _city(me.location, them.location)
    if city is not None:
        shared.append(city)
    named = {fold(s.theirs) for s in shared} | {fold(s.yours) for s in shared}
    topics = _mentions(them.topics, [*me.texts, *me.topics])
    topics += _mentions([t for t in me.topics if t not in topics], them.texts)
    for topic in list(dict.fromkeys(topics))[:MAX_TOPICS]:
        if fold(topic) not in named:
            shared.append(Shared("topic", topic, topic, "you both work on it"))
    return shared


def opening_lines(shared: Sequence[Shared], them: Facts) -> list[str]:
    """Suggested first lines, one per kind of thing you share, for you to adapt."""
    hi = f"Hi {them.first_name}," if them.first_name else "Hi,"
    lines: list[str] = []
    topics = [s.theirs for s in shared if s.kind == "topic"]
    for item in shared:
        if item.kind == "employer":
            lines.append(f"{hi} we overlapped at {item.theirs} ({_years(item.overlap)}) — …"
                         if item.overlap else
                         f"{hi} I see we have both worked at {item.theirs} — …")
        elif item.kind == "school":
            lines.append(f"{hi} fellow {item.theirs} alum here — we were there at the same "
                         f"time ({_years(item.overlap)}). …" if item.overlap else
                         f"{hi} fellow {item.theirs} alum here — …")
        elif item.kind == "city":
            lines.append(f"{hi} I'm also based in {item.yours} — …")
    if topics:
        lines.append(f"{hi} I enjoyed reading about your work on {' and '.join(topics[:2])} "
                     "— …")
    return lines


def terms_of(shared: Iterable[Shared]) -> list[str]:
    """Every spelling of what you share, for ``outreach.context`` to recognise in the note."""
    return list(dict.fromkeys(t for s in shared for t in s.terms))


def _entries(value: object) -> list[Mapping[str, Any]]:
    """The mappings in a list from an artifact; anything else in it is not an entry."""
    return [e for e in value if isinstance(e, Mapping)] if isinstance(value, list) else []


def my_facts(loaded: LoadedConfig, linkedin: Artifact | None) -> Facts:
    """You, from the config and, when it was obtained, your ``linkedin`` artifact."""
    person = loaded.config.person
    employers: list[Affiliation] = []
    schools: list[Affiliation] = []
    texts: list[TextBlock] = []
    location = person.location
    if linkedin is not None and linkedin.status is ArtifactStatus.OK:
        data = linkedin.data
        positions = _entries(data.get("positions"))
        employers = [Affiliation(str(p["company"]), year_of(p.get("started_on")),
                                 year_of(p.get("finished_on")), bool(p.get("current")))
                     for p in positions if p.get("company")]
        schools = [Affiliation(str(e["school"]), year_of(e.get("started_on")),
                               year_of(e.get("finished_on")))
                   for e in _entries(data.get("education")) if e.get("school")]
        texts = [TextBlock(where, str(data[key])) for key, where in (
            ("headline", "your headline"), ("summary", "your summary")) if data.get(key)]
        texts += [TextBlock("your experience", str(p["description"]))
                  for p in positions if p.get("description")]
        given = data.get("location")
        location = location or (given if isinstance(given, str) else None)
    # Configured context may name employers, schools or topics: try it as each.
    context = [Affiliation(c) for c in person.context]
    topics = [*person.context, *([person.profession] if person.profession else [])]
    return Facts(source="you", name=person.name, headline=person.profession, location=location,
                 employers=(*employers, *context), schools=(*schools, *context),
                 topics=tuple(topics), texts=tuple(texts))
