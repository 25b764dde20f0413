"""Checks that a visitor can reach you from your portfolio: email, contact page, form or phone.

What it checks
--------------
Contact routes on the page: ``mailto:`` links, ``tel:`` links, links to a contact page (a
link whose address or text says contact, get in touch, hire me, …) or a booking page
(Calendly, Cal.com, …), and forms a visitor can write in (a message box or an email field;
search and login forms do not count). ``pass`` when there is at least one, ``fail`` when
there is none.

Why it matters
--------------
Someone who found you after a connection request, or instead of one, needs a way to answer.
A portfolio with no contact route ends the conversation on the page.

How to fix
----------
Add a visible way to reach you: an <a href="mailto:…">Email me</a> link, a contact page, a
contact form or a booking link.

Options
-------
None.

Example
-------
A page with ``<a href="mailto:hello@adaexample.dev">`` gives ``pass``: ``Visitors can reach
you: email hello@adaexample.dev``.
"""

from __future__ import annotations

from typing import Any

from presence_audit.checks.base import CheckContext, how_to_fix
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "portfolio.contact-route"
TITLE = "Portfolio offers a way to contact you"
CATEGORY = "portfolio"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("portfolio",)
OPTIONS: dict[str, Any] = {}

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    contact = loaded.page["contact"]
    routes: list[tuple[str, str, str | None]] = []
    routes += [("email", str(e), None) for e in contact["emails"]]
    routes += [("contact page", str(p["url"]), str(p["url"])) for p in contact["pages"]]
    routes += [("form", str(f.get("action") or "on the page"), f.get("action"))
               for f in contact["forms"]]
    routes += [("phone", str(t), None) for t in contact["phones"]]
    data = {kind: sum(1 for k, _, _ in routes if k == kind)
            for kind in ("email", "contact page", "form", "phone")}
    if not routes:
        return Finding(Outcome.FAIL, f"{loaded.url} offers no way to contact you", fix=FIX,
                       data=data)
    evidence = [Evidence(f"{kind}: {text}", url=url or loaded.url, source=_portfolio.SOURCE)
                for kind, text, url in routes]
    kinds = ", ".join(f"{kind} {text}" for kind, text, _ in routes[:3])
    more = f" and {len(routes) - 3} more" if len(routes) > 3 else ""
    return Finding(Outcome.PASS, f"Visitors can reach you: {kinds}{more}", evidence=evidence,
                   data=data)
