"""The phrase lists the outreach checks look for, and how a note is matched against them.

The lists live in YAML files, one per language, in the ``phrase_data`` folder next to this module;
every file there is loaded and merged, so the checks understand a note in any of those
languages without guessing which one it is written in. Users add their own files through
``outreach.phrase_files``; the note collector reads those into the ``note`` artifact, so a
replayed artifact is judged with the phrases it was judged with.

Matching is forgiving where people are inconsistent and strict where words are: case, accents and
the style of apostrophes are ignored ("I’d", "i'd"), runs of whitespace match one space, and a
phrase only matches whole words ("call" does not match "so-called"); "I m" typed without its
apostrophe reads as "I'm", texting shorthand ("u", "ur") as the words, and Cyrillic letters drawn
like Latin ones inside a Latin word ("Wе organize") as the Latin letters. Every hit maps back to the
exact characters of the original note, so findings can quote them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from presence_audit.core.fileio import checksum
from presence_audit.text.folding import fold, fold_char

KINDS: tuple[str, ...] = (
    "greetings",
    "sign_offs",
    "postscripts",
    "compliments",
    "shared_context",
    "known",
    "meeting_at",
    "possessives",
    "reader_work",
    "profile_words",
    "intros",
    "not_intros",
    "conversation",
    "proposals",
    "invitations",
    "not_asks",
    "reasons",
    "bare_reasons",
    "pleasantries",
    "templates",
    "mass_openers",
    "pleasantry_openers",
    "bare_connects",
    "connect_words",
    "superlatives",
    "placeholder_words",
    "abbreviations",
    "name_particles",
    "first_person",
    "third_person",
    "offers",
    "contacts",
    "headline_prepositions",
    "headline_defaults",
    "student_words",
    "role_nouns",
    "role_subjects",
    "here_words",
    "not_self_words",
    "conditionals",
    "openings",
    "headline_offers",
    "professions",
    "contrary_markers",
    "dot_words",
    "at_words",
    "tlds",
    "not_domains",
    "activity_subjects",
    "progressive_subjects",
    "perfect_subjects",
    "not_activity_participles",
    "irregular_participles",
    "participle_endings",
    "activity_adverbs",
    "not_activity_verbs",
    "thanks_for",
    "shared_interests",
    "inverted_questions",
    "question_words",
    "offer_verbs",
    "role_endings",
    "exchanges",
    "topic_markers",
    "platforms",
    "through_words",
    "subjectless_endings",
    "negations",
    "relative_you",
    "perception_verbs",
    "use_verbs",
    "application_verbs",
    "participation_verbs",
    "event_words",
    "past_questions",
    "rhetorical_questions",
    "second_person",
    "shared_subjects",
    "complementizers",
    "reader_relations",
    "relation_links",
    "postposed_possessives",
    "request_markers",
    "acceptance_words",
    "not_requests",
)
"""Every list a phrase file may hold; ``language`` names the file's language."""

WILDCARD = "*"
"""In a phrase, ``*`` stands for up to three words: ``i came across * your profile``."""
ONE_WORD = "_"
"""In a phrase, ``_`` stands for exactly one word: ``i'm _ a`` ("I'm Ada, a …")."""
_WILDCARD_WORDS = 3

class PhraseFileError(ValueError):
    """A phrase file that does not have the expected shape; the message names the key."""


class Hit(NamedTuple):
    """One match: where it is in the original note, what it says there, what matched it."""

    start: int
    end: int
    text: str
    phrase: str


