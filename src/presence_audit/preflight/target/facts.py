"""What is known about one person — you or the person you are about to contact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presence_audit.core.model import JSONDict

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def year_of(value: object) -> int | None:
    """The year in "Mar 2022", "2019", "2014-09-01"; None when there is none."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _YEAR.search(str(value)) if value else None
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class Affiliation:
    """An employer or a school, with the years there when the source gives them."""

    name: str
    start: int | None = None
    end: int | None = None
    current: bool = False

    def years(self) -> str:
        """``2019–2022``, ``2022–now``, ``2019`` or ``""`` when unknown."""
        if self.start is None:
            return ""
        if self.current:
            return f"{self.start}–now"
        if self.end is None or self.end == self.start:
            return str(self.start)
        return f"{self.start}–{self.end}"

    def to_dict(self) -> JSONDict:
        return {"name": self.name, "start": self.start, "end": self.end,
                "current": self.current}


@dataclass(frozen=True)
class TextBlock:
    """A piece of text from a page, and where on the page it was."""

    where: str
    text: str


@dataclass(frozen=True)
class Facts:
    """A person's name, roles, schools, city, topics, texts and links, as far as known."""

    source: str
    url: str | None = None
    name: str | None = None
    headline: str | None = None
    location: str | None = None
    employers: tuple[Affiliation, ...] = ()
    schools: tuple[Affiliation, ...] = ()
    topics: tuple[str, ...] = ()
    texts: tuple[TextBlock, ...] = ()
    links: tuple[str, ...] = ()

    @property
    def first_name(self) -> str | None:
        parts = (self.name or "").split()
        return parts[0] if parts else None

    def to_dict(self) -> JSONDict:
        return {
            "source": self.source,
            "url": self.url,
            "name": self.name,
            "headline": self.headline,
            "location": self.location,
            "employers": [a.to_dict() for a in self.employers],
            "schools": [a.to_dict() for a in self.schools],
            "topics": list(self.topics),
        }
