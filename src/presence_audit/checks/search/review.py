"""Lists the results about you on pages you do not own, engine by engine, for you to review.

What it checks
--------------
Nothing is judged. Every first-page result that names you together with something that
identifies you (profession, city, employer, school, configured context) — or that names you
with no evidence either way (``unsure``: check it is you) — but is not on your own site or
profiles is listed per engine, once per address, with the best rank it reached in any
query or sample and the evidence that tied it to you. Engines that could not be measured are
named with the reason.

Why it matters
--------------
Pages others wrote about you — a team page, a meetup talk, a data broker's profile, an old
account — are part of what a searcher reads before accepting your request. Make sure you are
comfortable with what appears, and that it is current.

How to fix
----------
Read the list. Ask the owners of outdated pages to update them (your employer's team page, an
event page), close or update accounts you no longer use, and request removal from data
brokers. Pages that are yours but not recognised as such belong in ``profiles.others``;
pages about a namesake belong in ``person.not_me``.

Example
-------
gives ``info``: ``5 results about you on pages you do not own — duckduckgo: 3 · brave: 4``
with evidence such as ``brave #6: Ada Example Email & Phone Number | Acme Analytics … — names
you: "Ada Example" (exact match of "Ada Example"), with data engineer, Lisbon, Acme
Analytics``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.search import _serps
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome
from presence_audit.text.classify import ABOUT_YOU, UNSURE, Classifier, address_key

ID = "search.review"
TITLE = "Results about you to review"
CATEGORY = "search"
SEVERITY = "low"
WEIGHT = 0
REQUIRES = ("serps",)
OPTIONS = {
    "page_size": Option(int, 10, "Ranks 1..page_size are reviewed."),
    "queries": Option(list, [], "Query templates whose results are reviewed; empty: every query "
    "searched."),
}


def check(ctx: CheckContext) -> Finding:
    page: int = ctx.options["page_size"]
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)
    classifier = Classifier.for_subject(ctx.subject)
    listed: dict[str, list[JSONDict]] = {}
    for engine, by_query in serps.measured.items():
        found: dict[str, JSONDict] = {}
        for query, lists in by_query.items():
            for item in lists:
                for result in item.results:
                    if result.rank > page:
                        continue
                    verdict = classifier(result)
                    if verdict.label not in (ABOUT_YOU, UNSURE):
                        continue
                    key = address_key(result.url)
                    if key not in found or result.rank < found[key]["rank"]:
                        found[key] = {"rank": result.rank, "query": query,
                                      "title": result.title, "url": result.url,
                                      "why": verdict.why, "class": verdict.label}
        listed[engine] = sorted(found.values(), key=lambda r: (r["rank"], r["url"]))

    evidence = [
        Evidence(f"{engine} #{r['rank']}{serps.for_query(r['query'])}: "
                 f"{r['title'] or r['url']} — {r['why']}", url=r["url"], source=engine)
        for engine, results in listed.items() for r in results
    ]
    total = len({address_key(r["url"]) for results in listed.values() for r in results})
    unsure = len({address_key(r["url"]) for results in listed.values() for r in results
                  if r["class"] == UNSURE})
    per_engine = " · ".join(f"{engine}: {len(results)}" for engine, results in listed.items())
    if total:
        noun = "result" if total == 1 else "results"
        doubt = f" ({unsure} unsure: your name, nothing either way — check they are you)" \
            if unsure else ""
        message = (f"{total} {noun} about you on pages you do not own{doubt} — make sure you "
                   f"are comfortable with what they show: {per_engine}")
    else:
        message = "No result about you on pages you do not own: only your own pages name you"
    return Finding(
        Outcome.INFO,
        serps.with_unmeasured(message),
        evidence=evidence + serps.unmeasured_evidence(),
        data={"page_size": page, "results": listed, "unmeasured": serps.unmeasured},
    )