_UNMARKED_IM = re.compile(r"(?<![\w'])i m(?= )")
_TEXTING = (
    # "u", "ur", "u r", "r u", "iam": "you", "your", "you are", "are you", "i am", as typed in a
    # hurry ("Hope u r doing great", "I saw u were…", "loved ur post"). Only where nothing but a
    # space, a comma, "!" or "?" follows, so "U.S." and "u.a." stay as they are.
    (re.compile(r"(?<![\w'.&-])u(?=[\s,!?]|$)"), "you"),
    (re.compile(r"(?<![\w'.&-])ur(?=[\s,!?]|$)"), "your"),
    (re.compile(r"(?<![\w'.&-])you r(?= )"), "you are"),
    (re.compile(r"(?<![\w'.&-])r you(?![\w'])"), "are you"),
    (re.compile(r"(?<![\w'.&-])iam(?= )"), "i am"),  # "iam taking the course"
)
"""Shorthand that reads as the words: every phrase with "you" matches "u", "i am" "iam"."""
_LOOKALIKES = str.maketrans("аеорсухіјѕԁһӏ", "aeopcyxijsdhl")
"""Cyrillic letters drawn like Latin ones (after case folding): "Wе organize" typed with a
Cyrillic "е" to slip past filters reads as "we organize"."""
_MIXED_WORD = re.compile(r"\w*[a-z]\w*")


class FoldedText(NamedTuple):
    """A note's folded form with a map back to the original, so hits quote the original."""

    original: str
    folded: str
    origin: tuple[int, ...]
    """For each folded character, the index of the original character it came from."""

    @classmethod
    def of(cls, text: str) -> FoldedText:
        parts: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            folded = fold_char(char)
            parts.append(folded)
            origin.extend([index] * len(folded))
        # "I m looking for" is "I'm" typed without its apostrophe; the same length, so the
        # map back to the original holds.
        joined = _UNMARKED_IM.sub("i'm", "".join(parts))
        if not joined.isascii():
            # Only inside a word that also has Latin letters: Russian text stays Russian.
            joined = _MIXED_WORD.sub(_latin_lookalikes, joined)
        if "u" in joined or "iam" in joined:
            for pattern, word in _TEXTING:
                joined, origin = _expand(joined, origin, pattern, word)
        return cls(original=text, folded=joined, origin=tuple(origin))

    def without(self, spans: Iterable[tuple[int, int]]) -> FoldedText:
        """The same text with the folded ``spans`` left out of its folded form; hits across a
        gap still quote the original with what was left out ("Thanks Sam for")."""
        keep = [True] * len(self.folded)
        for start, end in spans:
            keep[start:end] = [False] * (end - start)
        folded = "".join(c for c, k in zip(self.folded, keep, strict=True) if k)
        origin = tuple(o for o, k in zip(self.origin, keep, strict=True) if k)
        return FoldedText(self.original, folded, origin)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the folded span ``[start, end)``."""
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else len(self.original)
            return position, position
        first = self.origin[start]
        last = self.origin[end - 1] + 1
        # Combining marks folded away belong to the character before them.
        while last < len(self.original) and unicodedata.combining(self.original[last]):
            last += 1
        return first, last

    def hit(self, match: re.Match[str], phrase: str | None = None,
            group: int | str = 0) -> Hit:
        """The original text of ``match`` (or of one of its groups) as a hit."""
        start, end = self.span(match.start(group), match.end(group))
        return Hit(start, end, self.original[start:end], phrase or match.group(group))


def _latin_lookalikes(match: re.Match[str]) -> str:
    """A word with Latin letters, its Cyrillic look-alikes read as the Latin letters they
    imitate (one character for one, so the map back to the original holds)."""
    return match.group().translate(_LOOKALIKES)


def _expand(folded: str, origin: list[int], pattern: re.Pattern[str],
            word: str) -> tuple[str, list[int]]:
    """``folded`` with every match of ``pattern`` replaced by ``word``, and the map back to
    the original kept: the longer word's characters all come from the shorthand's."""
    if pattern.search(folded) is None:
        return folded, origin
    parts: list[str] = []
    mapped: list[int] = []
    last = 0
    for match in pattern.finditer(folded):
        parts.append(folded[last:match.start()])
        mapped.extend(origin[last:match.start()])
        parts.append(word)
        sources = origin[match.start():match.end()]
        mapped.extend(sources[min(i, len(sources) - 1)] for i in range(len(word)))
        last = match.end()
    parts.append(folded[last:])
    mapped.extend(origin[last:])
    return "".join(parts), mapped


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any of the (folded) ``phrases`` as whole words, longest first."""
    alternatives = [_phrase_regex(p) for p in _longest_first(phrases)]
    if not alternatives:
        return None
    return re.compile("|".join(alternatives))


