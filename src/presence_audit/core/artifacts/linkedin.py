"""The normalised LinkedIn profile every source is read into (``inspect linkedin``'s JSON).

``None`` always means *unknown* — the source could not show the field (blocked, masked, not in
that source). A field the source shows to be empty is listed in ``absent``: ``headline: null``
with ``"headline"`` in ``absent`` means "this member has no headline", while ``headline: null``
alone means "could not be read". Counts are never ``None`` for "none": zero recommendations is
``0``. Checks rely on that difference to say ``fail`` only about what was measured.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from presence_audit.core.model import JSONDict

ARTIFACT = "linkedin"

EXPORT = "export"
HTML = "html"
URL = "url"
PAGE_SOURCES = (HTML, URL)

OK = "ok"
BLOCKED = "blocked"
NOT_FOUND = "not-found"
NOT_LINKEDIN = "not-a-linkedin-page"
"""A saved page that is not a LinkedIn profile page at all: a wrong file, not a blocked read."""
ERROR = "error"

FIELDS = ("name", "headline", "summary", "photo", "recommendations", "websites", "public_url",
          "location", "positions", "education", "skills", "connections")
"""Every profile field, in contract order (``connections`` comes only from an export)."""

SOURCE_LABELS = {EXPORT: "data export", HTML: "saved page", URL: "live page"}

FIELD_FILES = {
    "name": "Profile.csv", "headline": "Profile.csv", "summary": "Profile.csv",
    "location": "Profile.csv", "websites": "Profile.csv", "positions": "Positions.csv",
    "education": "Education.csv", "skills": "Skills.csv",
    "recommendations": "Recommendations_Received.csv", "connections": "Connections.csv",
}
"""The export file each field is read from (the export has no photo or public URL)."""

GUIDANCE = (
    "Use your LinkedIn data export (profiles.linkedin.export: Settings → Data privacy → Get a "
    "copy of your data) or save your public profile page from a private browser window "
    "(profiles.linkedin.html)."
)
"""What to do when LinkedIn could not be read: the two sources that do not depend on it."""


@dataclass
class LinkedInProfile:
    """One source's view of a LinkedIn profile, or several sources merged."""

    source: str
    status: str = OK
    detail: str = ""
    name: str | None = None
    headline: str | None = None
    summary: str | None = None
    photo_present: bool | None = None
    photo_url: str | None = None
    recommendations: int | None = None
    recommendations_hidden: int | None = None
    websites: list[str] = field(default_factory=list)
    public_url: str | None = None
    location: str | None = None
    positions: list[JSONDict] = field(default_factory=list)
    education: list[JSONDict] = field(default_factory=list)
    skills: int | None = None
    connections: int | None = None
    absent: set[str] = field(default_factory=set)
    field_sources: dict[str, str] = field(default_factory=dict)
    sources: dict[str, JSONDict] = field(default_factory=dict)
    archive: str | None = None
    """For an export: ``basic``, ``complete`` or ``unknown`` (which kind of archive was read)."""
    missing_files: list[str] = field(default_factory=list)
    """For an export: the files it does not hold, whose fields are therefore unknown."""
    warnings: list[str] = field(default_factory=list)
    """Files that could not be read (their fields are unknown), naming file and line."""

    @classmethod
    def unavailable(cls, source: str, status: str, detail: str) -> LinkedInProfile:
        """A source that yielded nothing: every field unknown, ``detail`` says why."""
        return cls(source=source, status=status, detail=detail,
                   sources={source: {"status": status, "detail": detail}})

    @property
    def ok(self) -> bool:
        return self.status == OK

    def known(self, name: str) -> bool:
        """True when ``name`` was read: it has a value, or the source shows it is empty."""
        if name in self.absent:
            return True
        if name == "photo":
            return self.photo_present is not None
        value = getattr(self, name)
        return value not in (None, [])

    def mark_sources(self) -> LinkedInProfile:
        """Record this profile's own source for every known field and in ``sources``."""
        self.field_sources = {name: self.source for name in FIELDS if self.known(name)}
        self.sources = {self.source: {"status": self.status, "detail": self.detail}}
        return self

    def to_dict(self) -> JSONDict:
        return {
            "source": self.source,
            "status": self.status,
            "detail": self.detail,
            "name": self.name,
            "headline": self.headline,
            "summary": self.summary,
            "photo": {"present": self.photo_present, "url": self.photo_url},
            "recommendations": self.recommendations,
            "websites": list(self.websites),
            "public_url": self.public_url,
            "location": self.location,
            "positions": [dict(p) for p in self.positions],
            "education": [dict(e) for e in self.education],
            "skills": self.skills,
            "connections": self.connections,
            "recommendations_hidden": self.recommendations_hidden,
            "absent": sorted(self.absent),
            "field_sources": dict(self.field_sources),
            "sources": {name: dict(info) for name, info in self.sources.items()},
            "archive": self.archive,
            "missing_files": list(self.missing_files),
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkedInProfile:
        """The profile in a (saved, possibly hand-edited) artifact: a value of the wrong type
        is unknown, so a check says ``error`` rather than judging it or crashing."""
        photo = _mapping(data.get("photo"))
        return cls(
            source=_text(data.get("source")) or "",
            status=_text(data.get("status")) or ERROR,
            detail=_text(data.get("detail")) or "",
            name=_text(data.get("name")),
            headline=_text(data.get("headline")),
            summary=_text(data.get("summary")),
            photo_present=photo.get("present") if isinstance(photo.get("present"), bool)
            else None,
            photo_url=_text(photo.get("url")),
            recommendations=_count(data.get("recommendations")),
            recommendations_hidden=_count(data.get("recommendations_hidden")),
            websites=[w for w in _list(data.get("websites")) if isinstance(w, str)],
            public_url=_text(data.get("public_url")),
            location=_text(data.get("location")),
            positions=[dict(p) for p in _list(data.get("positions")) if isinstance(p, Mapping)],
            education=[dict(e) for e in _list(data.get("education")) if isinstance(e, Mapping)],
            skills=_count(data.get("skills")),
            connections=_count(data.get("connections")),
            absent={a for a in _list(data.get("absent")) if isinstance(a, str)},
            field_sources={str(k): str(v) for k, v in _mapping(data.get("field_sources")).items()},
            sources={str(k): dict(v) for k, v in _mapping(data.get("sources")).items()
                     if isinstance(v, Mapping)},
            archive=_text(data.get("archive")),
            missing_files=[f for f in _list(data.get("missing_files")) if isinstance(f, str)],
            warnings=[w for w in _list(data.get("warnings")) if isinstance(w, str)],
        )

    def source_of(self, name: str) -> str | None:
        """Which source a field came from (``export``, ``html`` or ``url``), if known."""
        return self.field_sources.get(name)

    def page_problem(self) -> str | None:
        """Why no public page could be read, when one was configured and failed (``None``
        when another page was read: that one is the page to blame for a missing field)."""
        if self.has_page:
            return None
        for source in PAGE_SOURCES:
            info = self.sources.get(source)
            if info is not None and info.get("status") != OK:
                return f"{SOURCE_LABELS[source]}: {info.get('detail') or info.get('status')}"
        return None

    @property
    def has_page(self) -> bool:
        """True when a public page (saved or live) was read successfully."""
        return any(self.sources.get(s, {}).get("status") == OK for s in PAGE_SOURCES)

    def missing_file_for(self, name: str) -> str | None:
        """The export file that would have told field ``name``, when the export lacked it
        and no other source told it either; None otherwise."""
        label = FIELD_FILES.get(name)
        if label is None or self.known(name) or label not in self.missing_files:
            return None
        return label

    def current_employers(self) -> list[str]:
        """Companies of current positions, most recent first."""
        return [str(p["company"]) for p in self.positions if p.get("current") and p.get("company")]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def position(*, title: str | None, company: str | None, location: str | None = None,
             started_on: str | None = None, finished_on: str | None = None,
             current: bool | None = None, description: str | None = None) -> JSONDict:
    """A position as every source writes it."""
    return {"title": title, "company": company, "location": location,
            "started_on": started_on, "finished_on": finished_on, "current": current,
            "description": description}


def school(*, school_name: str | None, degree: str | None = None,
           started_on: str | None = None, finished_on: str | None = None) -> JSONDict:
    """An education entry as every source writes it."""
    return {"school": school_name, "degree": degree, "started_on": started_on,
            "finished_on": finished_on}
