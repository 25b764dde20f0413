"""Gather the ``linkedin`` artifact from every configured source, merged.

Sources, from ``profiles.linkedin``: ``export`` (ZIP or folder), ``html`` (a saved public
page) and, only with ``fetch: true``, the live ``url``. With none of them the artifact is
skipped, and so are the checks that need it. When every source failed the artifact is an
error whose detail carries the guidance, so each dependent check reports ``error`` — never a
judgement on a page that could not be read. When some source failed but another worked,
the artifact is ``ok`` and the failure is listed among its problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.artifacts.linkedin import (
    ARTIFACT,
    ERROR,
    EXPORT,
    HTML,
    SOURCE_LABELS,
    LinkedInProfile,
)
from presence_audit.core.fileio import open_regular
from presence_audit.sources.linkedin.export import ExportError, read_export
from presence_audit.sources.linkedin.html import parse_profile_html
from presence_audit.sources.linkedin.merge import merge

if TYPE_CHECKING:
    from presence_audit.sources.context import GatherContext

MAX_PAGE_BYTES = 20 * 1024 * 1024
"""A saved profile page is a few hundred KiB; anything far larger is not one."""

NOT_CONFIGURED = (
    "no LinkedIn source configured: set profiles.linkedin.export (your data export) or "
    "profiles.linkedin.html (your saved public page); fetching the URL is opt-in "
    "(profiles.linkedin.fetch) and usually blocked"
)


def collect_linkedin(context: GatherContext) -> Artifact:
    """Read every configured LinkedIn source and merge them into the ``linkedin`` artifact."""
    settings = context.loaded.config.profiles.linkedin
    profiles: list[LinkedInProfile] = []
    if settings.export:
        profiles.append(load_export(context.loaded.resolve(settings.export)))
    if settings.html:
        profiles.append(load_saved_page(context.loaded.resolve(settings.html)))
    if settings.fetch and settings.url:
        from presence_audit.sources.linkedin.url import fetch_profile

        profiles.append(fetch_profile(context.http, settings.url))
    if not profiles:
        return Artifact.skipped(ARTIFACT, "config", NOT_CONFIGURED)
    return artifact_of(profiles)


def load_export(path: Path) -> LinkedInProfile:
    try:
        return read_export(path)
    except ExportError as exc:
        return LinkedInProfile.unavailable(EXPORT, ERROR, str(exc))
    except OSError as exc:  # e.g. a folder on the way to the export that cannot be entered
        return LinkedInProfile.unavailable(EXPORT, ERROR,
                                           f"cannot read {path}: {exc.strerror or exc}")


def load_saved_page(path: Path) -> LinkedInProfile:
    try:
        with open_regular(path) as stream:
            page = stream.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        return LinkedInProfile.unavailable(HTML, ERROR,
                                           f"cannot read {path}: {exc.strerror or exc}")
    if len(page) > MAX_PAGE_BYTES:
        return LinkedInProfile.unavailable(
            HTML, ERROR, f"{path} is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MiB: not a "
            "saved profile page")
    return parse_profile_html(page, source=HTML)


def artifact_of(profiles: Sequence[LinkedInProfile]) -> Artifact:
    """The artifact for one profile per source: merged, with failures as problems."""
    profile = profiles[0] if len(profiles) == 1 else merge(profiles)
    source = "+".join(p.source for p in profiles)
    if not profile.ok:
        return Artifact(name=ARTIFACT, status=ArtifactStatus.ERROR, source=source,
                        data=profile.to_dict(), detail=profile.detail)
    problems = [f"{SOURCE_LABELS.get(p.source, p.source)}: {p.detail}"
                for p in profiles if not p.ok]
    used = " and ".join(SOURCE_LABELS.get(p.source, p.source) for p in profiles if p.ok)
    return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source=source,
                    data=profile.to_dict(), detail=f"{profile.name or 'profile'} from the {used}",
                    problems=problems, warnings=list(profile.warnings))
