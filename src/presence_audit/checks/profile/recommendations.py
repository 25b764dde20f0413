"""Checks that people you worked with have recommended you on LinkedIn.

What it checks
--------------
How many recommendations your profile shows: from the data export, the visible ones in
``Recommendations_Received.csv`` (hidden ones are not on your profile and do not count);
from a public page, the "N people have recommended …" sentence or the recommendation cards
(no Recommendations section on a public page means none shown). ``fail`` with none, ``warn``
with fewer than ``minimum``, ``pass`` otherwise. An export without that file — the quick
Basic archive leaves it out — says nothing about your recommendations: the check is
``skip`` and says so. When the count could not be read (a blocked page and no export) it is
``error``.

Why it matters
--------------
A recommendation is someone else vouching for you in their own words, and the person you
write to can read it before answering. Even one from a colleague they might know carries
more weight than anything you write about yourself.

How to fix
----------
Ask one specific person you worked closely with — a former manager, a teammate, a client —
and make it easy: remind them of a project you shared and what you would like them to
mention. Request it from your profile (More → Request a recommendation), and offer to write
one for them too. Then show it (Recommendations → Received → Show).

Example
-------
::

    checks:
      profile.recommendations:
        options:
          minimum: 2

gives e.g. ``warn``: ``1 visible recommendation, fewer than 3 (1 hidden one not counted)``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.profile import _linkedin
from presence_audit.core.artifacts.linkedin import LinkedInProfile
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "profile.recommendations"
TITLE = "LinkedIn recommendations received"
CATEGORY = "profile"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("linkedin",)
OPTIONS = {
    "minimum": Option(int, 3, "Fewer visible recommendations than this give a warning."),
}


def check(ctx: CheckContext) -> Finding:
    profile = _linkedin.load(ctx)
    count = profile.recommendations
    if count is None:
        return _linkedin.unread(profile, "recommendations", "recommendations")
    minimum: int = ctx.options["minimum"]
    hidden = profile.recommendations_hidden or 0
    hidden_note = (f" ({hidden} hidden {'one' if hidden == 1 else 'ones'} not counted)"
                   if hidden else "")
    evidence = [_linkedin.evidence(profile, "recommendations",
                                   f"Visible recommendations received: {count}{hidden_note}")]
    data = {"count": count, "hidden": hidden, "minimum": minimum,
            "source": profile.source_of("recommendations")}
    counted = f"{count} visible recommendation{'' if count == 1 else 's'}"
    if count == 0:
        return Finding(outcome=Outcome.FAIL,
                       message=f"No visible recommendations on your profile{hidden_note}",
                       fix=_ask(profile, hidden), evidence=evidence + _colleagues(profile),
                       data=data)
    if count < minimum:
        return Finding(outcome=Outcome.WARN,
                       message=f"{counted}, fewer than {minimum}{hidden_note}",
                       fix=_ask(profile, hidden), evidence=evidence + _colleagues(profile),
                       data=data, score=count / minimum)
    return Finding(outcome=Outcome.PASS, message=f"{counted} on your profile{hidden_note}",
                   evidence=evidence, data=data)


def _past_roles(profile: LinkedInProfile) -> list[tuple[str | None, str]]:
    """(title, company) of positions, past ones first: people there have seen your work."""
    with_company = [p for p in profile.positions if p.get("company")]
    ordered = ([p for p in with_company if not p.get("current")]
               + [p for p in with_company if p.get("current")])
    return [(p.get("title"), str(p["company"])) for p in ordered]


def _ask(profile: LinkedInProfile, hidden: int) -> str:
    roles = _past_roles(profile)
    if roles:
        title, company = roles[0]
        whom = (f"someone you worked closely with at {company}" + (
            f" while you were {title}" if title else "") + " — a former manager, teammate "
            "or client")
    else:
        whom = "a former manager, teammate or client you worked closely with"
    show = (f" You also have {hidden} hidden: show the ones you are happy with "
            "(Recommendations → Received)." if hidden else "")
    return (f"Ask {whom}: remind them of a project you shared and what you would like them "
            f"to mention, and request it from your profile (More → Request a "
            f"recommendation).{show}")


def _colleagues(profile: LinkedInProfile) -> list[Evidence]:
    return [Evidence(f"You worked at {company}" + (f" as {title}" if title else ""),
                     source=_linkedin.source_label(profile, "positions"))
            for title, company in _past_roles(profile)[:3]]
