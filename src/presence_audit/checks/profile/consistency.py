"""Checks that your profiles agree on who you are: name, role and photo.

What it checks
--------------
What each of your public profiles says about you, side by side: LinkedIn (name, headline or
current job title, photo), GitHub (name, bio), your portfolio's schema.org ``Person`` or
h-card (name, job title, image) and every other configured profile page (the same fields).
Names are compared with your configured name and aliases, tolerant of case, accents,
initials and middle names. ``fail`` when a profile shows somebody else's name. ``warn`` when
a profile shows no name, when a profile's role does not mention your profession
(``person.profession``; without it, LinkedIn's current job title), or when LinkedIn shows no
photo while another profile shows one. ``pass`` when they agree. LinkedIn must be readable
(``skip`` when it is not configured, ``error`` when it could not be obtained); GitHub, the
portfolio and other profile pages are compared when they are configured, and one that could
not be obtained (rate-limited, blocked, robots.txt) is listed as not compared, never judged.
``skip`` when fewer than two profiles could be compared.

Why it matters
--------------
Whoever gets your connection request looks you up, and lands on whichever profile ranks
first. If your GitHub says "adaex", your portfolio "Ada E., designer" and LinkedIn "Ada
Example, data engineer", they cannot be sure these are one person — and a doubt is enough
not to reply.

How to fix
----------
Use the same name everywhere (the one on your CV), describe your role in the same words on
LinkedIn (headline), GitHub (bio) and your portfolio (job title), and use the same recent photo
on every profile.

Options
-------
None.

Example
-------
::

    person:
      name: Ada Example
      profession: data engineer

gives e.g. ``warn``: ``Your profiles disagree: GitHub's role does not mention data
engineer``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from presence_audit.checks.base import CheckContext, how_to_fix
from presence_audit.checks.profile import _linkedin
from presence_audit.core.artifacts import ArtifactStatus
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome, Subject
from presence_audit.text.folding import fold
from presence_audit.text.names import match_name
from presence_audit.text.quoting import quote

ID = "profile.consistency"
TITLE = "Profiles agree on who you are"
CATEGORY = "profile"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("linkedin",)
# Compared when available: one source that could not be read must not hide the others.
OPTIONAL = ("github", "portfolio", "profile_pages")
OPTIONS: dict[str, object] = {}

_WORDS = re.compile(r"[^\W_]+")

FIX = how_to_fix(__doc__)


class Seen(NamedTuple):
    """What one profile says about you; ``None`` where it says nothing or could not be read.

    ``name_read`` is false when the name could not be read at all (a LinkedIn source that did
    not show it): unknown, not "shows no name".
    """

    label: str
    url: str | None
    name: str | None
    role: str | None
    photo: bool | None
    name_read: bool = True

    def describe(self) -> str:
        photo = {True: "yes", False: "no", None: "unknown"}[self.photo]
        role = quote(self.role, 80) if self.role else "none"
        name = f'"{self.name}"' if self.name else "none" if self.name_read else "unknown"
        return f"{self.label}: name {name} · role {role} · photo {photo}"

    def to_dict(self) -> JSONDict:
        return {"label": self.label, "url": self.url, "name": self.name, "role": self.role,
                "photo": self.photo}


def check(ctx: CheckContext) -> Finding:
    seen, unread, linkedin_title = _gather(ctx)
    unread_evidence = [Evidence(f"{label}: not compared — {why}", source=label)
                       for label, why in unread]
    if len(seen) < 2:
        return Finding(
            outcome=Outcome.SKIP,
            message="Fewer than two profiles could be compared"
                    + (f" ({'; '.join(f'{label}: {why}' for label, why in unread)})"
                       if unread else ""),
            fix="Configure more of your profiles (profiles.github, profiles.others, "
                "portfolio.url) so they can be compared.",
            evidence=unread_evidence,
        )
    subject = ctx.subject
    wrong = [s for s in seen if s.name is not None and match_name(s.name, subject.names) is None]
    nameless = [s for s in seen if s.name is None and s.name_read]
    reference: str | None = subject.profession
    reference_label = subject.profession or ""
    if subject.profession is None:
        # Without a profession LinkedIn's job title is the reference, so LinkedIn is not judged.
        reference, reference_label = linkedin_title, "your LinkedIn job title"
    off_role = [s for s in seen if s.role and reference and not _mentions(s.role, reference)
                and (subject.profession or s.label != "LinkedIn")]
    photo_gap = _photo_gap(seen)
    problems: list[str] = []
    problems += [f'{s.label} shows the name "{s.name}"' for s in wrong]
    problems += [f"{s.label} shows no name" for s in nameless]
    problems += [f"{s.label}'s role does not mention {reference_label}" for s in off_role]
    if photo_gap:
        problems.append(photo_gap)
    evidence = [Evidence(s.describe(), url=s.url, source=s.label) for s in seen]
    data = {"profiles": [s.to_dict() for s in seen], "unread": dict(unread),
            "problems": problems, "reference_role": reference}
    compared = ", ".join(s.label for s in seen)
    if not problems:
        return Finding(outcome=Outcome.PASS,
                       message=f"Your profiles agree on your name, role and photo ({compared})",
                       evidence=evidence + unread_evidence, data=data)
    outcome = Outcome.FAIL if wrong else Outcome.WARN
    return Finding(
        outcome=outcome,
        message=f"Your profiles disagree: {'; '.join(problems)}",
        fix=FIX,
        evidence=evidence + unread_evidence,
        data=data,
        score=None if wrong else max(0.25, 1.0 - 0.25 * len(problems)),
    )


def _gather(ctx: CheckContext) -> tuple[list[Seen], list[tuple[str, str]], str | None]:
    seen: list[Seen] = []
    unread: list[tuple[str, str]] = []
    profile = _linkedin.load(ctx)
    current = [str(p["title"]) for p in profile.positions if p.get("current") and p.get("title")]
    # Every LinkedIn member has a name: a missing one was not read, it is not absent.
    seen.append(Seen("LinkedIn", profile.public_url or ctx.subject.linkedin_url, profile.name,
                     profile.headline or (current[0] if current else None),
                     profile.photo_present, name_read=profile.name is not None))
    github = _available(ctx, "github", "GitHub", unread)
    if github.get("configured", True) and github.get("login"):
        seen.append(Seen("GitHub", _text(github.get("html_url")), _text(github.get("name")),
                         _text(github.get("bio")), None))
    portfolio = _available(ctx, "portfolio", "Portfolio", unread)
    page = portfolio.get("page")
    if isinstance(page, Mapping):
        seen.append(_from_page("Portfolio", page, ctx.subject))
    elif portfolio:
        unread.append(("Portfolio", _why(portfolio.get("fetch_error"))))
    for entry in _available(ctx, "profile_pages", "Other profiles", unread).get("pages") or []:
        label = str(entry.get("label") or entry.get("url") or "profile")
        if isinstance(entry.get("page"), Mapping):
            seen.append(_from_page(label, entry["page"], ctx.subject))
        else:
            unread.append((label, _why(entry.get("error"))))
    return seen, unread, current[0] if current else None


def _available(ctx: CheckContext, name: str, label: str,
               unread: list[tuple[str, str]]) -> Mapping[str, Any]:
    """An optional artifact's data; {} when not configured, and noted when not obtained."""
    artifact = ctx.optional(name)
    if artifact is None or artifact.status is ArtifactStatus.SKIPPED:
        return {}
    if artifact.status is ArtifactStatus.ERROR:
        unread.append((label, artifact.detail or "could not be obtained"))
        return {}
    return artifact.data


