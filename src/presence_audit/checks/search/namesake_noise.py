"""Checks that namesakes do not outnumber you on the first page of results for your name.

What it checks
--------------
Every result on the first ``page_size`` results for your name is classified: yours (on your
site or profiles), about you (your name with your profession, city, employer, school or
another configured context term), a namesake (your name with none of that and something
against it — another profession or a sign of another person's life, or an address you listed
in ``person.not_me``), unsure (your name and no evidence either way: shown for review, never
counted as a namesake) or unrelated. ``pass`` when, on every engine measured, namesakes
are no more numerous than the results about you; ``warn`` when they outnumber you on some
engines; ``fail`` when they outnumber you on every engine measured. With several samples the
median counts are judged. The namesakes are listed with the reason each was classified so.
Engines that could not be measured are named and never count either way.

Why it matters
--------------
Someone who looks you up after a connection request and meets a painter, a dentist and an
obituary under your name may conclude you have no presence, or mistake one of them for you.
A qualifier used everywhere you publish (a middle initial, your profession) gives searchers a
query that finds only you, and gives engines a way to tell you apart.

How to fix
----------
Pick one qualifier and use it consistently in page titles, profile headlines, bios and author
lines: your middle initial ("Ada B. Example") or your profession ("Ada Example, data
engineer"). Add it to ``person.aliases`` so the audit recognises it as you, and your
profession to ``person.profession``: the default queries then search "{name} {profession}"
too. Results you know are not you can be listed in ``person.not_me``.

Example
-------
On brave the first page for "Ada Example" holds four namesakes (a painter in Melbourne, a
dentist in Brighton, an obituary, another LinkedIn profile) and three results about you →
``warn``: ``Namesakes outnumber you on brave — duckduckgo: 2 namesakes, 8 about you · brave:
4 namesakes, 3 about you``, with the fix suggesting "Ada Example, data engineer".
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.search import _serps
from presence_audit.core.artifacts.serps import ResultList
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome, Subject
from presence_audit.text.classify import ABOUT_YOU, NAMESAKE, OWNED, Classifier

ID = "search.namesake-noise"
TITLE = "Namesakes do not crowd you out"
CATEGORY = "search"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("serps",)
OPTIONS = {
    "page_size": Option(int, 10, "Ranks 1..page_size count as the first page."),
    "queries": Option(list, ["{name}"], "Query templates whose first page is judged."),
}

QUALIFIED_TEMPLATE = "{name} {profession}"


def check(ctx: CheckContext) -> Finding:
    subject = ctx.subject
    if not (subject.profession or subject.location or subject.context or subject.not_me):
        return Finding(
            Outcome.SKIP,
            "Nothing configured tells you from a namesake: set person.profession, "
            "person.location or person.context",
            fix="Set person.profession, person.location and person.context (employers, "
                "schools) so results about you can be told from namesakes.",
        )
    page: int = ctx.options["page_size"]
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)
    classifier = Classifier.for_subject(subject)

    counts: dict[str, dict[str, JSONDict]] = {}
    listed: dict[str, dict[str, list[JSONDict]]] = {}
    evidence: list[Evidence] = []
    crowded: list[tuple[str, str]] = []
    pairs = 0
    for engine, query, lists in serps.pairs():
        pairs += 1
        yours, namesakes = _median_counts(lists, page, classifier)
        counts.setdefault(engine, {})[query] = {"yours": yours, "namesakes": namesakes}
        if namesakes > yours:
            crowded.append((engine, query))
        shown = _namesakes(lists[0], page, classifier)
        listed.setdefault(engine, {})[query] = shown
        where = serps.for_query(query)
        evidence.extend(
            Evidence(f"{engine} #{item['rank']}{where}: {item['title'] or item['url']} — "
                     f"{item['why']}", url=item["url"], source=engine)
            for item in shown
        )

    summary = " · ".join(
        f"{engine}{serps.for_query(query)}: {_plural(c['namesakes'], 'namesake')}, "
        f"{c['yours']} about you"
        for engine, by_query in counts.items() for query, c in by_query.items()
    )
    qualifier = _qualifier(subject)
    data: JSONDict = {
        "page_size": page,
        "counts": counts,
        "namesakes": listed,
        "qualifier": qualifier,
        "engines": _serps.engine_outcomes(_engine_verdicts(counts), serps),
        "unmeasured": serps.unmeasured,
    }
    evidence += serps.unmeasured_evidence()
    if not crowded:
        return Finding(Outcome.PASS, serps.with_unmeasured(
            f"Results about you outnumber namesakes on every engine measured — {summary}"),
            evidence=evidence, data=data)
    engines = _serps.join_names([engine for engine, _ in crowded])
    outcome = Outcome.FAIL if len(crowded) == pairs else Outcome.WARN
    return Finding(
        outcome,
        serps.with_unmeasured(f"Namesakes outnumber you on {engines} — {summary}"),
        fix=_fix(qualifier, _qualified_helps(ctx, page, classifier)),
        evidence=evidence,
        data=data,
        score=1 - len(crowded) / pairs if outcome is Outcome.WARN else None,
    )


def _median_counts(lists: list[ResultList], page: int, classifier: Classifier) -> tuple[int, int]:
    """(results about you or yours, namesakes) on page 1, each the median over samples."""
    yours: list[int] = []
    namesakes: list[int] = []
    for item in lists:
        labels = [classifier(r).label for r in item.results if r.rank <= page]
        yours.append(sum(1 for label in labels if label in (OWNED, ABOUT_YOU)))
        namesakes.append(labels.count(NAMESAKE))
    return _serps.median_low(yours), _serps.median_low(namesakes)


def _namesakes(item: ResultList, page: int, classifier: Classifier) -> list[JSONDict]:
    listed: list[JSONDict] = []
    for result in item.results:
        if result.rank > page:
            continue
        found = classifier(result)
        if found.label == NAMESAKE:
            listed.append({"rank": result.rank, "title": result.title, "url": result.url,
                           "why": found.why})
    return listed


def _engine_verdicts(counts: dict[str, dict[str, JSONDict]]) -> dict[str, Outcome]:
    verdicts: dict[str, Outcome] = {}
    for engine, by_query in counts.items():
        crowded = [c["namesakes"] > c["yours"] for c in by_query.values()]
        verdicts[engine] = (Outcome.FAIL if all(crowded) else Outcome.WARN if any(crowded)
                            else Outcome.PASS)
    return verdicts


def _qualifier(subject: Subject) -> str | None:
    """The qualifier to suggest: a configured alias with a middle name or initial, else the
    name with the profession, else with the city."""
    words = len(subject.name.split())
    for alias in subject.aliases:
        if len(alias.split()) > words and not alias.split()[0].rstrip(".").isupper():
            return alias
    if subject.profession:
        return f"{subject.name}, {subject.profession}"
    if subject.location:
        return f"{subject.name} ({subject.location})"
    return None


def _qualified_helps(ctx: CheckContext, page: int, classifier: Classifier) -> list[str]:
    """Engines where the name-plus-profession query was measured and namesakes do not win."""
    serps = _serps.load(ctx, [QUALIFIED_TEMPLATE])
    return [
        engine for engine, by_query in serps.measured.items()
        if all(yours >= namesakes for yours, namesakes in
               (_median_counts(lists, page, classifier) for lists in by_query.values()))
    ]


def _fix(qualifier: str | None, helps: list[str]) -> str:
    use = (f'Use one qualifier consistently — "{qualifier}" — in page titles, profile '
           "headlines, bios and author lines" if qualifier else
           "Pick one qualifier (a middle initial or your profession) and use it consistently "
           "in page titles, profile headlines, bios and author lines")
    proof = (f"; with your profession added to the query, namesakes no longer outnumber you "
             f"on {_serps.join_names(helps)}" if helps else "")
    return (f"{use}{proof}. List results you know are not you under person.not_me, and add "
            "the qualified form to person.aliases.")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
