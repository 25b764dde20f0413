"""Checks that your LinkedIn profile shows a real photo, not the grey silhouette.

What it checks
--------------
Whether the public LinkedIn profile carries a photo of you. On a public page (saved or
fetched) the top-card image decides, by rule: a real photo is served from
``media.licdn.com`` (``profile-displayphoto``) and marked ``--real-image``; the silhouette
("ghost") is a static asset whose address equals the page's ghost URL. ``pass`` for a real
photo, ``fail`` for the ghost. The data export has no photo in it, so with only the export
the photo is unknown: ``skip`` by default (``warn`` if you set ``unverified: warn``), with
the way to check it. When the page could not be read (LinkedIn's sign-in wall, status 999,
robots.txt) the check is ``error``, never "no photo".

Why it matters
--------------
A connection request from a silhouette reads as a fake or abandoned account: people accept
requests from faces they can put a name to. The photo is also the first thing shown next to
your name in search results, comments and messages.

How to fix
----------
Upload a recent, well-lit head-and-shoulders photo where your face fills most of the frame, and
make it visible to the public (Settings → Visibility → Edit your public profile → Profile photo
→ Public).

Example
-------
::

    profiles:
      linkedin:
        export: linkedin-export.zip
        html: ada-linkedin.html

gives e.g. ``pass``: ``A real photo is on your public profile (saved page)``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.profile import _linkedin
from presence_audit.core.artifacts.linkedin import SOURCE_LABELS
from presence_audit.core.model import Finding, Outcome

ID = "profile.photo"
TITLE = "LinkedIn shows a real photo"
CATEGORY = "profile"
SEVERITY = "high"
WEIGHT = 3
REQUIRES = ("linkedin",)
OPTIONS = {
    "unverified": Option(str, "skip", "Outcome when only the data export is available "
                                      "(it has no photo): skip or warn."),
}

UNVERIFIED = {"skip": Outcome.SKIP, "warn": Outcome.WARN}

FIX = how_to_fix(__doc__)
VERIFY = (
    "Save your public profile page from a private browser window (so you see what strangers "
    "see) and set profiles.linkedin.html to the file: the data export has no photo."
)


def check(ctx: CheckContext) -> Finding:
    profile = _linkedin.load(ctx)
    present = profile.photo_present
    if present is None:
        if profile.page_problem() is not None or profile.has_page:
            return _linkedin.unread(profile, "profile photo")
        unverified = ctx.options["unverified"]
        if unverified not in UNVERIFIED:
            return Finding(
                outcome=Outcome.ERROR,
                message=f"The option unverified must be skip or warn, not {unverified!r}",
                fix="In the config, under checks → profile.photo → options, set unverified to "
                    "skip or warn.",
            )
        return Finding(
            outcome=UNVERIFIED[unverified],
            message="The data export has no photo: the photo on your public profile was not "
                    "checked",
            fix=VERIFY,
            data={"present": None, "source": profile.source},
        )
    source = SOURCE_LABELS.get(profile.source_of("photo") or "", "page")
    data = {"present": present, "url": profile.photo_url, "source": profile.source_of("photo")}
    if present:
        return Finding(
            outcome=Outcome.PASS,
            message=f"A real photo is on your public profile ({source})",
            evidence=[_linkedin.evidence(profile, "photo",
                                         f"Profile photo: {profile.photo_url or 'real image'}")],
            data=data,
        )
    return Finding(
        outcome=Outcome.FAIL,
        message=f"Your public profile shows the grey silhouette, not a photo ({source})",
        fix=FIX,
        evidence=[_linkedin.evidence(profile, "photo",
                                     "Top-card image is LinkedIn's placeholder (ghost image)")],
        data=data,
    )
