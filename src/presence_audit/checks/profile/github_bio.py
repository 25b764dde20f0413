"""Checks that your GitHub profile has your name, a bio, and a link to your portfolio.

What it checks
--------------
The public GitHub profile of ``profiles.github`` (``GET /users/{login}``): the Name field
must be filled in and name you (a configured name or alias, tolerant of case, accents and
initials), the bio must say something, and the Website (``blog``) field must point at your
portfolio's site (``portfolio.url``; without a portfolio, any website counts). ``pass`` when
all three are there; ``fail`` when neither name nor bio is set (an anonymous profile);
``warn`` otherwise, naming what is missing. ``skip`` without a configured login; ``error``
when GitHub could not be asked (rate limit, unknown login, network).

Why it matters
--------------
For technical work your GitHub profile is often what people open after your name: with no
name it cannot be tied to you, with no bio it says nothing about what you do, and without a
link the reader cannot get from your code to the rest of your story.

How to fix
----------
On GitHub: your avatar → Settings → Public profile. Fill in Name with the name you use
professionally, write a one-line Bio that says what you build and for whom, and put your
portfolio's address in URL (it appears as the Website link).

Options
-------
None.

Example
-------
::

    profiles:
      github: ada-example
    portfolio:
      url: https://adaexample.dev

gives e.g. ``warn``: ``Your GitHub profile does not link to adaexample.dev (Website:
none)``.
"""

from __future__ import annotations

from presence_audit.checks.base import CheckContext
from presence_audit.checks.profile import _web
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.names import match_name
from presence_audit.text.urls import site_key

ID = "profile.github-bio"
TITLE = "GitHub profile has name, bio and link"
CATEGORY = "profile"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = ("github",)
OPTIONS: dict[str, object] = {}

FIX = "On GitHub: your avatar → Settings → Public profile. {todo}"


def check(ctx: CheckContext) -> Finding:
    data = ctx.artifact("github").data
    if not data.get("configured", True) or not data.get("login"):
        return Finding(outcome=Outcome.SKIP,
                       message="No GitHub login configured (profiles.github)",
                       fix="Set profiles.github to your GitHub login to check your profile.")
    login = str(data["login"])
    url = str(data.get("html_url") or f"https://github.com/{login}")
    name, bio, blog = (_text(data.get(key)) for key in ("name", "bio", "blog"))
    evidence = [Evidence(f"{label}: {value or 'none'}", url=url, source="GitHub")
                for label, value in (("Name", name), ("Bio", bio), ("Website", blog))]
    portfolio = ctx.subject.portfolio_url
    domain = site_key(portfolio) if portfolio else None
    missing: list[str] = []
    todo: list[str] = []
    if name is None:
        missing.append("has no name")
        todo.append("Fill in Name with the name you use professionally.")
    elif match_name(name, ctx.subject.names) is None:
        missing.append(f'shows the name "{name}", not yours')
        todo.append(f"Set Name to {ctx.subject.name}.")
    if bio is None:
        missing.append("has no bio")
        todo.append("Write a one-line Bio that says what you build and for whom.")
    if domain is not None and (blog is None or not _web.on_site(blog, domain)):
        missing.append(f"does not link to {domain} (Website: {blog or 'none'})")
        todo.append(f"Put {portfolio} in URL.")
    elif domain is None and blog is None:
        missing.append("has no website link")
        todo.append("Put your portfolio's address in URL.")
    result = {"login": login, "name": name, "bio": bio, "blog": blog, "problems": missing}
    if not missing:
        return Finding(outcome=Outcome.PASS,
                       message=f"Your GitHub profile has your name, a bio and a link to "
                               f"{domain or blog}",
                       evidence=evidence, data=result)
    anonymous = name is None and bio is None
    return Finding(
        outcome=Outcome.FAIL if anonymous else Outcome.WARN,
        message=f"Your GitHub profile {_join(missing)}",
        fix=FIX.format(todo=" ".join(todo)),
        evidence=evidence,
        data=result,
        score=None if anonymous else max(0.25, 1.0 - len(missing) / 3),
    )


def _text(value: object) -> str | None:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
