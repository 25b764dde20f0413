"""Lists what people find when they search your name, engine by engine.

What it checks
--------------
Nothing is judged: the top results for your name queries on each search engine measured are
listed for you to review, with their titles and links. Engines that could not be measured
(blocked, rate-limited, timed out) are named with the reason.

Why it matters
--------------
Before accepting a connection request, people search the name. If namesakes, an old profile
or someone else's news fill the first results, they may never find you, or find the wrong
person. Only you can tell which results are about you.

How to fix
----------
Read the list. If the results about you are few or outdated, publish pages under your full
name (a portfolio, complete public profiles), link them to each other, and ask sites that
mention you (talks, your employer's team page) to link them. Add a distinguishing detail
(profession, city) to the queries to see what a careful searcher finds.

Example
-------
::

    checks:
      search.name-results:
        options:
          top: 10
          queries: ["{name}", "{name} {profession}"]

gives ``info`` with evidence such as ``duckduckgo #1: Ada Example - Data Engineer - Acme
Analytics | LinkedIn``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.search import _serps
from presence_audit.core.artifacts.serps import ResultList
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome
from presence_audit.text.classify import Classifier
from presence_audit.text.engines import index_label

ID = "search.name-results"
TITLE = "Your name returns results"
CATEGORY = "search"
SEVERITY = "low"
WEIGHT = 0
REQUIRES = ("serps",)
OPTIONS = {
    "top": Option(int, 5, "How many results to list per engine and query."),
    "queries": Option(list, ["{name}"], "Query templates whose results are listed ({name}, "
    "{profession}, {location} "
                  "as configured for the search)."),
}

REVIEW_FIX = (
    "Check that the first results are about you. If namesakes or outdated pages crowd you "
    "out, publish pages under your full name (portfolio, public profiles) and link them to "
    "each other."
)


def check(ctx: CheckContext) -> Finding:
    top: int = ctx.options["top"]
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)
    evidence: list[Evidence] = []
    listed: dict[str, dict[str, list[JSONDict]]] = {}
    for engine, query, lists in serps.pairs():
        # Several samples of one query mostly repeat each other: the first one is listed.
        shown = lists[0].results[:top]
        listed.setdefault(engine, {})[query] = [
            {"rank": r.rank, "title": r.title, "url": r.url} for r in shown
        ]
        evidence.extend(
            Evidence(f"{engine} #{r.rank}{serps.for_query(query)}: {r.title or r.url}",
                     url=r.url, source=engine)
            for r in shown
        )
    queries = ", ".join(f'"{q}"' for q in serps.queries if _is_measured(serps, q))
    labels = {engine: _label(next(iter(pairs.values()))[0])
              for engine, pairs in serps.measured.items()}
    engines = _serps.join_names(list(labels.values()))
    message = f"Top {top} results for {queries} on {engines}: check which are about you"
    return Finding(
        outcome=Outcome.INFO,
        message=serps.with_unmeasured(message),
        fix=REVIEW_FIX,
        evidence=evidence + serps.unmeasured_evidence(),
        data={"top": top, "results": listed, "unmeasured": serps.unmeasured,
              "engines": {engine: {"label": label, "index": _first(serps, engine).index}
                          for engine, label in labels.items()},
              "page_one": _page_one(serps, Classifier.for_subject(ctx.subject))},
    )


PAGE_ONE = 10


def _label(item: ResultList) -> str:
    """Whose index a list shows: "Google (via Startpage)", "Google (saved page)", "Brave"."""
    return index_label(item.engine, item.index, saved=item.provider == "saved")


def _first(serps: _serps.Serps, engine: str) -> ResultList:
    return next(iter(serps.measured[engine].values()))[0]


def _page_one(serps: _serps.Serps, classifier: Classifier) -> dict[str, JSONDict]:
    """Per engine, page 1 of its first query (the plain name comes first), each result with
    its class: what a stranger who searches your name sees, for the report's picture."""
    pages: dict[str, JSONDict] = {}
    for engine, by_query in serps.measured.items():
        query, lists = next(iter(by_query.items()))
        shown = []
        for result in lists[0].results[:PAGE_ONE]:
            verdict = classifier(result)
            shown.append({"rank": result.rank, "title": result.title, "url": result.url,
                          "snippet": result.snippet, "class": verdict.label,
                          "why": verdict.why})
        pages[engine] = {"query": query, "label": _label(lists[0]), "results": shown}
    return pages


def _is_measured(serps: _serps.Serps, query: str) -> bool:
    return any(query in pairs for pairs in serps.measured.values())
