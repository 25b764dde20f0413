"""Checks that your LinkedIn About section tells your story, in your voice, with a way to reach you.

What it checks
--------------
The About section (the summary) of your LinkedIn profile. ``fail`` when there is none.
``warn`` when it is present but misses something a reader needs: it is shorter than
``min_length`` characters (too short to tell a story) or longer than ``max_length``
(LinkedIn's limit is 2,600), it is not written in the first person (no "I", "my", "we"), it
does not say what you offer (no "I help", "I build", "work with", "clients", "available"
…), or it gives no way to reach you (an e-mail address, a link, "contact me", "get in
touch", "message me" …). ``pass`` when none of these is missing. A summary no source could
read (a blocked page, blurred text) is ``error``.

Why it matters
--------------
People who are deciding whether to accept your request, or to reply, open your profile and
read the About section next. Written in the first person it sounds like you; saying what you
offer gives them a reason to talk to you, and saying how to reach you removes the last step.

How to fix
----------
Write it in the first person: what you do and for whom, one or two results you are proud of,
what you are open to, and how to reach you (an e-mail address or your site).

Example
-------
::

    checks:
      profile.summary:
        options:
          min_length: 400

gives e.g. ``warn``: ``Your About section gives no way to reach you (812 characters)``.
"""

from __future__ import annotations

import re

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.profile import _linkedin
from presence_audit.core.model import Finding, Outcome
from presence_audit.text.folding import words as text_words
from presence_audit.text.quoting import quote

ID = "profile.summary"
TITLE = "LinkedIn About section tells your story"
CATEGORY = "profile"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("linkedin",)
OPTIONS = {
    "min_length": Option(int, 300, "Shorter summaries are too short to tell a story."),
    "max_length": Option(int, 2600, "LinkedIn's limit for the About section."),
}

# Not "us": words are compared lower-cased, and "the US" is a place, not a voice.
FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll",
                          "me", "my", "mine", "myself", "we", "we're", "our"})
THIRD_PERSON = frozenset({"he", "she", "his", "her", "hers", "him"})
OFFER = re.compile(
    r"\b(?:help\w*|offer\w*|services?|hire|hiring|available|open to|looking for|"
    r"work(?:ing)? with|partner\w*|clients?|customers?|consult\w*|speciali[sz]\w*|"
    r"i (?:build|design|make|create|solve|lead|teach|write|run|turn|ship)\w*|"
    r"we (?:build|design|make|create|solve|help)\w*)\b",
    re.IGNORECASE,
)
CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|\bwww\.|\b[a-z0-9-]+\.(?:dev|io|com|net|org|me|"
    r"eu|co|ai|app|page|site)\b|\bcontact\b|\breach (?:me|out)\b|\bget in touch\b|"
    r"\b(?:message|e-?mail|dm|write to|call) me\b|\bbook a (?:call|chat|meeting)\b|"
    r"\bcalendly\b|\binbox\b",
    re.IGNORECASE,
)

FIX = how_to_fix(__doc__)
FIX_MISSING = (
    "Add an About section (Me → View profile → Add profile section → About): three short "
    "paragraphs in the first person on what you do and for whom, a result you are proud of, "
    "and how to reach you."
)


def check(ctx: CheckContext) -> Finding:
    profile = _linkedin.load(ctx)
    summary = profile.summary
    if summary is None:
        if "summary" not in profile.absent:
            return _linkedin.unread(profile, "About section")
        return Finding(
            outcome=Outcome.FAIL,
            message="Your LinkedIn profile has no About section",
            fix=FIX_MISSING,
            evidence=[_linkedin.evidence(profile, "summary", "About: none")],
            data={"length": 0, "problems": ["missing"], "source": profile.source_of("summary")},
        )
    length = len(summary)
    lacks = _shortcomings(summary, ctx.options["min_length"], ctx.options["max_length"])
    evidence = [_linkedin.evidence(profile, "summary",
                                   f"About ({length} characters): {quote(summary)}")]
    data = {"length": length, "problems": [code for code, _ in lacks],
            "source": profile.source_of("summary")}
    if not lacks:
        return Finding(
            outcome=Outcome.PASS,
            message=f"Your About section is in the first person, says what you offer and how "
                    f"to reach you ({length} characters)",
            evidence=evidence, data=data,
        )
    return Finding(
        outcome=Outcome.WARN,
        message=f"Your About section {'; '.join(text for _, text in lacks)} "
                f"({length} characters)",
        fix=FIX,
        evidence=evidence,
        data=data,
        score=max(0.25, 1.0 - 0.2 * len(lacks)),
    )


def _shortcomings(summary: str, min_length: int, max_length: int) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if len(summary) < min_length:
        found.append(("too-short", f"is too short to tell a story (under {min_length} "
                                   "characters)"))
    if len(summary) > max_length:
        found.append(("too-long", f"is longer than LinkedIn's {max_length} characters"))
    words = text_words(summary)
    first = sum(1 for w in words if w in FIRST_PERSON)
    third = sum(1 for w in words if w in THIRD_PERSON)
    if first == 0:
        found.append(("not-first-person", "is written in the third person" if third
                      else "is not written in the first person"))
    if not OFFER.search(summary):
        found.append(("no-offer", "does not say what you offer"))
    if not CONTACT.search(summary):
        found.append(("no-contact", "gives no way to reach you"))
    return found
