"""Who a search result is about: you (on your own pages or others'), a namesake, nobody — or unsure.

Each result gets one class and the evidence that decided it, tried in this order:

- ``namesake`` when its address is one you marked in ``person.not_me`` (a page and the pages
  under it, or a whole domain and its subdomains): your word beats every heuristic;
- ``owned`` when it is on your portfolio's site (its registrable domain, from the Public
  Suffix List bundled with ``tldextract``: ``blog.adaexample.dev`` is yours,
  ``adaexample.dev.evil.io`` never is) or shows one of your configured profiles;
- ``unrelated`` when none of your names appears in its title, snippet or address (names are
  matched by ``presence_audit.text.names``: case, accents, initials and aliases tolerated);
- ``about-you`` when it names you and mentions at least one context term (profession,
  location, ``person.context``: employers, schools, keywords);
- ``namesake`` when it names you, mentions none of that, and says something against it
  being you: another profession or a sign of another person's life (the phrase files'
  ``professions`` and ``contrary_markers``: "dentist", "painter", "obituary" …);
- ``unsure`` otherwise: your name and no evidence either way. It is shown for review and not
  counted as a namesake (``search.namesake-noise`` counts only contrary evidence).

Profile addresses compare without scheme, ``www.``, trailing slash or case.

With no context terms configured nothing can tell you from a namesake, so a result that
names you is ``about-you`` and says why. Classification is a pure function of the result and
the subject: saved artifacts are classified again with the configuration of the day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.core.model import JSONDict, Subject
from presence_audit.text import urls
from presence_audit.text.folding import fold
from presence_audit.text.names import NameMatch, match_name

OWNED = "owned"
ABOUT_YOU = "about-you"
UNSURE = "unsure"
NAMESAKE = "namesake"
UNRELATED = "unrelated"
CLASSES: tuple[str, ...] = (OWNED, ABOUT_YOU, UNSURE, NAMESAKE, UNRELATED)
"""Every class, in the order they are reported."""

_CONTRARY_SHOWN = 2
"""At most this many pieces of contrary evidence are quoted in the reason."""

PROFILE_LABELS = {"linkedin": "LinkedIn", "github": "GitHub"}

_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Classification:
    """A result's class and the evidence that decided it, as people read it."""

    label: str
    why: str

    def to_dict(self) -> JSONDict:
        return {"class": self.label, "why": self.why}


def _tokens(text: str) -> str:
    """Folded words joined by single spaces, padded, so phrases match on word boundaries."""
    return " " + " ".join(_TOKEN.findall(fold(text, apostrophes=False))) + " "


