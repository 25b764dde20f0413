"""One profile from several sources, each field from the source best placed to know it.

The data export is the member's own record, so it wins for what they wrote (headline,
summary, recommendations received, positions, websites). A public page — saved or fetched —
wins for what a visitor sees: the photo (the export has none) and the public URL. A source
that failed or does not show a field gives way to the next; ``field_sources`` records the
winner of every field and ``sources`` the status of every source, for the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from presence_audit.core.artifacts.linkedin import (
    BLOCKED,
    ERROR,
    EXPORT,
    FIELDS,
    HTML,
    NOT_FOUND,
    OK,
    SOURCE_LABELS,
    URL,
    LinkedInProfile,
)

WRITTEN_FIRST = (EXPORT, HTML, URL)
SEEN_FIRST = (HTML, URL, EXPORT)
SEEN_FIELDS = frozenset({"photo", "public_url"})

_ATTRIBUTES = {
    "photo": ("photo_present", "photo_url"),
    "recommendations": ("recommendations", "recommendations_hidden"),
}


def merge(profiles: Sequence[LinkedInProfile]) -> LinkedInProfile:
    """One profile from one profile per source (in any order), with where each field came from."""
    by_source = {profile.source: profile for profile in profiles}
    usable = [by_source[s] for s in WRITTEN_FIRST if s in by_source and by_source[s].ok]
    merged = LinkedInProfile(source=usable[0].source if usable else profiles[0].source,
                             status=_status(profiles), detail=_detail(profiles))
    merged.sources = {p.source: {"status": p.status, "detail": p.detail} for p in profiles}
    for name in FIELDS:
        order = SEEN_FIRST if name in SEEN_FIELDS else WRITTEN_FIRST
        winner = next((by_source[s] for s in order
                       if s in by_source and by_source[s].ok and by_source[s].known(name)), None)
        if winner is None:
            continue
        for attribute in _ATTRIBUTES.get(name, (name,)):
            setattr(merged, attribute, getattr(winner, attribute))
        if name in winner.absent:
            merged.absent.add(name)
        merged.field_sources[name] = winner.source
    export = by_source.get(EXPORT)
    if export is not None:
        merged.archive, merged.missing_files = export.archive, list(export.missing_files)
    merged.warnings = [warning for p in profiles for warning in p.warnings]
    return merged


def _status(profiles: Sequence[LinkedInProfile]) -> str:
    statuses = {p.status for p in profiles}
    for status in (OK, BLOCKED, NOT_FOUND):
        if status in statuses:
            return status
    return ERROR


def _detail(profiles: Sequence[LinkedInProfile]) -> str:
    # A source that was read names itself ("data export …"); a failure says only why.
    return "; ".join(p.detail if p.ok else
                     f"{SOURCE_LABELS.get(p.source, p.source)}: {p.detail or p.status}"
                     for p in profiles)
