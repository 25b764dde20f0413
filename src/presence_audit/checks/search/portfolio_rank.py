"""Checks that your portfolio is among the first results for your name on every engine.

What it checks
--------------
For each search engine measured and each name query, the best rank of any result on your
portfolio's site (its registrable domain, so ``blog.adaexample.dev`` counts for
``adaexample.dev`` but ``adaexample.dev.example.com`` does not). ``pass`` when it is in the
top ``top`` everywhere measured; ``warn`` when it is found but lower somewhere; ``fail`` when
it is missing from the results of some engine. An engine that could not be measured
(blocked, rate-limited, timed out) is named in the message, gets ``error`` in the data's
per-engine verdicts and never counts as missing: the engines that answered decide. With
several samples (``search.samples``) the best rank is judged and the message adds in how many
samples it was in the top and the median rank.

Why it matters
--------------
Your portfolio is the one page you control. Someone who searches your name after a connection
request decides in the first few results; if your site is not there, they meet namesakes or
whatever others wrote about you instead.

How to fix
----------
Put your full name in the portfolio's ``<title>`` and main heading (``h1``); link the
portfolio from your LinkedIn, GitHub and other profiles, and ask sites that mention you
(talks, your employer's team page) to link it; keep it indexable (no ``noindex``, a sitemap).
Rankings move slowly: re-check in a few weeks.

Example
-------
::

    portfolio:
      url: https://adaexample.dev
    checks:
      search.portfolio-rank:
        options:
          top: 3

gives e.g. ``warn``: ``adaexample.dev ranks below the top 3 on bing — duckduckgo: #2 ·
bing: #6 (below top 3)``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.search import _serps
from presence_audit.core import ranks
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.urls import same_site, site_key

ID = "search.portfolio-rank"
TITLE = "Portfolio ranks for your name"
CATEGORY = "search"
SEVERITY = "high"
WEIGHT = 3
REQUIRES = ("serps",)
OPTIONS = {
    "top": Option(int, 3, "Ranks 1..top count as top results."),
    "queries": Option(list, ["{name}"], "Query templates the portfolio should rank for."),
}


def _fix(domain: str) -> str:
    return (
        f"Make {domain} the obvious result for your name: put your full name in its <title> "
        "and main heading (h1), link it from your LinkedIn, GitHub and other profiles, ask "
        "sites that mention you (talks, your employer's team page) to link it, and keep it "
        "indexable (no noindex, a sitemap). Rankings move slowly: re-check in a few weeks."
    )


def check(ctx: CheckContext) -> Finding:
    portfolio = ctx.subject.portfolio_url
    if not portfolio:
        return Finding(
            outcome=Outcome.SKIP,
            message="No portfolio configured: set portfolio.url to see where it ranks",
            fix="Set portfolio.url in the config to your site's address.",
        )
    domain = site_key(portfolio)
    if domain is None:
        return Finding(
            outcome=Outcome.ERROR,
            message=f"portfolio.url {portfolio!r} is not an http(s) address",
            fix="Set portfolio.url to the full address of your site, e.g. https://example.dev.",
        )
    top: int = ctx.options["top"]
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)
    seen = _serps.sightings(serps, lambda r: same_site(r.url, domain))

    parts: dict[str, list[str]] = {}
    evidence: list[Evidence] = []
    missing: list[str] = []
    low: list[str] = []
    verdicts: dict[str, list[Outcome]] = {}
    for engine, query, sighting in _serps.each(seen):
        where = serps.for_query(query)
        best = sighting.best
        verdicts.setdefault(engine, []).append(
            Outcome.FAIL if best is None else Outcome.WARN if best.rank > top
            else Outcome.PASS)
        if best is None:
            missing.append(engine)
            parts.setdefault(engine, []).append(
                f"not in the {sighting.depth} results{where}"
            )
            evidence.append(Evidence(
                f'{engine}: {domain} not among the {sighting.depth} results for "{query}"',
                source=engine,
            ))
            continue
        below = f" (below top {top})" if best.rank > top else ""
        if below:
            low.append(engine)
        parts.setdefault(engine, []).append(
            f"#{best.rank}{where}{below}{sighting.samples_note(top)}"
        )
        evidence.append(Evidence(f"{engine} #{best.rank}{where}: {best.title or best.url}",
                                 url=best.url, source=engine))
    details = " · ".join(f"{engine}: {', '.join(texts)}" for engine, texts in parts.items())
    data = {
        ranks.DOMAIN: domain,
        "top": top,
        ranks.RANKS: _serps.ranks_data(seen),
        "samples": _serps.samples_data(seen, top),
        "engines": _serps.engine_outcomes(
            {engine: _serps.worst(found) for engine, found in verdicts.items()}, serps),
        ranks.UNMEASURED: serps.unmeasured,
    }
    evidence += serps.unmeasured_evidence()
    score: float | None = None
    if missing:
        outcome = Outcome.FAIL
        lead = f"{domain} is missing from the results on {_serps.join_names(missing)}"
    elif low:
        outcome, score = Outcome.WARN, 0.5
        lead = f"{domain} ranks below the top {top} on {_serps.join_names(low)}"
    else:
        outcome = Outcome.PASS
        lead = f"{domain} is in the top {top} on every engine measured"
    return Finding(
        outcome=outcome,
        message=serps.with_unmeasured(f"{lead} — {details}"),
        fix="" if outcome is Outcome.PASS else _fix(domain),
        evidence=evidence,
        data=data,
        score=score,
    )
