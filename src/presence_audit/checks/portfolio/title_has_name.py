"""Checks that your portfolio's ``<title>`` carries your name, near its start.

What it checks
--------------
The page's ``<title>`` is matched against ``person.name`` and ``person.aliases``, tolerating
case, accents and middle names or initials (see ``presence_audit.text.names``). ``pass`` when the
title holds your name, or an alias, in full within its first ``within`` characters; ``warn``
when it is there only as initials (``A. Example``) or a near-miss spelling, or only further
along; ``fail`` when the page has no title or the title does not name you. The evidence
says what matched and how.

Why it matters
--------------
The title is the strongest signal a page gives search engines about what it is, and the
blue link people click in the results. A portfolio titled "Home" or "Portfolio" competes for
your name with nothing to show for it. Search results cut titles after about 60 characters,
so a name at the end may not be seen.

How to fix
----------
Start the title with your full name as people type it, then what you do: ``<title>Ada
Example — Data engineer in Lisbon</title>``. Keep it under 60 characters.

Example
-------
``<title>Ada Example — Data engineer</title>`` gives ``pass``: ``The title names you:
"Ada Example" (exact match of "Ada Example")``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Finding, Outcome
from presence_audit.text.names import match_name

ID = "portfolio.title-has-name"
TITLE = "Portfolio title carries your name"
CATEGORY = "portfolio"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("portfolio",)
OPTIONS = {
    "within": Option(int, 60, "The name must start within this many characters of the title."),
}


def _fix(name: str) -> str:
    return (f"Start the title with your full name, then what you do, e.g. "
            f"<title>{name} — your role</title>, in under 60 characters.")


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    name = ctx.subject.name
    title = loaded.page.get("title")
    if not title:
        return Finding(Outcome.FAIL, f"{loaded.url} has no <title>", fix=_fix(name),
                       data={"title": None, "match": None})
    evidence = [loaded.evidence(f"<title>: {title}")]
    found = match_name(title, ctx.subject.names)
    if found is None:
        return Finding(
            outcome=Outcome.FAIL,
            message=f'The title "{title}" does not name you',
            fix=_fix(name),
            evidence=evidence,
            data={"title": title, "match": None},
        )
    within: int = ctx.options["within"]
    position = title.find(found.matched)
    data = {"title": title, "match": found.matched, "name": found.name, "kind": found.kind,
            "score": found.score, "position": position}
    evidence.append(loaded.evidence(f"Matched {found.describe()}"))
    if found.kind in ("initials", "fuzzy"):
        return Finding(
            outcome=Outcome.WARN,
            message=f"The title names you only as {found.describe()}",
            fix=_fix(name),
            evidence=evidence,
            data=data,
        )
    if position >= within:
        return Finding(
            outcome=Outcome.WARN,
            message=f"The title names you only from character {position + 1}, where search "
                    f"results may have cut it: {found.describe()}",
            fix=_fix(name),
            evidence=evidence,
            data=data,
        )
    return Finding(Outcome.PASS, f"The title names you: {found.describe()}",
                   evidence=evidence, data=data)
