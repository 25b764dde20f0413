"""Checks that your LinkedIn profile has a custom public URL with your name in it.

What it checks
--------------
The public address of your LinkedIn profile (``linkedin.com/in/…``), as the public page
shows it (canonical link) or, failing that, as configured in ``profiles.linkedin.url``.
``fail`` when it is the address LinkedIn generated: your name followed by a hash or a long
number (``/in/ada-example-7b3a2b1a8``, ``/in/ada-example-482913655``), a member id
(``/in/ACoAAB…``) or the old ``/pub/…`` form. ``warn`` when it is custom but ends in a
short number — one to four digits, with or without a hyphen (``/in/ada-example-2``,
``/in/adaexample7``) — or, with ``require_name``, does not carry your name or an alias.
Your name is recognised in order or reversed (``example-ada``), with middle names or a
middle initial (``ada-m-example``), as initials before the surname (``aexample``), with
particles joined (``joaodasilva``) and with the short or long form of your first name from
the ``nicknames`` dataset (``kate-lovelace`` for Katherine Lovelace). ``pass`` for a clean
custom address with your name. ``skip`` when neither gives an address; ``error`` when the
configured one is not a LinkedIn profile address.

Why it matters
--------------
You will paste this address into your portfolio, e-mail signature, CV and connection notes.
A clean ``/in/your-name`` is easy to read, to remember and to recognise in search results;
a generated one looks unfinished and is hard to tell from a namesake's.

How to fix
----------
Set a custom URL with your name: Me → View profile → Edit public profile & URL → Edit your
custom URL. Then update every link to the old address, including profiles.linkedin.url.

Example
-------
::

    profiles:
      linkedin: https://www.linkedin.com/in/ada-example/

gives e.g. ``pass``: ``Your public URL is custom and carries your name:
linkedin.com/in/ada-example``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.profile import _linkedin
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.names import match_name

ID = "profile.public-url"
TITLE = "LinkedIn has a custom public URL"
CATEGORY = "profile"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = ("linkedin",)
OPTIONS = {
    "require_name": Option(bool, True, "Warn when the custom address does not contain your "
                                       "name or an alias."),
}

MEMBER_ID = re.compile(r"^ACo[A-Za-z0-9_-]{10,}$")
# LinkedIn appends a hexadecimal hash ("-7b3a2b1a8") or a long number; a word with digits
# the member chose ("-lovelace1815") is not one.
GENERATED_SUFFIX = re.compile(r"-(?=[0-9a-f]*\d)[0-9a-f]{6,}$|-\d{5,}$", re.IGNORECASE)
SHORT_NUMBER = re.compile(r"(?<=\D)\d{1,4}$")
"""Any ending of one to four digits, after a hyphen or not (``-2``, ``ada1815``, ``-un233``)."""
MIN_SURNAME_FOR_INITIALS = 4
"""An initial joined to a surname shorter than this (``jli``) is too likely to be chance."""

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    profile = _linkedin.load(ctx)
    url = profile.public_url
    origin = _linkedin.source_label(profile, "public_url")
    if url is None:
        url, origin = ctx.subject.linkedin_url, "configured (profiles.linkedin.url)"
    if url is None:
        return Finding(
            outcome=Outcome.SKIP,
            message="The public URL is not in the data export and profiles.linkedin.url is "
                    "not set",
            fix="Set profiles.linkedin.url to your public profile address, or save your "
                "public profile page (profiles.linkedin.html).",
        )
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = unquote(parts.path).strip("/")
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")) \
            or not path.startswith(("in/", "pub/")):
        # A company page or another site says nothing about the member's own address.
        return Finding(
            outcome=Outcome.ERROR,
            message=f"{url} is not a LinkedIn public profile address (linkedin.com/in/…)",
            fix="Set profiles.linkedin.url to your public profile address, as shown under "
                "Me → View profile → Edit public profile & URL.",
            data={"url": url, "source": origin},
        )
    shown = f"linkedin.com/{path}"
    evidence = [Evidence(f"Public URL: {shown}", url=url, source=origin)]
    data = {"url": url, "source": origin}
    if path.startswith("pub/"):
        return Finding(outcome=Outcome.FAIL,
                       message=f"Your public URL is the old generated form: {shown}", fix=FIX,
                       evidence=evidence, data={**data, "kind": "generated"})
    slug = path.removeprefix("in/").split("/")[0]
    if MEMBER_ID.match(slug) or GENERATED_SUFFIX.search(slug):
        return Finding(outcome=Outcome.FAIL,
                       message=f"Your public URL is the one LinkedIn generated: {shown}",
                       fix=FIX, evidence=evidence, data={**data, "kind": "generated"})
    if SHORT_NUMBER.search(slug):
        return Finding(outcome=Outcome.WARN,
                       message=f"Your public URL ends in a number: {shown}", fix=FIX,
                       evidence=evidence, data={**data, "kind": "numbered"})
    if ctx.options["require_name"] and not _names_you(slug, ctx.subject.names):
        return Finding(outcome=Outcome.WARN,
                       message=f"Your public URL is custom but does not carry your name: "
                               f"{shown}", fix=FIX,
                       evidence=evidence, data={**data, "kind": "custom-without-name"})
    return Finding(outcome=Outcome.PASS,
                   message=f"Your public URL is custom and carries your name: {shown}",
                   evidence=evidence, data={**data, "kind": "custom"})


def _names_you(slug: str, names: tuple[str, ...]) -> bool:
    spaced = re.sub(r"[-_.]+", " ", slug)
    if match_name(spaced, names) is not None:
        return True
    letters = re.sub(r"[^a-z]", "", fold(slug))
    return any(_slug_has(letters, forms) for name in names for forms in _name_forms(name))


def _name_forms(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(given names, surnames) readings of ``name``: "Luis Alberto Bohrt" is given
    (luis, alberto) and surname (bohrt); a bracketed "(Randy)" is another given name; a
    credential after a comma ("Zineb Korachi, PhD") is dropped."""
    plain = name.split(",", maxsplit=1)[0]
    bracketed = re.findall(r"\(([^)]*)\)", plain)
    words = [re.sub(r"[^a-z]", "", fold(w)) for w in re.sub(r"\([^)]*\)", " ", plain).split()]
    words = [w for w in re.split(r"\s+", " ".join(words)) if w]
    hyphen = [re.sub(r"[^a-z]", "", w) for w in re.split(r"[\s-]+", fold(plain)) if w]
    if len(words) < 2:
        return []
    extra = tuple(re.sub(r"[^a-z]", "", fold(b)) for b in bracketed if b.strip())
    return [(tuple(words[:-1]) + extra, (words[-1],)),
            (tuple(words[:1]) + extra, tuple(words[1:])),
            (tuple(w for w in hyphen[:1] if w), tuple(w for w in hyphen[1:] if w))]


def _slug_has(letters: str, forms: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """The slug carries the name: in order or reversed, with middle names or initials in
    between, the first name as a nickname or short form (the ``nicknames`` dataset), or the
    initials of the given names before a surname (``rsassor``, ``lkmacmillan``)."""
    from presence_audit.text.nicknames import forms_of

    given, surnames = forms
    if not given or not surnames:
        return False
    if "".join(given + surnames) in letters:
        return True
    firsts = {g for g in given if len(g) > 1}
    firsts |= {f.replace(" ", "") for g in list(firsts) for f in forms_of(g)}
    lasts = [s for s in surnames if len(s) > 1]
    for last in lasts:
        for first in firsts:
            if re.search(rf"{first}[a-z]{{0,12}}?{last}|{last}{first}", letters):
                return True
        if len(last) >= MIN_SURNAME_FOR_INITIALS and \
                re.match(rf"{given[0][0]}[a-z]{{0,2}}{last}", letters):
            return True
    return False
