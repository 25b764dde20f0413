"""Lists personal details your portfolio exposes: phone numbers and street addresses.

What it checks
--------------
Phone numbers and street addresses the page shows to anyone: ``tel:`` links, schema.org
``telephone`` and ``streetAddress`` in the JSON-LD, h-card ``p-tel`` and
``p-street-address``, and text that looks like one (international and common national phone
formats; "221 Baker Street", "Rua Augusta 25", "12 rue de la Paix", "Hauptstraße 5").
``warn`` when something was found, or ``info`` when you set ``deliberate`` because you
publish them on purpose; ``pass`` when nothing was found. Email addresses are not listed:
they are a contact route. The patterns find what *looks like* a phone or an address; you
decide whether it is personal.

Why it matters
--------------
A portfolio is read by recruiters and by scrapers alike. A personal mobile number attracts
spam calls and SIM-swap attempts, and a home address in a public page is an invitation you
may not have meant to send. A business line or office address may be exactly what you want
visible: that is for you to decide.

How to fix
----------
Replace a personal phone number with a contact form, an email address or a booking link, and a
street address with your city — in the text, the JSON-LD and any h-card. If you publish them on
purpose, set deliberate: true for portfolio.privacy.

Example
-------
A footer with ``Call me: +351 912 345 678`` gives ``warn``: ``The page exposes 1 phone
number: +351 912 345 678 (text)``.
"""

from __future__ import annotations

from typing import Any

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Finding, Outcome

ID = "portfolio.privacy"
TITLE = "Personal details on your portfolio"
CATEGORY = "portfolio"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = ("portfolio",)
OPTIONS = {
    "deliberate": Option(bool, False, "You publish these details on purpose: list them as "
                                      "info instead of warning."),
}

FIX = how_to_fix(__doc__)


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {word}es" if word.endswith("ss") else f"{count} {word}s"


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    found = loaded.page["privacy"]
    phones: list[dict[str, Any]] = list(found["phones"])
    addresses: list[dict[str, Any]] = list(found["addresses"])
    data = {"phones": phones, "addresses": addresses}
    if not phones and not addresses:
        return Finding(Outcome.PASS, f"{loaded.url} shows no phone number or street address",
                       data=data)
    items = [(item, "phone number") for item in phones] + [
        (item, "street address") for item in addresses]
    evidence = [loaded.evidence(f"{kind}: {item['text']} (seen in: {', '.join(item['where'])})")
                for item, kind in items]
    parts = []
    if phones:
        parts.append(f"{_plural(len(phones), 'phone number')}: " + ", ".join(
            f"{p['text']} ({', '.join(p['where'])})" for p in phones))
    if addresses:
        parts.append(f"{_plural(len(addresses), 'street address')}: " + ", ".join(
            f"{a['text']} ({', '.join(a['where'])})" for a in addresses))
    message = "The page exposes " + "; ".join(parts)
    if ctx.options["deliberate"]:
        return Finding(Outcome.INFO, message + " (published on purpose)", evidence=evidence,
                       data=data)
    return Finding(Outcome.WARN, message, fix=FIX, evidence=evidence, data=data)
