"""Checks that your LinkedIn headline says what you do or offer, not just where you work.

What it checks
--------------
The headline under your name on LinkedIn. ``fail`` when it says nothing: none, empty,
punctuation only or a placeholder ("n/a"); LinkedIn's generated default ("Attended X",
"Student at X", and their forms in every supported language: "Estudiante en X", "Étudiant(e)
à X", ``headline_defaults``); only an employer or a school (``Acme Analytics``); or a bare
job title (``Data Engineer``, ``Développeur web``: a role word from ``role_nouns`` and
nothing else). ``warn`` when it is present but weak: "Title at Employer" with nothing else
(``Engineer at Acme``, ``Consultante chez Acme``, ``Ingeniera en Acme``, ``bei``, ``em``,
``@`` … — ``headline_prepositions``): it names a role, not what you offer; slogans and
instructions with no role or offer ("For updates go to…"); shorter than ``min_length``
characters, longer than ``max_length`` (LinkedIn's limit is 220), written in capitals, a list
of more than ``max_keywords`` parts, or without any word that says what you do for whom
(``headline_offers``: "helping", "building", "scaled", "ayudo", "j'aide" …). ``pass``
otherwise. A headline no source could read (a blocked page, blurred text) is ``error``.

Known limits: "en" is both a preposition before an employer and before a field ("Analyste en
Cobol"), so such a title warns as a title at an employer; a title with its employer and no
preposition ("SDE Amazon Ads") fails as a bare title.

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
from functools import lru_cache
from typing import Any

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.profile import _linkedin
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.phrases import FoldedText, Hit, bundled
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

SEPARATORS = re.compile(r"\s*[|•·✦*;]\s*|\s*,\s+|\s+/\s*|\s*/\s+|\s+[-–—]\s+")
MAX_ROLE_WORDS = 8
PLACEHOLDERS = frozenset({"headline", "title", "n/a", "na", "none", "tbd", "todo", "-", "."})
"""Headlines that only hold a field's name or a stand-in, folded."""

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
    """A failing reason when the headline says nothing: empty, a placeholder, LinkedIn's
    generated default ("Attended X", "Student at X" — in every supported language), only an
    employer or school, or a bare job title."""
    text = " ".join(headline.split())
    folded = fold(text)
    if not any(c.isalnum() for c in text) or folded in PLACEHOLDERS:
        return "placeholder", "Your headline is empty or a placeholder"
    book = bundled()
    if any(folded.startswith(d + " ") for d in book.get("headline_defaults")):
        return "generated", "Your headline is LinkedIn's generated default"
    if any(_same(text, org) for org in organisations):
        return "employer-only", "Your headline only names your employer or school"
    if _offers(folded) or len(_parts(text)) > 1:
        return None
    at = _at_pattern(book.get("headline_prepositions")).match(folded)
    if at is not None and _is_bare_student(at.group("role"), book.get("student_words")):
        return "student-line", "Your headline only says you are a student somewhere"
    if at is None and _is_role(folded):
        return "title-only", "Your headline is just a job title"
    return None


def _parts(headline: str) -> list[str]:
    return [p for p in SEPARATORS.split(headline) if p.strip()]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’.&+-][^\W_]+)*", text)


def _offers(folded: str) -> bool:
    """A word that says what you do, for whom or to what end (``headline_offers``): acting
    verb forms ("helping", "building", "scaled"), not job titles ("Lead Engineer")."""
    return bool(book_find("headline_offers", folded))


def book_find(kind: str, folded: str) -> list[Hit]:
    return bundled().find(kind, FoldedText.of(folded))


def _is_role(folded: str) -> bool:
    words = _words(folded)
    return 0 < len(words) <= MAX_ROLE_WORDS and bool(
        book_find("role_nouns", folded) or book_find("student_words", folded))


def _is_bare_student(role: str, students: tuple[str, ...]) -> bool:
    return " ".join(role.split()) in students


@lru_cache(maxsize=4)
def _at_pattern(prepositions: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({p for p in prepositions if p != "@"}, key=len, reverse=True)
    joined = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"^(?P<role>[^|•·,;:!?]{{2,60}}?)(?:\s+(?:{joined})\s+|\s*@\s*)"
                      rf"(?P<org>.{{2,100}})$")


def _title_at_employer(headline: str) -> bool:
    """"Title at Employer" (at, @, chez, à, bei, en, em, para …) and nothing else."""
    folded = fold(" ".join(headline.split()))
    return len(_parts(headline)) == 1 and not _offers(folded) and \
        _at_pattern(bundled().get("headline_prepositions")).match(folded) is not None


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
    if _title_at_employer(headline):
        found.append(("title-at-employer", "names a role at an employer but not what you offer"))
    elif not _offers(fold(headline)):
        found.append(("no-offer", "does not say what you do for whom"))
    return found
