"""Checks that your LinkedIn profile has a custom public URL with your name in it.

What it checks
--------------
The public address of your LinkedIn profile (``linkedin.com/in/…``), as the public page
shows it (canonical link) or, failing that, as configured in ``profiles.linkedin.url``.
``fail`` when it is the address LinkedIn generated: your name followed by a hash or a long
number (``/in/ada-example-7b3a2b1a8``, ``/in/ada-example-482913655``), a member id
(``/in/ACoAAB…``) or the old ``/pub/…`` form. ``warn`` when it is custom but ends in a
short number (``/in/ada-example-2``) or, with ``require_name``, does not contain your name
or an alias. ``pass`` for a clean custom address with your name. ``skip`` when neither
gives an address; ``error`` when the configured one is not a LinkedIn profile address.

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
SHORT_NUMBER = re.compile(r"-\d{1,4}$")

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
    joined = re.sub(r"[^a-z0-9]", "", fold(slug, apostrophes=False))
    return any(re.sub(r"[^a-z0-9]", "", fold(name, apostrophes=False)) in joined for name in names)
