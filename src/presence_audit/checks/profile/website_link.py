"""Checks that your LinkedIn profile links to your portfolio.

What it checks
--------------
Whether the websites listed on your LinkedIn profile (contact info → Websites, from the data
export or the public page) include a page on your portfolio's site (``portfolio.url``; any
page or sub-domain of the same registrable domain counts). ``pass`` when they do. ``warn``
when the portfolio is only mentioned in the About text: readers see it there, but it is not
a link. ``fail`` when it is in neither. ``skip`` without a configured portfolio; ``error``
when the websites could not be read.

Why it matters
--------------
Your portfolio is the page you control. Someone who found you on LinkedIn should be one
click away from it, and a link from your LinkedIn profile also helps search engines connect
the two and rank the portfolio for your name.

How to fix
----------
On LinkedIn: Me → View profile → Contact info (the pencil) → Add website, paste your
portfolio's address and pick the type "Portfolio" or "Personal". Mention it in your About
section too.

Options
-------
None.

Example
-------
::

    portfolio:
      url: https://adaexample.dev

gives e.g. ``pass``: ``Your LinkedIn profile links to adaexample.dev: https://adaexample.dev/``.
"""

from __future__ import annotations

import re

from presence_audit.checks.base import CheckContext
from presence_audit.checks.profile import _linkedin, _web
from presence_audit.core.model import Finding, Outcome
from presence_audit.text.urls import site_key

ID = "profile.website-link"
TITLE = "LinkedIn links to your portfolio"
CATEGORY = "profile"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("linkedin",)
OPTIONS: dict[str, object] = {}

FIX = (
    "On LinkedIn: Me → View profile → Contact info (the pencil) → Add website: paste "
    "{url} and pick the type Portfolio or Personal. Mention it in your About section too."
)


def check(ctx: CheckContext) -> Finding:
    portfolio = ctx.subject.portfolio_url
    domain = site_key(portfolio) if portfolio else None
    if portfolio is None or domain is None:
        return Finding(
            outcome=Outcome.SKIP,
            message="No portfolio configured: set portfolio.url to check that LinkedIn "
                    "links to it",
            fix="Set portfolio.url in the config to your site's address.",
        )
    profile = _linkedin.load(ctx)
    if not profile.known("websites"):
        return _linkedin.unread(profile, "websites")
    sites = profile.websites
    data = {"domain": domain, "websites": sites, "source": profile.source_of("websites")}
    listed = ", ".join(sites) if sites else "none"
    evidence = [_linkedin.evidence(profile, "websites", f"Websites on LinkedIn: {listed}")]
    linked = next((site for site in sites if _web.on_site(site, domain)), None)
    if linked is not None:
        return Finding(outcome=Outcome.PASS,
                       message=f"Your LinkedIn profile links to {domain}: {linked}",
                       evidence=evidence, data={**data, "linked": linked})
    fix = FIX.format(url=portfolio)
    if profile.summary and _mentions(profile.summary, domain):
        return Finding(outcome=Outcome.WARN,
                       message=f"{domain} is mentioned in your About section but is not "
                               "among your LinkedIn websites",
                       fix=fix, evidence=evidence, data={**data, "linked": None})
    return Finding(outcome=Outcome.FAIL,
                   message=f"Your LinkedIn profile does not link to {domain} "
                           f"(websites: {listed})",
                   fix=fix, evidence=evidence, data={**data, "linked": None})


def _mentions(text: str, domain: str) -> bool:
    # A sub-domain (www.adaexample.dev) counts; a longer name (notadaexample.dev) does not.
    pattern = rf"(?<![\w.-])(?:[\w-]+\.)*{re.escape(domain)}(?![\w-])"
    return re.search(pattern, text, re.IGNORECASE) is not None
