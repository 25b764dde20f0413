"""Lists the social accounts that appear in results about you and warns for undeclared ones.

What it checks
--------------
Every search result gathered that is yours or about you (see ``search.review``) is matched
against a built-in list of well-known social sites — X/Twitter, Instagram, Facebook, TikTok,
Reddit, YouTube, Medium, Substack, Tumblr, Threads, Bluesky, Pinterest, Twitch, LinkedIn,
GitHub, Mastodon instances and any other site with Mastodon-style ``/@user`` addresses. An
account counts as yours when it is one of your configured profiles, when its handle spells
your name (``adaexample``, ``aexample``), or when the result is the account's own page and
its title names you; a post about you under someone else's handle is not your account. The
accounts found are listed for review: ``pass`` when each is declared in the config (LinkedIn,
GitHub or ``profiles.others``; ``twitter.com`` and ``x.com`` are the same site), ``warn``
for the ones that are not.

Why it matters
--------------
A searcher who finds your name on a social site reads that account as you: its photo, bio
and latest posts become part of your first impression, whether you still use it or not.
Declaring the accounts you stand behind keeps this audit — and you — aware of each one.

How to fix
----------
Open each undeclared account. If it is yours and you are comfortable with what it shows
publicly (photo, bio, recent posts), add its address to profiles.others; if you no longer use
it, point it to your current profiles, make it private or delete it. If it is not yours, list
it under person.not_me.

Example
-------
::

    profiles:
      others: ["https://speakerdeck.com/adaexample"]

with ``x.com/adaexample`` and ``medium.com/@adaexample`` among the results about you gives
``warn``: ``2 accounts in the results about you are not declared: X (Twitter)
x.com/adaexample, Medium medium.com/@adaexample``.
"""

from __future__ import annotations

import re

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.curation._social import Account, account_of
from presence_audit.checks.search import _serps
from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome, Subject
from presence_audit.text.classify import ABOUT_YOU, OWNED, Classifier, address_key
from presence_audit.text.folding import fold
from presence_audit.text.names import match_name

ID = "curation.public-accounts"
TITLE = "Public accounts in your results are ones you chose"
CATEGORY = "curation"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("serps",)
OPTIONS = {
    "queries": Option(list, [], "Query templates whose results are searched; empty: every query "
    "searched."),
}

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    subject = ctx.subject
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)
    classifier = Classifier.for_subject(subject)
    declared = {account.key for url in subject.profile_urls.values()
                if (account := account_of(url)) is not None}
    spellings = _spellings(subject)
    found: dict[tuple[str, str, str], JSONDict] = {}
    for engine, by_query in serps.measured.items():
        for query, lists in by_query.items():
            for item in lists:
                for result in item.results:
                    account = account_of(result.url)
                    if account is None:
                        continue
                    label = classifier(result).label
                    if label == OWNED or (label == ABOUT_YOU and _is_theirs(
                            account, result, subject, spellings)):
                        _record(found, account, account.key in declared, engine, query,
                                result)

    accounts = sorted(found.values(), key=lambda a: (a["declared"], a["site"], a["url"]))
    evidence = [
        Evidence(f"{a['site']} {a['url'].removeprefix('https://')} — "
                 f"{'declared' if a['declared'] else 'not declared'}; seen on "
                 f"{_serps.join_names([s['engine'] for s in a['seen']])}",
                 url=a["url"], source=a["seen"][0]["engine"])
        for a in accounts
    ] + serps.unmeasured_evidence()
    data = {"accounts": accounts, "unmeasured": serps.unmeasured}
    undeclared = [a for a in accounts if not a["declared"]]
    if not accounts:
        return Finding(Outcome.PASS, serps.with_unmeasured(
            "No social account appears in the results about you"), evidence=evidence,
            data=data)
    if not undeclared:
        return Finding(Outcome.PASS, serps.with_unmeasured(
            f"Every social account in the results about you is declared: "
            f"{_listing(accounts)}"), evidence=evidence, data=data)
    count = len(undeclared)
    lead = (f"{count} accounts in the results about you are not declared" if count > 1
            else "1 account in the results about you is not declared")
    return Finding(
        Outcome.WARN,
        serps.with_unmeasured(f"{lead}: {_listing(undeclared)}"),
        fix=FIX,
        evidence=evidence,
        data=data,
        score=1 - count / len(accounts),
    )


def _record(found: dict[tuple[str, str, str], JSONDict], account: Account, declared: bool,
            engine: str, query: str, result: SearchResult) -> None:
    entry = found.setdefault(account.key, {
        "site": account.site, "handle": account.handle, "url": account.url,
        "declared": declared, "seen": [],
    })
    if not any(s["engine"] == engine and s["url"] == result.url for s in entry["seen"]):
        entry["seen"].append({"engine": engine, "query": query, "rank": result.rank,
                              "url": result.url, "title": result.title})


def _listing(accounts: list[JSONDict]) -> str:
    return ", ".join(f"{a['site']} {a['url'].removeprefix('https://')}" for a in accounts)


def _spellings(subject: Subject) -> list[str]:
    """How handles spell the name: ``adaexample``, ``aexample`` (four letters or more)."""
    found: list[str] = []
    for name in subject.names:
        words = re.findall(r"[^\W_]+", fold(name, apostrophes=False))
        if not words:
            continue
        found.append("".join(words))
        if len(words) >= 2:
            found.append(words[0][0] + words[-1])
    return [s for s in dict.fromkeys(found) if len(s) >= 4]


def _is_theirs(account: Account, result: SearchResult, subject: Subject,
               spellings: list[str]) -> bool:
    """A result about you shows your account, not just a post mentioning you."""
    handle = "".join(re.findall(r"[^\W_]+", fold(account.handle, apostrophes=False)))
    if any(spelling in handle for spelling in spellings):
        return True
    own_page = address_key(result.url) == address_key(account.url)
    return own_page and match_name(result.title, subject.names) is not None