def _address_words(url: str) -> str:
    """The host and path of ``url`` as words: ``…/in/ada-example`` → ``… in ada example``."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    return f"{parts.hostname or ''} {unquote(parts.path)}"


class _NotMe(NamedTuple):
    entry: str
    host: str | None
    page: str | None

    @classmethod
    def parse(cls, entry: str) -> _NotMe:
        text = entry.strip()
        bare = text.split("://", 1)[-1]
        if "/" in bare.strip("/"):
            return cls(entry, None, urls.normalize_profile_url(
                text if "://" in text else f"https://{text}"))
        host = bare.strip("/").lower().removeprefix("www.")
        return cls(entry, host, None)

    def covers(self, url: str, normalized: str | None) -> bool:
        if self.page is not None:
            return normalized is not None and (
                normalized == self.page or normalized.startswith(self.page + "/"))
        try:
            host = (urlsplit(url.strip()).hostname or "").rstrip(".")
        except ValueError:
            return False
        return bool(self.host) and (host == self.host or host.endswith(f".{self.host}"))


class Classifier:
    """Classifies results for one subject; build it once and call it on every result."""

    def __init__(self, subject: Subject) -> None:
        self.subject = subject
        self.names = subject.names
        # The portfolio's site: its domain, or its own path on a shared site (medium.com/@ada).
        self.domain = urls.site_key(subject.portfolio_url) if subject.portfolio_url else None
        self.profiles = {PROFILE_LABELS.get(key, url): url
                         for key, url in subject.profile_urls.items()}
        terms = [subject.profession, subject.location, *subject.context]
        self.terms = [t.strip() for t in dict.fromkeys(t for t in terms if t and t.strip())]
        self.not_me = [_NotMe.parse(entry) for entry in subject.not_me if entry.strip()]
        self._seen: dict[tuple[str, str, str], Classification] = {}

    @classmethod
    def for_subject(cls, subject: Subject) -> Classifier:
        """The one classifier of ``subject`` in this process: the search checks of a run ask
        about the same results, and each answer is kept."""
        return _classifier(subject)

    def __call__(self, result: SearchResult) -> Classification:
        return self.classify(result.url, result.title, result.snippet)

    def classify(self, url: str, title: str = "", snippet: str = "") -> Classification:
        key = (url, title, snippet)
        known = self._seen.get(key)
        if known is None:
            known = self._seen[key] = self._classify(url, title, snippet)
        return known

    def _classify(self, url: str, title: str, snippet: str) -> Classification:
        normalized = urls.normalize_profile_url(url)
        for marked in self.not_me:
            if marked.covers(url, normalized):
                return Classification(NAMESAKE, f"you marked it as not you (not_me: "
                                                 f"{marked.entry})")
        owned = self._owned(url)
        if owned is not None:
            return Classification(OWNED, owned)
        lookalike = self._lookalike(url)
        found = match_name(f"{title}\n{snippet}", self.names) or match_name(
            _address_words(url), self.names)
        if found is None:
            return Classification(UNRELATED, "none of your names in its title, snippet or "
                                             "address" + lookalike)
        return self._by_context(found, f"{title}\n{snippet}\n{_address_words(url)}", lookalike)

    def _owned(self, url: str) -> str | None:
        if self.domain is not None and urls.same_site(url, self.domain):
            return f"on your site {self.domain}"
        for label, profile in self.profiles.items():
            if urls.profile_matches(url, profile):
                shown = urls.normalize_profile_url(profile) or profile
                return f"your {label} profile ({shown})" if label != profile else (
                    f"your profile {shown}")
        return None

    def _lookalike(self, url: str) -> str:
        if self.domain is None:
            return ""
        host = urls.registrable_domain(url)
        try:
            full = (urlsplit(url.strip()).hostname or "").lower()
        except ValueError:
            return ""
        # Your whole domain as labels of another site's host (adaexample.dev.evil.io), not
        # a mere substring: panda.dev does not imitate ada.dev.
        own_host = self.domain.split("/", 1)[0]
        if host is None or own_host == host or f".{own_host}." not in f".{full}.":
            return ""
        return f" — its address imitates your site {self.domain} but is on {host}"

    def _by_context(self, found: NameMatch, text: str, lookalike: str) -> Classification:
        named = found.describe()
        if not self.terms:
            return Classification(ABOUT_YOU, f"names you: {named}; no profession, location "
                                             "or context configured to tell namesakes apart"
                                  + lookalike)
        seen = [term for term in self.terms if mentions(text, term)]
        if seen:
            return Classification(ABOUT_YOU, f"names you: {named}, with "
                                             f"{', '.join(seen)}" + lookalike)
        shown = ", ".join(self.terms[:4]) + (", …" if len(self.terms) > 4 else "")
        contrary = self._contrary(text)
        if contrary:
            return Classification(NAMESAKE, f"names {named} but nothing of yours ({shown}) "
                                            f"and says {', '.join(contrary)}" + lookalike)
        return Classification(UNSURE, f"names {named}, but nothing of yours ({shown}) and "
                                      "nothing against it: check it yourself" + lookalike)

    def _contrary(self, text: str) -> list[str]:
        """What in the result speaks against it being you: another profession (the phrase
        files' ``professions``, unless it is part of your own profession or context) or a
        sign of another person's life (``contrary_markers``: "obituary", "née" …)."""
        from presence_audit.text.phrases import FoldedText, bundled

        book = bundled()
        folded = FoldedText.of(text)
        own = " ".join(_tokens(term) for term in self.terms)
        found = [h.text for h in book.find("professions", folded)
                 if _tokens(h.text) not in own]
        found += [h.text for h in book.find("contrary_markers", folded)]
        unique: dict[str, str] = {}
        for text_found in found:
            unique.setdefault(_tokens(text_found), " ".join(text_found.split()))
        return list(unique.values())[:_CONTRARY_SHOWN]


def mentions(text: str, term: str) -> bool:
    """True when ``term`` appears in ``text`` as whole words, ignoring case, accents and
    punctuation: ``adaexample_dev_2009`` is found in ``(adaexample_dev_2009)``."""
    needle = _tokens(term)
    return needle.strip() != "" and needle in _tokens(text)


def address_key(url: str) -> str:
    """``url`` as one address: scheme, ``www.``, fragment and a final slash do not count."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return url.strip()
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


@lru_cache(maxsize=8)
def _classifier(subject: Subject) -> Classifier:
    return Classifier(subject)


def classify(result: SearchResult, subject: Subject) -> Classification:
    """One result's class; for many results build a ``Classifier`` once instead."""
    return Classifier(subject)(result)


def annotate_lists(lists: Sequence[Mapping[str, Any]], subject: Subject) -> list[JSONDict]:
    """Result lists (as saved in ``serps`` data) with ``class`` and ``why`` on every result.

    Any earlier classification is replaced, so an artifact classified under an older
    configuration says what the current one concludes.
    """
    classifier = Classifier(subject)
    annotated: list[JSONDict] = []
    for item in lists:
        results = [
            {**result, **classifier(SearchResult.from_dict(result)).to_dict()}
            for result in item.get("results") or []
        ]
        annotated.append({**item, "results": results})
    return annotated
