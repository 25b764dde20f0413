"""Checks for a schema.org Person in your portfolio's JSON-LD that names you and your profiles.

What it checks
--------------
The JSON-LD blocks of the page (``<script type="application/ld+json">``), including nodes
inside ``@graph`` and lists, and the ``Person`` among them that describes the owner (the one
with most identifying properties). ``fail`` when there is no ``Person`` (the message names
JSON-LD blocks that are not valid JSON) or its ``name`` does not match ``person.name`` or an
alias; ``warn`` when its ``sameAs`` misses some of your configured profiles
(``profiles.linkedin``, ``profiles.github``, ``profiles.others``); ``pass`` when it names you
and lists them all. Profile URLs match loosely: ``www.``, trailing slashes and LinkedIn's
country hosts do not matter.

Why it matters
--------------
A ``Person`` with ``sameAs`` tells search engines that the site, the LinkedIn profile and the
GitHub account are one person, which helps them show your own pages (and a knowledge panel)
for your name rather than a namesake's.

How to fix
----------
Add to the page's ``<head>``::

    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "Person", "name": "Ada Example",
     "url": "https://adaexample.dev/", "jobTitle": "Data engineer",
     "sameAs": ["https://www.linkedin.com/in/ada-example/", "https://github.com/ada-example"]}
    </script>

and check it with the Schema Markup Validator (validator.schema.org).

Options
-------
None.

Example
-------
A Person whose ``sameAs`` lists LinkedIn but not GitHub gives ``warn``: ``The Person
"Ada Example" lists 1 of 2 profiles in sameAs; missing: github``.
"""

from __future__ import annotations

from typing import Any

from presence_audit.checks.base import CheckContext
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Finding, Outcome
from presence_audit.text.names import match_name
from presence_audit.text.urls import profile_matches

ID = "portfolio.person-schema"
TITLE = "Structured data says who you are"
CATEGORY = "portfolio"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("portfolio",)
OPTIONS: dict[str, Any] = {}


def _fix(name: str, profiles: list[str]) -> str:
    same_as = ", ".join(f'"{url}"' for url in profiles)
    return (
        'Add a JSON-LD block to the page: <script type="application/ld+json">{"@context": '
        f'"https://schema.org", "@type": "Person", "name": "{name}", "sameAs": [{same_as}]}}'
        "</script>, and check it with validator.schema.org."
    )


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    profiles = ctx.subject.profile_urls
    fix = _fix(ctx.subject.name, list(profiles.values()))
    blocks = loaded.page["json_ld"]
    broken = [f"block {i}: {b['error']}" for i, b in enumerate(blocks, start=1) if "error" in b]
    person = loaded.page.get("person")
    if not isinstance(person, dict):
        note = f"; {len(broken)} JSON-LD block(s) are not valid JSON" if broken else ""
        return Finding(Outcome.FAIL, f"{loaded.url} has no schema.org Person in JSON-LD{note}",
                       fix=fix, evidence=[loaded.evidence(b) for b in broken],
                       data={"person": None, "json_ld_errors": broken})
    name = person.get("name") or ""
    found = match_name(name, ctx.subject.names) if name else None
    evidence = [loaded.evidence(f'Person "{name}"' if name else "Person without a name")]
    data: dict[str, Any] = {"person": name or None, "same_as": person["same_as"],
                            "json_ld_errors": broken}
    if found is None:
        said = f'is named "{name}"' if name else "has no name"
        return Finding(Outcome.FAIL, f"The schema.org Person {said}, which does not match you",
                       fix=fix, evidence=evidence, data=data)
    evidence.append(loaded.evidence(f"Name matched {found.describe()}"))
    data["match"] = {"name": found.name, "kind": found.kind, "matched": found.matched}
    same_as = [str(u) for u in person["same_as"]]
    listed = {label: next((u for u in same_as if profile_matches(u, url)), None)
              for label, url in profiles.items()}
    missing = [_portfolio.profile_label(label, profiles[label])
               for label, hit in listed.items() if hit is None]
    data["listed"] = listed
    evidence += [loaded.evidence(f"sameAs lists {_portfolio.profile_label(label, hit)}"
                                 + ("" if label == profiles[label] else f": {hit}"), url=hit)
                 for label, hit in listed.items() if hit]
    if missing:
        count = len(profiles) - len(missing)
        return Finding(
            outcome=Outcome.WARN,
            message=f'The Person "{name}" lists {count} of {len(profiles)} profiles in sameAs; '
                    f"missing: {', '.join(missing)}",
            fix=fix, evidence=evidence, data=data,
            score=0.5 + 0.5 * count / len(profiles),
        )
    detail = (f"and lists all {len(profiles)} profiles in sameAs" if profiles
              else "(no profiles configured to look for in sameAs)")
    return Finding(Outcome.PASS, f'The schema.org Person "{name}" names you {detail}',
                   evidence=evidence, data=data)