def _longest_first(phrases: Iterable[str]) -> list[str]:
    # Longest first, so "thank you very much" wins over "thank you"; then alphabetical, so the
    # order (and which of two equally long phrases is quoted) never depends on hashing.
    return sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))


def _phrase_regex(phrase: str) -> str:
    words = phrase.split()
    pieces = []
    for index, word in enumerate(words):
        if word == WILDCARD:
            pieces.append(rf"(?:\S+\s+){{0,{_WILDCARD_WORDS}}}?")
        elif word == ONE_WORD:
            pieces.append(r"\S+\s+")
        else:
            pieces.append(re.escape(word) + (r"\s+" if index < len(words) - 1 else ""))
    body = "".join(pieces)
    before = r"(?<!\w)" if phrase[0].isalnum() else ""
    after = r"(?!\w)" if phrase[-1].isalnum() else ""
    return f"{before}{body}{after}"


class _Matcher:
    """One kind's phrases, each with a word the text must contain for the phrase to match.

    Compiling a kind's whole alternation costs far more than matching it (a few thousand
    phrases across the languages, tens of milliseconds), while a note contains the key word of
    only a handful. So each text gets a pattern of just the phrases whose key word it contains,
    in the same longest-first order: an alternative that can match nowhere in the text changes
    nothing about which one matches where, so the hits are exactly those of the full pattern.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.alternatives = tuple((_key_word(p), p) for p in _longest_first(phrases))

    def pattern_for(self, folded: str) -> re.Pattern[str] | None:
        chosen = tuple(phrase for key, phrase in self.alternatives if key in folded)
        return _compiled(chosen) if chosen else None


def present(phrases: Iterable[str], folded: str) -> tuple[str, ...]:
    """The ``phrases`` (in their order) whose key word occurs in the ``folded`` text: the only
    ones a pattern built for that text needs, as no other can match anywhere in it."""
    return tuple(p for p in phrases if _key_word(p) in folded)


@lru_cache(maxsize=8192)
def _key_word(phrase: str) -> str:
    """The phrase's longest literal word: the likeliest to be absent from a text."""
    return max((w for w in phrase.split() if w not in (WILDCARD, ONE_WORD)), key=len, default="")


@lru_cache(maxsize=1024)
def _compiled(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(_phrase_regex, phrases)))


@dataclass(frozen=True)
class Phrasebook:
    """Folded phrase lists by kind (see ``KINDS``)."""

    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, kind: str) -> tuple[str, ...]:
        return self.lists.get(kind, ())

    def merged(self, extra: Mapping[str, Sequence[str]]) -> Phrasebook:
        """These lists plus ``extra`` (already validated), each phrase once."""
        if not extra:
            return self
        combined = {kind: list(self.get(kind)) for kind in KINDS}
        for kind, phrases in extra.items():
            combined[kind] = list(dict.fromkeys([*combined[kind], *map(fold, phrases)]))
        return Phrasebook({kind: tuple(values) for kind, values in combined.items() if values})

    @cached_property
    def _matchers(self) -> dict[str, _Matcher]:
        return {}

    @cached_property
    def _first_words(self) -> dict[str, frozenset[str]]:
        return {}

    def first_words(self, kind: str) -> frozenset[str]:
        """The words a phrase of ``kind`` can start with: a cheap test before a search, which
        compiles a pattern of the kind's phrases."""
        cache = self._first_words
        if kind not in cache:
            cache[kind] = frozenset(p.split()[0] for p in self.get(kind) if p.split())
        return cache[kind]

    def _matcher(self, kind: str) -> _Matcher:
        """A kind's matcher, built on first use: a note's lint needs a few of the kinds."""
        matchers = self._matchers
        if kind not in matchers:
            matchers[kind] = _Matcher(self.get(kind))
        return matchers[kind]

    def find(
        self, kind: str, text: FoldedText, start: int = 0, end: int | None = None
    ) -> list[Hit]:
        """Every phrase of ``kind`` in the original span ``[start, end)`` of ``text``."""
        pattern = self._matcher(kind).pattern_for(text.folded)
        if pattern is None:
            return []
        end = len(text.original) if end is None else end
        hits = (text.hit(m) for m in pattern.finditer(text.folded))
        return [h for h in hits if h.start >= start and h.end <= end]