def _from_page(label: str, page: Mapping[str, Any], subject: Subject) -> Seen:
    """Name, role and photo from a parsed page: schema.org Person, then the h-card, then a
    title that names you (a title that does not is no claim either way)."""
    person, card = _mapping(page.get("person")), _mapping(page.get("h_card"))
    name = _text(person.get("name")) or _text(card.get("name"))
    if name is None:
        for title in (_text(_mapping(page.get("og")).get("title")), _text(page.get("title"))):
            found = match_name(title, subject.names) if title else None
            if found is not None:
                name = found.matched
                break
    photo = True if (_text(person.get("image")) or _text(card.get("photo"))) else None
    return Seen(label, _text(page.get("url")), name, _text(person.get("job_title")), photo)


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _mentions(role: str, reference: str) -> bool:
    """True when every word of ``reference`` (``data engineer``) appears in ``role``."""
    have = set(_WORDS.findall(fold(role, apostrophes=False)))
    return all(word in have for word in _WORDS.findall(fold(reference, apostrophes=False)))


def _photo_gap(seen: list[Seen]) -> str | None:
    without = [s.label for s in seen if s.photo is False]
    with_photo = [s.label for s in seen if s.photo is True]
    if without and with_photo:
        return f"{' and '.join(without)} shows no photo while {' and '.join(with_photo)} does"
    return None


def _text(value: object) -> str | None:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _why(error: object) -> str:
    if isinstance(error, Mapping):
        return f"{error.get('kind') or 'error'} — {error.get('message') or 'no detail'}"
    return "not fetched"
