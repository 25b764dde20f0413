"""Counts how many of the first page's results for your name are yours, on each engine.

What it checks
--------------
For every search engine measured, how many of the first ``page_size`` results for your name
are yours — classified ``owned``: on your portfolio's site (any page or subdomain of its
registrable domain, never a lookalike such as ``adaexample.dev.evil.io``) or one of your
configured profiles, and not marked in ``person.not_me``. ``pass`` when every engine shows
at least ``minimum``; ``warn`` when some engine shows fewer but at least one; ``fail`` when
some engine shows none. With several samples, the median count is judged. An engine that
could not be measured is named in the message, gets ``error`` in the data's per-engine
verdicts and never counts as "none of yours".

Why it matters
--------------
A searcher scans the whole first page, not just the top result. The more of it you control,
the less room there is for namesakes and for pages about you that you did not write — and the
more of what they read is what you chose to say.

How to fix
----------
Publish more pages you control under your name and link them to each other (project pages on
your portfolio, a filled-in GitHub profile, talks or articles), and declare every profile you
use under `profiles` so it counts.

Example
-------
On duckduckgo your LinkedIn, portfolio and GitHub are #1, #2 and #4; on brave only LinkedIn
and the portfolio are on page 1 → ``warn``: ``brave shows fewer than 3 of your pages —
duckduckgo: 3 of 10 · brave: 2 of 10``.
"""

from __future__ import annotations

import math

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.search import _serps
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "search.owned-share"
TITLE = "Your pages fill the first page"
CATEGORY = "search"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("serps",)
OPTIONS = {
    "page_size": Option(int, 10, "Ranks 1..page_size count as the first page."),
    "minimum": Option(int, 3, "Results of yours wanted on the first page of each engine."),
    "queries": Option(list, ["{name}"], "Query templates whose first page is counted."),
}

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    subject = ctx.subject
    if not subject.portfolio_url and not subject.profile_urls:
        return Finding(
            Outcome.SKIP,
            "No portfolio or profiles configured: nothing counts as yours",
            fix="Set portfolio.url and your profiles in the config.",
        )
    page: int = ctx.options["page_size"]
    minimum: int = ctx.options["minimum"]
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)

    owned = _serps.owned_by(subject)
    counts: dict[str, dict[str, int]] = {}
    evidence: list[Evidence] = []
    for engine, query, lists in serps.pairs():
        per_sample = [[r for r in item.results if r.rank <= page and owned(r)]
                      for item in lists]
        counts.setdefault(engine, {})[query] = _serps.median_low(
            len(found) for found in per_sample
        )
        where = serps.for_query(query)
        evidence.extend(
            Evidence(f"{engine} #{r.rank}{where}: {r.title or r.url}", url=r.url,
                     source=engine)
            for r in per_sample[0]
        )

    pairs = [(e, q, n) for e, by_query in counts.items() for q, n in by_query.items()]
    summary = " · ".join(f"{e}{serps.for_query(q)}: {n} of {page}" for e, q, n in pairs)
    short = [e for e, _, n in pairs if n < minimum]
    verdicts: dict[str, list[Outcome]] = {}
    for engine, _, n in pairs:
        verdicts.setdefault(engine, []).append(
            Outcome.PASS if n >= minimum else Outcome.WARN if n else Outcome.FAIL)
    data = {"page_size": page, "minimum": minimum, "counts": counts,
            "engines": _serps.engine_outcomes(
                {engine: _serps.worst(found) for engine, found in verdicts.items()}, serps),
            "unmeasured": serps.unmeasured}
    if not short:
        message = f"At least {minimum} of the first {page} results are yours on every engine"
        return Finding(Outcome.PASS, serps.with_unmeasured(f"{message} — {summary}"),
                       evidence=evidence + serps.unmeasured_evidence(), data=data)
    none = [e for e, _, n in pairs if n == 0]
    outcome = Outcome.FAIL if none else Outcome.WARN
    worst = none or short
    lead = (f"{_serps.join_names(worst)} {'shows' if len(set(worst)) == 1 else 'show'} "
            f"{'none' if none else f'fewer than {minimum}'} of your pages")
    return Finding(
        outcome,
        serps.with_unmeasured(f"{lead} — {summary}"),
        fix=FIX,
        evidence=evidence + serps.unmeasured_evidence(),
        data=data,
        score=math.fsum(min(n / minimum, 1.0) for _, _, n in pairs) / len(pairs)
        if outcome is Outcome.WARN else None,
    )
