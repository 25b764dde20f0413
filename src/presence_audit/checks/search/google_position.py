"""Checks where Google itself ranks your site for your name, from your Search Console export.

What it checks
--------------
The queries of your Search Console Performance export (``search.console``) that contain your
name or an alias: their impressions, clicks and average position. ``pass`` when the plain
name query (your name, or an alias, alone) averages within the top ``top`` positions;
``warn`` when it is below that but on page 1 (10 or better), or when the export does not list
it at all (Google withholds queries with very few impressions, so a missing query means few
or no impressions, not a measured position); ``fail`` when it averages beyond page 1.
``skip`` when no export is configured; ``error`` when the export cannot be read.

Why it matters
--------------
Google is where most people look you up, and the audit cannot search Google itself: its
search API is closed and scraping it breaks its terms. Search Console is Google's own count
of how often your site appeared for your name, and how high.

How to fix
----------
Give your home page a ``<title>`` that starts with your full name, link it from every
profile (LinkedIn, GitHub, talks), and ask sites that mention you to link it. Check that
Google has indexed it (Search Console → URL inspection). Export the Performance report again
after a few weeks: positions are averages over the export's period.

Example
-------
::

    search:
      console: exports/adaexample.dev-Performance-on-Search-2025-04-01.zip

with the name query at an average position of 14.2 gives ``fail``: ``Google shows your site
for "ada example" at average position 14.2 — beyond page 1 — Last 3 months``. At 2.4 it gives
``pass``: ``Google shows your site for "ada example" at average position 2.4, in the top 3``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presence_audit.checks.base import CheckContext, Option
from presence_audit.core.artifacts import CONSOLE_ARTIFACT
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.names import match_name

ID = "search.google-position"
TITLE = "Google shows your site for your name"
CATEGORY = "search"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = (CONSOLE_ARTIFACT,)
OPTIONS = {
    "top": Option(int, 3, "The plain name query must average within this position to pass."),
}

PAGE_ONE = 10
SOURCE = "search-console"

FIX = (
    "Give your home page a <title> that starts with your full name, link it from every profile "
    "and from sites that mention you, and check in Search Console (URL inspection) that Google "
    "has indexed it; positions are averages over the export's period, so export again in a few "
    "weeks."
)


def check(ctx: CheckContext) -> Finding:
    top: int = ctx.options["top"]
    data = ctx.artifact(CONSOLE_ARTIFACT).data
    rows = [row for row in data.get("queries") or [] if isinstance(row, Mapping)]
    names = ctx.subject.names
    mine = [row for row in rows if match_name(str(row.get("query", "")), names) is not None]
    plain = {" ".join(fold(name).split()) for name in names}
    period = _period(data)
    within = f" — {period}" if period else ""
    narrowed = [str(f) for f in data.get("filters") or []]
    if narrowed:
        within += f"; the export is filtered ({'; '.join(narrowed)})"
    evidence = [Evidence(_row_text(row), source=SOURCE) for row in mine]
    result_data: dict[str, Any] = {"top": top, "queries": mine, "period": data.get("period"),
                                   "filters": narrowed}
    name_rows = [row for row in mine if " ".join(fold(str(row.get("query", ""))).split()) in plain
                 and isinstance(row.get("position"), (int, float))]
    if not name_rows:
        listed = f"; {len(mine)} other queries name you" if mine else ""
        return Finding(
            Outcome.WARN,
            f"Your name alone is not among the export's {len(rows)} queries{within}: Google "
            f"withholds queries with very few impressions, so it showed your site for your "
            f"name rarely or never{listed}",
            fix=FIX, evidence=evidence, data=result_data)
    best = min(name_rows, key=lambda row: float(row["position"]))
    position = float(best["position"])
    result_data["name_query"] = best
    where = (f'Google shows your site for "{best["query"]}" at average position '
             f'{position:g}')
    if position <= top:
        return Finding(Outcome.PASS, f"{where}, in the top {top}{within}", evidence=evidence,
                       data=result_data)
    if position <= PAGE_ONE:
        return Finding(Outcome.WARN, f"{where} — on page 1 but below the top {top}{within}",
                       fix=FIX, evidence=evidence, data=result_data)
    return Finding(Outcome.FAIL, f"{where} — beyond page 1{within}", fix=FIX,
                   evidence=evidence, data=result_data)


def _row_text(row: Mapping[str, Any]) -> str:
    position = row.get("position")
    where = f"average position {position:g}" if isinstance(position, (int, float)) else (
        "no position")
    return (f'"{row.get("query")}": {row.get("impressions")} impressions, '
            f'{row.get("clicks")} clicks, {where}')


def _period(data: Mapping[str, Any]) -> str:
    period = data.get("period")
    if not isinstance(period, Mapping):
        return ""
    label, start, end = period.get("label"), period.get("start"), period.get("end")
    span = f"{start} – {end}" if start and end else ""
    if label and span:
        return f"{label}, {span}"
    return str(label or span)
