"""Your own search results say what you do.

An example of a local check plugin: list this folder under ``check_paths`` in your config and
``presence-audit checks`` shows it next to the built-ins. It imports only ``presence_audit.plugin``,
the supported API for plugins: the check contract, the report model, the saved search result
lists and the classification the search checks use.

What it checks
--------------
Among the results for your name, the ones you own (your portfolio's site and your configured
profiles, minus anything under ``person.not_me``) are read as a searcher sees them: title and
snippet. Each should mention your profession or one of your context terms (employer, school,
topic), as whole words, ignoring case and accents.

Why it matters
--------------
Someone deciding whether to accept your request skims the results page, not your site. A
result titled "Home" with a cookie-banner snippet tells them nothing; "Ada Example — data
engineer" does the introduction for you.

How to fix
----------
Put your name and what you do in the page ``<title>`` and the meta description of your
portfolio, and in your profile headlines: engines build the result from them.

Options
-------
queries: the query templates whose results are read (default: the name alone).

Example
-------
``adaexample.dev`` appears as "Home" / "Welcome to my site" → warn, naming that result.
"""

from __future__ import annotations

from presence_audit.plugin import (
    OWNED,
    CheckContext,
    Classifier,
    Evidence,
    Finding,
    Option,
    Outcome,
    lists_from_artifact,
    mentions,
)

ID = "curation.owned-snippets"
TITLE = "Your own results say what you do"
CATEGORY = "curation"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = ("serps",)
OPTIONS = {
    "queries": Option(list, ["{name}"], "Query templates whose results are read."),
}


def check(ctx: CheckContext) -> Finding:
    subject = ctx.subject
    terms = [t for t in (subject.profession, *subject.context) if t]
    if not terms:
        return Finding(Outcome.SKIP, "no person.profession or person.context to look for")
    classifier = Classifier(subject)
    templates = set(ctx.options["queries"])
    # A failed list, or an empty one (what a blocked engine answers), measured nothing.
    lists = [item for item in lists_from_artifact(ctx.artifact("serps").data)
             if item.template in templates and item.ok and item.results]
    if not lists:
        return Finding(Outcome.ERROR, "no result list for your name could be measured")
    seen: dict[str, tuple[str, str]] = {}
    for item in lists:
        for result in item.results:
            if result.url not in seen and classifier(result).label == OWNED:
                seen[result.url] = (result.title, result.snippet)
    if not seen:
        return Finding(Outcome.SKIP, "none of your pages appear in the results measured")

    evidence = []
    described = 0
    for url, (title, snippet) in seen.items():
        hits = [term for term in terms if mentions(f"{title} {snippet}", term)]
        if hits:
            described += 1
            evidence.append(Evidence(f"“{title}” mentions {', '.join(hits)}", url))
        else:
            evidence.append(Evidence(f"“{title}” mentions none of: {', '.join(terms)}", url))
    total = len(seen)
    data = {"owned_results": total, "describing": described}
    fix = ("Name what you do in the <title> and meta description of these pages, and in "
           "your profile headlines.")
    if described == total:
        return Finding(Outcome.PASS, f"all {total} of your results say what you do",
                       evidence=evidence, data=data)
    if described == 0:
        return Finding(Outcome.FAIL, f"none of your {total} results say what you do",
                       fix=fix, evidence=evidence, data=data)
    return Finding(Outcome.WARN, f"{described} of your {total} results say what you do",
                   fix=fix, evidence=evidence, data=data, score=described / total)
