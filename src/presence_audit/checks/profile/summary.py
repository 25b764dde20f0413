"""Checks that your LinkedIn About section tells your story, in your voice, with a way to reach you.

What it checks
--------------
The About section (the summary) of your LinkedIn profile. ``fail`` when there is none.
``warn`` when it is present but misses something a reader needs: it is shorter than
``min_length`` characters or longer than ``max_length`` (LinkedIn's limit is 2,600); it is
not written in the first person — first-person words in every supported language ("I",
"my", "je", "ich", "mi", and pronoun-less verb forms such as "Atuo", "Creo", ``first_person``)
must outnumber third-person ones ("she", "il", "er", ``third_person``) and your own name used
as a subject ("Ada is …"); a third-person bio is named as such, with the fix; it does not say
what you offer (``offers``: "I help", "I build … for", "clients", "available for", "open to
opportunities" …; "dedicated to providing solutions" is not an offer); or it gives no way to
reach you — an e-mail address, a phone number, a booking or contact link, a link to your own
site (its address carries your name), or "message me", "get in touch", "écrivez-moi" …
(``contacts``) — not any link at all. ``pass`` when none of these is missing. A summary no
source could read (a blocked page, blurred text) is ``error``.

Known limits: a link to your own site on a domain that does not carry your name is not
recognised as yours.

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
from presence_audit.text.folding import fold
from presence_audit.text.phrases import FoldedText, Hit, bundled
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

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d ().-]{7,}\d(?!\w)")
URL = re.compile(r"(?:https?://|\bwww\.)[^\s<>()]+|\b[\w-]+\.(?:dev|io|me|com|net|org|site|page|app)"
                 r"(?:/[^\s<>()]*)?", re.IGNORECASE)
BOOKING_HOSTS = ("calendly.com", "cal.com", "savvycal.com", "tidycal.com", "zcal.co",
                 "meetings.hubspot.com", "koalendar.com")
SOCIAL_HOSTS = ("linkedin.com", "twitter.com", "x.com", "github.com", "medium.com",
                "facebook.com", "instagram.com", "youtube.com")

FIX = how_to_fix(__doc__)
FIX_THIRD = (
    "Rewrite it in the first person — \"I build …\" rather than \"She builds …\": it is your "
    "page, and a third-person bio reads like a press release. " + FIX
)
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
    lacks = _shortcomings(summary, ctx.options["min_length"], ctx.options["max_length"],
                          tuple(n for n in (profile.name, *ctx.subject.names) if n))
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
    third = any(code == "not-first-person" and "third" in text for code, text in lacks)
    return Finding(
        outcome=Outcome.WARN,
        message=f"Your About section {'; '.join(text for _, text in lacks)} "
                f"({length} characters)",
        fix=FIX_THIRD if third else FIX,
        evidence=evidence,
        data=data,
        score=max(0.25, 1.0 - 0.2 * len(lacks)),
    )


def _shortcomings(summary: str, min_length: int, max_length: int,
                  names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if len(summary) < min_length:
        found.append(("too-short", f"is too short to tell a story (under {min_length} "
                                   "characters)"))
    if len(summary) > max_length:
        found.append(("too-long", f"is longer than LinkedIn's {max_length} characters"))
    voice = _voice(summary, names)
    if voice != "first":
        found.append(("not-first-person", "is written in the third person" if voice == "third"
                      else "is not written in the first person"))
    if not _book_hits("offers", summary):
        found.append(("no-offer", "does not say what you offer"))
    if not _reachable(summary, names):
        found.append(("no-contact", "gives no way to reach you"))
    return found


def _book_hits(kind: str, text: str) -> list[Hit]:
    return bundled().find(kind, FoldedText.of(text))


def _voice(summary: str, names: tuple[str, ...]) -> str:
    """``first``, ``third`` or ``none``: who the text speaks as, by its first-person words
    (pronouns, possessives and first-person verb forms in every supported language: "I",
    "je", "ich", "mi", "Atuo", "Creo") against third-person ones ("she", "il", "Sie ist …")
    and the member's own name used as a subject ("Anissa est …")."""
    prose = URL.sub(" ", EMAIL.sub(" ", summary))
    first = len(_book_hits("first_person", prose))
    third = len(_book_hits("third_person", prose))
    folded = fold(prose)
    firsts = {p for name in names for p in re.split(r"[\s,]+", fold(name))[:1] if len(p) > 2}
    third += sum(len(re.findall(rf"(?<!\w){re.escape(p)}(?!\w)", folded)) for p in firsts)
    if first > third:
        return "first"
    return "third" if third else "none"


def _reachable(summary: str, names: tuple[str, ...]) -> bool:
    """A way to reach you: an e-mail address, a phone number, a booking link, a link to your
    own site (its address carries your name, or the text calls it yours), or words such as
    "message me" or "get in touch" (``contacts``). A link to someone else's site is not one."""
    if EMAIL.search(summary) or PHONE.search(summary) or _book_hits("contacts", summary):
        return True
    parts = {p for name in names for p in re.split(r"[\s,.-]+", fold(name)) if len(p) > 2}
    for match in URL.finditer(summary):
        address = fold(match.group(0))
        if any(host in address for host in BOOKING_HOSTS):
            return True
        if any(host in address for host in SOCIAL_HOSTS):
            continue
        if any(part in re.sub(r"[^a-z0-9]", "", address) for part in parts):
            return True
    return False
