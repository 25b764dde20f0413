"""Checks that your portfolio declares a mobile viewport.

What it checks
--------------
The page's ``<meta name="viewport">``. ``pass`` when it sets ``width=device-width`` and lets
people zoom; ``warn`` when it fixes another width (``width=1024``) or blocks zooming
(``user-scalable=no``, or ``maximum-scale`` below 2); ``fail`` when there is none.

Why it matters
--------------
Most people open a link from a LinkedIn message on their phone. Without the viewport tag a
phone draws the page as a shrunken desktop page; search engines index the mobile version
and treat pages that are not mobile-friendly as worse results. Blocking zoom makes the page
hard to read for people with low vision.

How to fix
----------
Put <meta name="viewport" content="width=device-width, initial-scale=1"> in the <head>, without
user-scalable=no or maximum-scale=1.

Options
-------
None.

Example
-------
A page with ``<meta name="viewport" content="width=device-width, initial-scale=1">`` gives
``pass``: ``The page declares a mobile viewport (width=device-width, initial-scale=1)``.
"""

from __future__ import annotations

from typing import Any

from presence_audit.checks.base import CheckContext, how_to_fix
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Finding, Outcome

ID = "portfolio.mobile-viewport"
TITLE = "Portfolio fits a phone screen"
CATEGORY = "portfolio"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("portfolio",)
OPTIONS: dict[str, Any] = {}

FIX = how_to_fix(__doc__)


def parse_viewport(content: str) -> dict[str, str]:
    """``"width=device-width, initial-scale=1"`` → ``{"width": "device-width", …}``."""
    pairs: dict[str, str] = {}
    for part in content.replace(";", ",").split(","):
        key, _, value = part.partition("=")
        if key.strip():
            pairs[key.strip().lower()] = value.strip().lower()
    return pairs


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    content = loaded.page.get("viewport")
    if not content:
        return Finding(Outcome.FAIL, f"{loaded.url} declares no mobile viewport: phones show "
                       "it as a shrunken desktop page", fix=FIX, data={"viewport": None})
    settings = parse_viewport(str(content))
    data = {"viewport": content, "settings": settings}
    evidence = [loaded.evidence(f'<meta name="viewport" content="{content}">')]
    problems = []
    if settings.get("width") != "device-width":
        problems.append(f"it sets width={settings.get('width') or '(none)'} instead of "
                        "device-width")
    if settings.get("user-scalable") in ("no", "0"):
        problems.append("it blocks zooming (user-scalable=no)")
    if _below_two(settings.get("maximum-scale")):
        problems.append(f"it limits zooming (maximum-scale={settings['maximum-scale']})")
    if problems:
        return Finding(Outcome.WARN, "The viewport does not suit phones: " + "; ".join(problems),
                       fix=FIX, evidence=evidence, data=data)
    return Finding(Outcome.PASS, f"The page declares a mobile viewport ({content})",
                   evidence=evidence, data=data)


def _below_two(value: str | None) -> bool:
    try:
        return value is not None and float(value) < 2
    except ValueError:
        return False