def parse_phrase_file(data: Any, where: str) -> dict[str, list[str]]:
    """Validate a loaded phrase file: a mapping of known kinds to lists of phrases."""
    if not isinstance(data, dict):
        raise PhraseFileError(f"{where}: must be a mapping of phrase lists (sign_offs: […])")
    lists: dict[str, list[str]] = {}
    for key, value in data.items():
        if key == "language":
            if not isinstance(value, str):
                raise PhraseFileError(f"{where}: language must be a string")
            continue
        if key not in KINDS:
            raise PhraseFileError(
                f"{where}: unknown list {key!r}; known lists: {', '.join(KINDS)}"
            )
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise PhraseFileError(f"{where}: {key} must be a list of non-empty strings")
        lists[key] = [" ".join(v.split()) for v in value]
    return lists


COMPILED = "compiled.json"
"""The bundled phrase files merged and folded, with a digest of the files it was made from.

Building the lists from YAML (parsing ~3,500 nodes in Python, folding each phrase) took
~25 ms of every ``note``; reading them from JSON takes ~1 ms. When a phrase file changes and
the compiled copy was not remade, the digest no longer matches and the files are read
instead, so a new or edited language file always counts; a test keeps the copy current.
"""


@lru_cache(maxsize=1)
def bundled() -> Phrasebook:
    """Every phrase file shipped in the package, merged."""
    sources = _bundled_sources()
    compiled = _read_compiled(_digest(sources))
    return Phrasebook(compiled) if compiled is not None else _from_sources(sources)


def compiled_text() -> str:
    """What ``compiled.json`` holds for the phrase files as they are now."""
    sources = _bundled_sources()
    lists = {kind: list(values) for kind, values in _from_sources(sources).lists.items()}
    return json.dumps({"digest": _digest(sources), "lists": lists}, ensure_ascii=False,
                      indent=0) + "\n"


def _data_folder() -> Path:
    # The package is installed as plain files (wheel or editable), as the demo's folder is;
    # importlib.resources would bring its zip-archive readers into every note's start-up.
    return Path(__file__).with_name("phrase_data")


def _bundled_sources() -> list[tuple[str, str]]:
    entries = sorted(_data_folder().iterdir(), key=lambda e: e.name)
    return [(e.name, e.read_text(encoding="utf-8")) for e in entries if e.name.endswith(".yaml")]


def _digest(sources: Sequence[tuple[str, str]]) -> str:
    return " ".join(f"{name}:{checksum(text)}" for name, text in sources)


def _read_compiled(digest: str) -> dict[str, tuple[str, ...]] | None:
    try:
        data = json.loads(_data_folder().joinpath(COMPILED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("digest") != digest:
        return None
    return {kind: tuple(values) for kind, values in data["lists"].items()}


def _from_sources(sources: Sequence[tuple[str, str]]) -> Phrasebook:
    from presence_audit.core.safe_yaml import safe_load

    book = Phrasebook()
    for name, text in sources:
        book = book.merged(parse_phrase_file(safe_load(text), f"phrase_data/{name}"))
    return book
