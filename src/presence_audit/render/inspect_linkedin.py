"""``inspect linkedin``: the normalised profile, one labelled line per field.

``unknown`` (the source could not show it) and ``none`` (shown to be empty) are kept apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from presence_audit.render.fields import field_table, new_console, text_of

if TYPE_CHECKING:
    from presence_audit.core.artifacts.linkedin import LinkedInProfile


def render(profile: LinkedInProfile) -> str:
    """One labelled line per field; scraped text is cleaned and printed as plain Text."""
    console, buffer = new_console()
    console.print(field_table(_rows(profile)))
    return text_of(buffer)


def _rows(profile: LinkedInProfile) -> list[tuple[str, str]]:
    def shown(name: str, value: object) -> str:
        if value not in (None, []):
            return str(value)
        return "none" if name in profile.absent else "unknown"

    summary = profile.summary
    summary_text = (f"{len(summary)} characters: {' '.join(summary.split())[:200]}"
                    if summary else shown("summary", None))
    photo = {True: f"yes ({profile.photo_url or 'real image'})", False: "no (placeholder)",
             None: "unknown"}[profile.photo_present]
    current = [f"{p.get('title') or '?'} at {p.get('company') or '?'}"
               for p in profile.positions if p.get("current")]
    rows = [
        ("source", profile.source),
        ("status", f"{profile.status} — {profile.detail}" if profile.detail else profile.status),
        ("name", shown("name", profile.name)),
        ("headline", shown("headline", profile.headline)),
        ("summary", summary_text),
        ("photo", photo),
        ("recommendations", shown("recommendations", profile.recommendations)
         + (f" ({profile.recommendations_hidden} hidden)"
            if profile.recommendations_hidden else "")),
        ("websites", ", ".join(profile.websites) or shown("websites", None)),
        ("public url", shown("public_url", profile.public_url)),
        ("location", shown("location", profile.location)),
        ("positions", f"{len(profile.positions)}" + (f" — now {'; '.join(current)}"
                                                      if current else "")
         if profile.known("positions") else "unknown"),
        ("education", "; ".join(str(e.get("school")) for e in profile.education)
         or shown("education", None)),
        ("skills", shown("skills", profile.skills)),
    ]
    if profile.connections is not None:
        rows.append(("connections", str(profile.connections)))
    if profile.field_sources:
        rows.append(("read from", ", ".join(f"{field}: {source}" for field, source
                                            in profile.field_sources.items())))
    return rows
