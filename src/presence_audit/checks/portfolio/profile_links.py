"""Checks that your portfolio links to each of your configured profiles.

What it checks
--------------
For each configured profile (``profiles.linkedin``, ``profiles.github``, each of
``profiles.others``), whether the page links to it: an ``<a href>`` or a ``rel="me"`` link
to the profile or one of its pages (a repository under your GitHub login counts). ``pass``
when every profile is linked, ``warn`` when some are, ``fail`` when none is; ``skip`` when no
profile is configured. The evidence says which links were found and which carry
``rel="me"``.

Why it matters
--------------
Links from your site to your profiles (and back) are how search engines and people connect
them to you, and ``rel="me"`` lets Mastodon and other services verify that the profile is
yours. A visitor who liked your site should find your LinkedIn in one click.

How to fix
----------
Link every profile from the page, ideally in the header or footer, with ``rel="me"``:
``<a href="https://github.com/ada-example" rel="me">GitHub</a>``.

Options
-------
None.

Example
-------
A page that links LinkedIn and GitHub but not Speaker Deck gives ``warn``: ``The page links
2 of 3 profiles; missing: speakerdeck.com/adaexample``.
"""

from __future__ import annotations

from typing import Any

from presence_audit.checks.base import CheckContext
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Finding, Outcome
from presence_audit.text.urls import profile_matches

ID = "portfolio.profile-links"
TITLE = "Portfolio links to your profiles"
CATEGORY = "portfolio"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("portfolio",)
OPTIONS: dict[str, Any] = {}


def _fix(missing: list[str]) -> str:
    return ("Link each profile from the page's header or footer with rel=\"me\", e.g. "
            f'<a href="{missing[0]}" rel="me">…</a>' + (
                f", and likewise {', '.join(missing[1:])}." if len(missing) > 1 else "."))


def check(ctx: CheckContext) -> Finding:
    profiles = ctx.subject.profile_urls
    if not profiles:
        return Finding(Outcome.SKIP, "No profiles configured: set profiles.linkedin, "
                       "profiles.github or profiles.others to check the links to them")
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    page = loaded.page
    rel_me = [str(u) for u in page["rel_me"]]
    links = rel_me + [str(p["url"]) for p in page["profile_links"]] + [
        str(u) for u in page["external_links"]]
    found: dict[str, dict[str, Any] | None] = {}
    for label, url in profiles.items():
        hit = next((link for link in links if profile_matches(link, url)), None)
        found[label] = None if hit is None else {
            "url": hit, "rel_me": any(profile_matches(u, url) for u in rel_me)}
    linked = {label: hit for label, hit in found.items() if hit}
    missing = [label for label, hit in found.items() if hit is None]
    named = {label: _portfolio.profile_label(label, url) for label, url in profiles.items()}
    evidence = [
        loaded.evidence(f"Links {named[label]}: {hit['url']}"
                        + (" (rel=me)" if hit["rel_me"] else ""), url=hit["url"])
        for label, hit in linked.items()
    ]
    data = {"profiles": found, "linked": len(linked), "configured": len(profiles)}
    with_rel_me = sum(1 for hit in linked.values() if hit["rel_me"])
    if not missing:
        return Finding(Outcome.PASS, f"The page links all {len(profiles)} profiles "
                       f"({with_rel_me} with rel=me)", evidence=evidence, data=data)
    missing_names = ", ".join(named[label] for label in missing)
    fix = _fix([profiles[label] for label in missing])
    if not linked:
        return Finding(Outcome.FAIL, f"The page links none of your {len(profiles)} profiles: "
                       f"{missing_names}", fix=fix, data=data)
    return Finding(Outcome.WARN, f"The page links {len(linked)} of {len(profiles)} profiles; "
                   f"missing: {missing_names}", fix=fix, evidence=evidence, data=data,
                   score=len(linked) / len(profiles))
