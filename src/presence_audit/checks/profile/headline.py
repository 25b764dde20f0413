"""Checks that your LinkedIn headline says what you do or offer, not just where you work.

What it checks
--------------
The headline under your name on LinkedIn. ``fail`` when there is none, when it only names
an employer or a school (``Acme Analytics``), or when it is just a job title at one
(``Engineer at Acme``, ``Student at State University``) — LinkedIn writes that by default,
and it says where you are, not what you offer. ``warn`` when it is present but weak: shorter
than ``min_length`` characters, longer than ``max_length`` (LinkedIn's limit is 220, and
search results and invitations cut it much earlier), only a job title, written in capitals,
a list of more than ``max_keywords`` keywords, or without any word that says what you do
for whom (``helping``, ``building``, ``for``, ``I`` …). ``pass`` otherwise. A headline no
source could read (a blocked page, blurred text) is ``error``.

Why it matters
--------------
The headline travels with your name everywhere on LinkedIn: search results, invitations,
comments. Someone deciding whether to accept a connection reads it in a second; "Data
Engineer at Acme" tells them your employer, "Data engineer helping analytics teams ship
trustworthy pipelines" tells them why to talk to you.

How to fix
----------
Say what you do and for whom, in words a stranger understands, e.g. "Data engineer helping
analytics teams ship trustworthy pipelines". Keep the important part in the first 60
characters.

Example
-------
::

    checks:
      profile.headline:
        options:
          min_length: 40

gives e.g. ``fail``: ``Your headline is just a job title at an employer: "Data Engineer at
Acme Analytics"``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.profile import _linkedin
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.quoting import quote

ID = "profile.headline"
TITLE = "LinkedIn headline says what you offer"
CATEGORY = "profile"
SEVERITY = "high"
WEIGHT = 3
REQUIRES = ("linkedin",)
OPTIONS = {
    "min_length": Option(int, 30, "Shorter headlines are too short to say something."),
    "max_length": Option(int, 220, "LinkedIn's limit; longer text is cut off."),
    "max_keywords": Option(int, 5, "More parts separated by |, •, ·, / or commas read as keyword "
    "stuffing."),
}

OFFER = re.compile(
    r"\b(?:for|who|with|to|i|i'm|we|help(?:s|ed|ing)|build(?:s|ing)|turn(?:s|ing)?|"
    r"mak(?:e|es|ing)|ship(?:s|ping)|solv(?:e|es|ing)|creat(?:e|es|ing)|design(?:s|ing)|"
    r"deliver(?:s|ing)?|enabl(?:e|es|ing)|grow(?:s|ing)|improv(?:e|es|ing)|teach(?:es|ing)|"
    r"lead(?:s|ing)|automat(?:e|es|ing)|scal(?:e|es|ing)|bring(?:s|ing)?|connect(?:s|ing)|"
    r"speciali[sz](?:e|es|ing))\b",
    re.IGNORECASE,
)
"""Words that say what you do, for whom or to what end. Verbs only in the forms that act:
the bare or noun forms are job titles ("Lead Engineer", "Product Designer", "Teacher",
"Help Desk Analyst", "Growth Marketer")."""

AT_EMPLOYER = re.compile(
    r"^(?P<role>[^|•·,;:!?()]{2,60}?)\s+(?:(?:at|chez|bei)\s+|@\s*)"
    r"(?P<org>[^|•·;:!?]{2,80})$",
    re.IGNORECASE,
)
SEPARATORS = re.compile(r"\s*[|•·/,;]\s*|\s+[-–—]\s+")
MAX_ROLE_WORDS = 5

EXAMPLE = "Data engineer helping analytics teams ship trustworthy pipelines"
FIX = how_to_fix(__doc__)
FIX_MISSING = (
    "Add a headline (Me → View profile → the pencil next to your name) that says what you do "
    f'and for whom, e.g. "{EXAMPLE}".'
)


def check(ctx: CheckContext) -> Finding:
    profile = _linkedin.load(ctx)
    headline = profile.headline
    if headline is None:
        if "headline" not in profile.absent:
            return _linkedin.unread(profile, "headline")
        return Finding(
            outcome=Outcome.FAIL,
            message="Your LinkedIn profile has no headline: LinkedIn shows your employer in "
                    "its place",
            fix=FIX_MISSING,
            evidence=[_linkedin.evidence(profile, "headline", "Headline: none")],
            data={"headline": None, "problems": ["missing"],
                  "source": profile.source_of("headline")},
        )
    organisations = _organisations(profile, ctx.subject.context)
    evidence = [_linkedin.evidence(profile, "headline",
                                   f"Headline: {quote(headline, 240)} "
                                   f"({len(headline)} characters)")]
    data = {"headline": headline, "length": len(headline),
            "source": profile.source_of("headline")}
    failure = _only_where(headline, organisations)
    if failure is not None:
        code, message = failure
        return Finding(outcome=Outcome.FAIL,
                       message=f"{message}: {quote(headline)}", fix=FIX,
                       evidence=evidence, data={**data, "problems": [code]})
    weaknesses = _weaknesses(headline, profile, ctx.options)
    if not weaknesses:
        return Finding(outcome=Outcome.PASS,
                       message=f"Your headline says what you do: {quote(headline)}",
                       evidence=evidence, data={**data, "problems": []})
    return Finding(
        outcome=Outcome.WARN,
        message=f"Your headline {'; '.join(w for _, w in weaknesses)}: "
                f"{quote(headline)}",
        fix=FIX if len(headline) <= ctx.options["max_length"] else
        f"Shorten it to at most {ctx.options['max_length']} characters. {FIX}",
        evidence=evidence,
        data={**data, "problems": [code for code, _ in weaknesses]},
        score=max(0.25, 1.0 - 0.25 * len(weaknesses)),
    )


def _organisations(profile: LinkedInProfile, context: tuple[str, ...]) -> list[str]:
    """Employers and schools the member is known by: positions, education, person.context."""
    names = [str(p.get("company")) for p in profile.positions if p.get("company")]
    names += [str(e.get("school")) for e in profile.education if e.get("school")]
    return [*names, *context]


def _same(a: str, b: str) -> bool:
    return fold(a, apostrophes=False).split() == fold(b, apostrophes=False).split()


def _only_where(headline: str, organisations: list[str]) -> tuple[str, str] | None:
    """A failing reason when the headline only says where you work or study."""
    if any(_same(headline, org) for org in organisations):
        return "employer-only", "Your headline only names your employer or school"
    match = AT_EMPLOYER.match(headline.strip())
    if match is None:
        return None
    role = match.group("role")
    if len(role.split()) <= MAX_ROLE_WORDS and not OFFER.search(role):
        return "title-at-employer", "Your headline is just a job title at an employer"
    return None


def _weaknesses(headline: str, profile: LinkedInProfile,
                options: Mapping[str, Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    length = len(headline)
    if length < options["min_length"]:
        found.append(("too-short", f"is short ({length} characters, under "
                                   f"{options['min_length']})"))
    if length > options["max_length"]:
        found.append(("too-long", f"is longer than LinkedIn's {options['max_length']} "
                                  f"characters ({length})"))
    titles = [str(p.get("title")) for p in profile.positions if p.get("title")]
    if any(_same(headline, title) for title in titles):
        found.append(("title-only", "is only your job title"))
    letters = [c for c in headline if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        found.append(("all-caps", "is written in capitals"))
    parts = [p for p in SEPARATORS.split(headline) if p.strip()]
    if len(parts) > options["max_keywords"]:
        found.append(("keyword-stuffing", f"is a list of {len(parts)} keywords"))
    if not OFFER.search(headline):
        found.append(("no-offer", "does not say what you do for whom"))
    return found
