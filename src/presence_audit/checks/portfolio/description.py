"""Checks that your portfolio has a meta description of a useful length.

What it checks
--------------
The page's ``<meta name="description">``: ``fail`` when it is missing or empty, ``warn`` when
it is shorter than ``min_length`` or longer than ``max_length`` characters, ``pass``
otherwise. Only the meta description counts; ``og:description`` is judged by
``portfolio.link-preview``.

Why it matters
--------------
Search engines often show the meta description as the snippet under your title. Without
one they pick a sentence from the page, often a menu or a cookie notice; a very short one
says little, and a long one is cut off mid-sentence.

How to fix
----------
Write one or two sentences that say who you are and what you offer, in 50–160 characters:
``<meta name="description" content="Ada Example, data engineer in Lisbon: streaming
pipelines, dbt models and the tests that keep them honest.">``.

Example
-------
``<meta name="description" content="Data pipelines and talks.">`` gives ``warn``: ``The
meta description is short (25 characters, fewer than 50)``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Finding, Outcome

ID = "portfolio.description"
TITLE = "Portfolio has a meta description"
CATEGORY = "portfolio"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("portfolio",)
OPTIONS = {
    "min_length": Option(int, 50, "Shorter descriptions give a warning."),
    "max_length": Option(int, 160, "Longer descriptions give a warning."),
}

FIX = (
    "Write one or two sentences that say who you are and what you offer, in {low}–{high} "
    "characters, in <meta name=\"description\" content=\"…\">."
)


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    low: int = ctx.options["min_length"]
    high: int = ctx.options["max_length"]
    fix = FIX.format(low=low, high=high)
    description = loaded.page.get("meta_description") or ""
    if not description:
        og = loaded.page["og"]["description"]
        note = " (it has an og:description, which search engines do not use as one)" if og else ""
        return Finding(Outcome.FAIL, f"{loaded.url} has no meta description{note}", fix=fix,
                       data={"description": None, "length": None})
    length = len(description)
    data = {"description": description, "length": length}
    evidence = [loaded.evidence(f"Meta description ({length} characters): {description}")]
    if length < low:
        return Finding(Outcome.WARN,
                       f"The meta description is short ({length} characters, fewer than {low})",
                       fix=fix, evidence=evidence, data=data)
    if length > high:
        return Finding(Outcome.WARN,
                       f"The meta description is long ({length} characters, more than {high}): "
                       "search results will cut it", fix=fix, evidence=evidence, data=data)
    return Finding(Outcome.PASS, f"The meta description has {length} characters",
                   evidence=evidence, data=data)
