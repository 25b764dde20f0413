"""Warns when a term you watch for appears in a search result about you.

What it checks
--------------
Every result gathered that is about you — on your own pages or others' (see
``search.review``) — is searched for the terms in ``person.watchlist``: old usernames, a past
employer, words you would not want next to your name. Terms match as whole words, ignoring
case, accents and punctuation (``adaexample_dev_2009`` is found in "(adaexample_dev_2009)"),
in the title, the snippet and the address. ``pass`` when none appears; ``warn`` with each
result that shows one. Results about namesakes are not searched: they are not about you.

Why it matters
--------------
An old handle ties today's profile to everything posted under it; a past employer or a
phrase you have outgrown shapes the first impression of someone deciding whether to reply.
You can only act on what you know is there.

How to fix
----------
For each result: update your own page, ask the site's owner to correct or remove it, close or
rename the old account, or publish newer pages that outrank it. Remove a term from
person.watchlist once you are comfortable with it appearing.

Example
-------
::

    person:
      watchlist: ["adaexample_dev_2009"]

gives ``warn``: ``"adaexample_dev_2009" appears in 1 result about you — brave #10: User
adaexample_dev_2009 - Stack Overflow``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.search import _serps
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome
from presence_audit.text.classify import ABOUT_YOU, OWNED, Classifier, address_key, mentions

ID = "search.watchlist"
TITLE = "No watched terms next to your name"
CATEGORY = "search"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("serps",)
OPTIONS = {
    "queries": Option(list, [], "Query templates whose results are searched; empty: every query "
    "searched."),
}

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    terms = list(dict.fromkeys(t.strip() for t in ctx.subject.watchlist if t.strip()))
    if not terms:
        return Finding(Outcome.SKIP, "No watchlist configured: nothing to look for",
                       fix="List old usernames, past employers or words to watch for under "
                           "person.watchlist.")
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)
    classifier = Classifier.for_subject(ctx.subject)
    hits: dict[tuple[str, str], JSONDict] = {}
    for engine, query, lists in serps.pairs():
        for item in lists:
            for result in item.results:
                text = f"{result.title}\n{result.snippet}\n{result.url}"
                found = [term for term in terms if mentions(text, term)]
                if not found:
                    continue
                label = classifier(result).label
                if label not in (ABOUT_YOU, OWNED):
                    continue
                key = (engine, address_key(result.url))
                if key not in hits or result.rank < hits[key]["rank"]:
                    hits[key] = {"terms": found, "engine": engine, "query": query,
                                 "rank": result.rank, "title": result.title,
                                 "url": result.url, "class": label}
    listed = sorted(hits.values(), key=lambda h: (h["engine"], h["rank"], h["url"]))
    data = {"terms": terms, "hits": listed, "unmeasured": serps.unmeasured}
    if not listed:
        return Finding(Outcome.PASS, serps.with_unmeasured(
            f"None of your {len(terms)} watched terms appears in the results about you"),
            evidence=serps.unmeasured_evidence(), data=data)
    evidence = [
        Evidence(f"{', '.join(_quoted(h['terms']))} in {h['engine']} #{h['rank']}"
                 f"{serps.for_query(h['query'])}: {h['title'] or h['url']}",
                 url=h["url"], source=h["engine"])
        for h in listed
    ]
    seen_terms = list(dict.fromkeys(t for h in listed for t in h["terms"]))
    results = len({address_key(h["url"]) for h in listed})
    noun = "result" if results == 1 else "results"
    verb = "appears" if len(seen_terms) == 1 else "appear"
    first = listed[0]
    message = (f"{_serps.join_names(_quoted(seen_terms))} {verb} in {results} {noun} about "
               f"you — {first['engine']} #{first['rank']}: {first['title'] or first['url']}")
    return Finding(Outcome.WARN, serps.with_unmeasured(message), fix=FIX,
                   evidence=evidence + serps.unmeasured_evidence(), data=data)


def _quoted(terms: list[str]) -> list[str]:
    return [f'"{term}"' for term in terms]
