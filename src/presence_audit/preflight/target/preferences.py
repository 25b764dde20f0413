"""How the person wants to be contacted, in their own words, with where they said it.

Nothing is paraphrased: each sentence that holds a phrase from ``contact_phrases.yaml`` is
shown as written, because "prefer email for first contact" and "email me" are different
requests and only the person's words settle which one they made. Links to booking pages
(Calendly, Cal.com, …) count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlsplit

from presence_audit.core.model import JSONDict
from presence_audit.preflight.target.facts import Facts
from presence_audit.text.folding import fold
from presence_audit.text.phrases import FoldedText, phrase_pattern

MAX_SENTENCE = 300
"""Longer "sentences" are page furniture without punctuation, not a stated preference."""

# A sentence ends at ".", "!" or "?" before a space or a line break — not at the dots inside
# "jordan@example.com", "cal.com/jordan" or "e.g." — or at a line break.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)\s+|\n+")


@dataclass(frozen=True)
class Preference:
    kind: str
    """``channel`` (how to reach them), ``boundary`` (what not to do) or ``booking``."""
    text: str
    where: str

    def to_dict(self) -> JSONDict:
        return {"kind": self.kind, "text": self.text, "where": self.where}


@dataclass(frozen=True)
class _Phrases:
    channel: re.Pattern[str] | None
    boundary: re.Pattern[str] | None
    booking_hosts: tuple[str, ...]


@lru_cache(maxsize=1)
def _phrases() -> _Phrases:
    from presence_audit.core.safe_yaml import safe_load

    text = files(__package__ or "presence_audit.preflight.target").joinpath("contact_phrases.yaml")
    data: dict[str, Any] = safe_load(text.read_text(encoding="utf-8"))
    return _Phrases(
        channel=phrase_pattern(fold(p) for p in data["channel"]),
        boundary=phrase_pattern(fold(p) for p in data["boundary"]),
        booking_hosts=tuple(data["booking_hosts"]),
    )


def find_preferences(facts: Facts) -> list[Preference]:
    """Stated contact preferences in the person's texts, then their booking links."""
    phrases = _phrases()
    found: list[Preference] = []
    seen: set[str] = set()
    for block in facts.texts:
        for part in _SENTENCE_BREAK.split(block.text):
            sentence = " ".join(part.split())
            if not sentence or len(sentence) > MAX_SENTENCE or fold(sentence) in seen:
                continue
            folded = FoldedText.of(sentence).folded
            if phrases.boundary is not None and phrases.boundary.search(folded):
                kind = "boundary"
            elif phrases.channel is not None and phrases.channel.search(folded):
                kind = "channel"
            else:
                continue
            seen.add(fold(sentence))
            found.append(Preference(kind, sentence, block.where))
    for link in facts.links:
        if _is_booking(link, phrases.booking_hosts) and link not in seen:
            seen.add(link)
            found.append(Preference("booking", link, "link on the page"))
    return found


def _is_booking(url: str, hosts: tuple[str, ...]) -> bool:
    try:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return False
    return any(host == h or host.endswith("." + h) for h in hosts)
