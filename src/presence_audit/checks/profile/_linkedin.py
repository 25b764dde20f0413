"""What the LinkedIn checks share: the normalised profile, and honest "could not read" findings.

The runner already turns a failed ``linkedin`` artifact (every source blocked or broken) into
``error`` for each check. What is left here is the finer case: the artifact is ``ok`` but the
one field a check needs is unknown — the live page was blocked while the export worked, or
LinkedIn blurred the text for logged-out visitors. That is an ``error`` too, with the reason,
never a judgement about a field nobody saw.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext
from presence_audit.core.artifacts.linkedin import (
    ARTIFACT,
    GUIDANCE,
    OK,
    PAGE_SOURCES,
    SOURCE_LABELS,
    LinkedInProfile,
)
from presence_audit.core.model import Evidence, Finding, Outcome


def load(ctx: CheckContext) -> LinkedInProfile:
    return LinkedInProfile.from_dict(ctx.artifact(ARTIFACT).data)


def source_label(profile: LinkedInProfile, field: str) -> str:
    """``LinkedIn (data export)``: where the value of ``field`` was read."""
    source = profile.source_of(field) or profile.source
    return f"LinkedIn ({SOURCE_LABELS.get(source, source)})"


def evidence(profile: LinkedInProfile, field: str, text: str) -> Evidence:
    """A line of evidence naming the source of ``field``; pages link to the public profile."""
    source = profile.source_of(field) or profile.source
    url = profile.public_url if source in PAGE_SOURCES else None
    return Evidence(text, url=url, source=source_label(profile, field))


ARCHIVE_KINDS = {"basic": "a Basic archive", "complete": "a Complete archive"}


def unread(profile: LinkedInProfile, what: str, field: str | None = None) -> Finding:
    """The finding for a field no configured source could show, with what to do.

    When the data export simply lacks the file that holds ``field`` (the quick Basic archive
    leaves some out), the field is unknown and the check does not apply: ``skip``, saying
    which file and how to get it. Otherwise it could not be measured: ``error``.
    """
    label = profile.missing_file_for(field) if field else None
    if label is not None:
        kind = ARCHIVE_KINDS.get(profile.archive or "", "the archive")
        hint = ("; the quick Basic download leaves it out" if profile.archive == "basic"
                else "")
        return Finding(
            outcome=Outcome.SKIP,
            message=f"Your LinkedIn {what} are unknown: your data export ({kind}) has no "
                    f"{label}{hint}. Request the Complete archive (Settings → Data privacy → "
                    "Get a copy of your data; it arrives within about a day) or save your "
                    "public profile page (profiles.linkedin.html)",
            data={"missing_file": label, "archive": profile.archive})
    reason = profile.page_problem()
    if reason is None:
        shown = " and ".join(SOURCE_LABELS.get(name, name) for name, info
                             in profile.sources.items() if info.get("status") == OK)
        reason = (f"the {shown or 'source'} did not show it (blurred for visitors who are not "
                  "signed in, or markup presence-audit does not know)")
    message = f"Could not read your LinkedIn {what} — {reason}"
    if GUIDANCE not in message:
        message = f"{message}. {GUIDANCE}"
    return Finding(
        outcome=Outcome.ERROR,
        message=message,
        evidence=[Evidence(f"{SOURCE_LABELS.get(name, name)}: {info.get('status')} — "
                           f"{info.get('detail') or 'no detail'}", source=f"LinkedIn ({name})")
                  for name, info in profile.sources.items()],
        data={"sources": profile.sources},
    )
