"""Checks that search engines may index your portfolio: no noindex, robots.txt allows it.

What it checks
--------------
Three things that keep a page out of search results: a ``noindex`` (or ``none``) directive
in ``<meta name="robots">`` or an agent-specific meta such as ``<meta name="googlebot">``,
the same in the ``X-Robots-Tag`` response header (``googlebot: noindex`` counts too), and a
robots.txt that keeps the search engines' crawlers from the page. robots.txt is read as
Googlebot and Bingbot read it (RFC 9309: the group for each crawler, else ``*``; a 4xx
robots.txt allows everything, a 5xx or unreachable one disallows everything), so a rule that
shuts out only other bots does not count, and one that shuts out either crawler does.
``fail`` on any of them; ``warn`` when the page only says ``nofollow``; ``pass`` otherwise. A
robots.txt that could not be read at all makes the check ``error`` when nothing else failed.

Why it matters
--------------
A ``noindex`` left over from a staging copy or a site builder's "hide from search engines"
switch silently removes your portfolio from every search for your name. A page disallowed by
robots.txt can still be listed from links, but without a title or snippet worth clicking.
``nofollow`` keeps search engines from following your links to your profiles.

How to fix
----------
Remove noindex/none from <meta name="robots"> and from the X-Robots-Tag header (check the site
builder's "search engine visibility" switch and your host's header settings), and do not
Disallow: / in robots.txt.

Options
-------
None.

Example
-------
A page with ``<meta name="robots" content="noindex">`` gives ``fail``: ``Search engines are
told not to index https://adaexample.dev/: noindex in <meta name="robots">``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presence_audit.checks.base import CheckContext, how_to_fix
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "portfolio.indexable"
TITLE = "Search engines may index your portfolio"
CATEGORY = "portfolio"
SEVERITY = "high"
WEIGHT = 3
REQUIRES = ("portfolio",)
OPTIONS: dict[str, Any] = {}

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    data = ctx.artifact(_portfolio.ARTIFACT).data
    unreadable = _portfolio.unreadable(data)
    if unreadable is not None:
        return unreadable
    page = data.get("page")
    if page is None and not _portfolio.blocked_by_robots(data):
        return _portfolio.not_fetched(data)  # the site failed: portfolio.reachable says how
    url = str(data.get("final_url") or data["requested_url"])
    robots_txt = data["robots_txt"]
    failures: list[str] = []
    evidence: list[Evidence] = []

    blocking: list[Mapping[str, Any]] = []
    following: list[Mapping[str, Any]] = []
    if isinstance(page, dict):
        directives = page["robots"]["directives"]
        blocking = [d for d in directives if _name(d) in ("noindex", "none")]
        following = [d for d in directives if _name(d) in ("nofollow", "none")]
        if blocking:
            failures.append(", ".join(_where(d) for d in blocking))
        evidence += [Evidence(_where(d), url=url, source=_portfolio.SOURCE) for d in blocking]

    robots_url = robots_txt.get("robots_url")
    # Search engines' own crawlers decide indexing; older artifacts only hold our verdict.
    verdicts = _crawler_verdicts(robots_txt)
    allowed = None if any(v.get("allowed") is None for v in verdicts) else all(
        v.get("allowed") for v in verdicts)
    for verdict in verdicts:
        if verdict.get("allowed") is False:
            failures.append(f"robots.txt disallows it ({verdict.get('reason') or 'no reason'})")
        if verdict.get("allowed") is not None:
            reason = verdict.get("reason") or "robots.txt: no reason recorded"
            evidence.append(Evidence(str(reason), url=robots_url, source=_portfolio.SOURCE))

    result = {
        "noindex": [_where(d) for d in blocking],
        "nofollow": [_where(d) for d in following],
        "robots_txt_allowed": allowed,
    }
    if failures:
        return Finding(
            outcome=Outcome.FAIL,
            message=f"Search engines are told not to index {url}: " + "; ".join(failures),
            fix=FIX,
            evidence=evidence,
            data=result,
        )
    if allowed is None:
        error = _portfolio.describe_error(robots_txt.get("error"))
        return Finding(Outcome.ERROR, f"Could not read robots.txt for {url}: {error}",
                       evidence=evidence, data=result)
    if page is None:
        return _portfolio.not_fetched(data)
    if following:
        return Finding(
            outcome=Outcome.WARN,
            message=f"{url} may be indexed, but search engines are told not to follow its "
                    f"links: " + ", ".join(_where(d) for d in following),
            fix="Remove nofollow/none from the robots meta and X-Robots-Tag header so search "
                "engines follow your links to your profiles.",
            evidence=evidence + [Evidence(_where(d), url=url, source=_portfolio.SOURCE)
                                 for d in following],
            data=result,
            score=0.75,
        )
    return Finding(
        outcome=Outcome.PASS,
        message=f"{url} has no noindex in the page or its headers, and robots.txt allows it",
        evidence=evidence,
        data=result,
    )


def _crawler_verdicts(robots_txt: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    crawlers = robots_txt.get("crawlers")
    if isinstance(crawlers, Mapping) and crawlers and all(
            isinstance(v, Mapping) for v in crawlers.values()):
        return list(crawlers.values())
    return [robots_txt]


def _name(directive: Mapping[str, Any]) -> str:
    return str(directive.get("directive", "")).split(":")[0].strip()


def _where(directive: Mapping[str, Any]) -> str:
    name = _name(directive)
    agent = directive.get("agent") or "*"
    if directive.get("source") == "header":
        who = "" if agent == "*" else f" ({agent})"
        return f"{name} in the X-Robots-Tag header{who}"
    meta = "robots" if agent == "*" else agent
    return f'{name} in <meta name="{meta}">'
