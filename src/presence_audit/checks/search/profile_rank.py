"""Checks that each of your public profiles shows up on the first page for your name.

What it checks
--------------
For every configured profile (LinkedIn, GitHub, other profile URLs) and every search engine
measured, whether the profile or one of its sub-pages (``/in/you/details/…``, a repository
under your GitHub login) is within the first ``page_size`` results of the name queries.
``pass`` when every profile is on page 1 everywhere measured; ``warn`` when each profile is
on page 1 somewhere but not everywhere; ``fail`` when some profile is on page 1 nowhere. An
engine that could not be measured is named in the message, gets ``error`` in the data's
per-engine verdicts and never counts as "not found". With several samples the best rank is
judged and the message adds in how many samples it was on page 1 and the median rank.

Why it matters
--------------
People who search your name look for a profile they recognise to confirm it is you. A
profile that only one engine shows is invisible to everyone using the others.

How to fix
----------
Link each profile from your portfolio and from the other profiles; use your full name as the
profile name. On LinkedIn set a custom public URL with your name and allow search engines to
show your public profile (Settings → Visibility → Edit your public profile); on GitHub fill
in Name, bio and location.

Example
-------
::

    profiles:
      linkedin: https://www.linkedin.com/in/ada-example/
      github: ada-example
    checks:
      search.profile-rank:
        options:
          page_size: 10

gives e.g. ``warn``: ``GitHub is on page 1 of some engines only — LinkedIn: duckduckgo #1 ·
bing #2; GitHub: duckduckgo #4 · bing not on page 1``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.search import _serps
from presence_audit.core import ranks
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome
from presence_audit.text.urls import normalize_profile_url, profile_matches

ID = "search.profile-rank"
TITLE = "Profiles appear on page 1"
CATEGORY = "search"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("serps",)
OPTIONS = {
    "page_size": Option(int, 10, "Ranks 1..page_size count as the first page."),
    "queries": Option(list, ["{name}"], "Query templates the profiles should appear for."),
}

LABELS = {"linkedin": "LinkedIn", "github": "GitHub"}

FIX = (
    "Link {profiles} from your portfolio and from your other profiles, and use your full name "
    "as the profile name. LinkedIn: set a custom public URL with your name and allow search "
    "engines to show your public profile (Settings → Visibility → Edit your public profile). "
    "GitHub: fill in Name, bio and location."
)


def check(ctx: CheckContext) -> Finding:
    profiles = ctx.subject.profile_urls
    if not profiles:
        return Finding(
            outcome=Outcome.SKIP,
            message="No public profiles configured: nothing to look for in the results",
            fix="Add your LinkedIn URL, GitHub login or other profile URLs to the config.",
        )
    page: int = ctx.options["page_size"]
    serps = _serps.load(ctx, ctx.options["queries"])
    if not serps.measured:
        return _serps.nothing_measured(serps)

    found_pairs = 0
    total_pairs = 0
    nowhere: list[str] = []
    partly: list[str] = []
    summaries: list[str] = []
    evidence: list[Evidence] = []
    data: dict[str, JSONDict] = {}
    hits_per_engine: dict[str, list[bool]] = {}
    for key, url in profiles.items():
        label = _label(key, url)
        seen = _serps.sightings(serps, _shows(url))
        texts: list[str] = []
        hits = 0
        pairs = 0
        for engine, query, sighting in _serps.each(seen):
            where = serps.for_query(query)
            pairs += 1
            best = sighting.best
            hits_per_engine.setdefault(engine, []).append(
                best is not None and best.rank <= page)
            if best is not None and best.rank <= page:
                hits += 1
                texts.append(f"{engine} #{best.rank}{where}{sighting.samples_note(page)}")
                evidence.append(Evidence(
                    f"{label} on {engine} #{best.rank}{where}: {best.title or best.url}",
                    url=best.url, source=engine,
                ))
                continue
            beyond = f" (#{best.rank})" if best is not None else ""
            texts.append(f"{engine} not on page 1{beyond}{where}")
            evidence.append(Evidence(
                f"{label} on {engine}{where}: not in the first {page} results{beyond}",
                source=engine,
            ))
        found_pairs += hits
        total_pairs += pairs
        if hits == 0:
            nowhere.append(label)
        elif hits < pairs:
            partly.append(label)
        summaries.append(f"{label}: {' · '.join(texts)}")
        data[key] = {"url": url, ranks.RANKS: _serps.ranks_data(seen),
                     "samples": _serps.samples_data(seen, page)}

    details = "; ".join(summaries)
    if nowhere:
        outcome = Outcome.FAIL
        lead = f"{_serps.join_names(nowhere)} {_verb(nowhere)} on page 1 of no engine measured"
    elif partly:
        outcome = Outcome.WARN
        lead = f"{_serps.join_names(partly)} {_verb(partly)} on page 1 of some engines only"
    else:
        outcome = Outcome.PASS
        lead = "Every profile is on page 1 of every engine measured"
    return Finding(
        outcome=outcome,
        message=serps.with_unmeasured(f"{lead} — {details}"),
        fix="" if outcome is Outcome.PASS else FIX.format(
            profiles=_serps.join_names(nowhere + partly)
        ),
        evidence=evidence + serps.unmeasured_evidence(),
        data={"page_size": page, ranks.PROFILES: data,
              "engines": _serps.engine_outcomes(
                  {engine: _engine_verdict(hits) for engine, hits in hits_per_engine.items()},
                  serps),
              ranks.UNMEASURED: serps.unmeasured},
        score=found_pairs / total_pairs if outcome is Outcome.WARN else None,
    )


def _engine_verdict(hits: list[bool]) -> Outcome:
    """One engine's own verdict: every profile shown, some, or none."""
    if all(hits):
        return Outcome.PASS
    return Outcome.WARN if any(hits) else Outcome.FAIL


def _shows(profile_url: str) -> _serps.Predicate:
    return lambda result: profile_matches(result.url, profile_url)


def _label(key: str, url: str) -> str:
    return LABELS.get(key) or normalize_profile_url(url) or url


def _verb(labels: list[str]) -> str:
    return "is" if len(labels) == 1 else "are"
