"""Checks what a pasted link to your portfolio shows: og:title, og:description, an image.

What it checks
--------------
The Open Graph tags LinkedIn, Slack and messengers read to draw a link preview
(``property=`` and ``name=`` both count), and whether ``og:image`` really loads as an image:
the collector fetched it and recorded its status, type and size. ``fail`` when there is no
``og:image`` or it does not load (an error status, a page instead of an image, too large);
``warn`` when ``og:title`` or ``og:description`` is missing (previewers fall back to the
``<title>`` and description, or show nothing) or ``og:image`` is a relative address;
``pass`` when all three are there and the image loads. An image that could not be checked
(a timeout, a connection failure, robots.txt) makes the check ``error``, or, when a warning
is due anyway, is named in it as unknown.

Why it matters
--------------
Your portfolio link travels in LinkedIn messages, follow-ups to connection requests and chats.
With a title, a sentence and a picture it looks like a person worth meeting; without them
it is a bare grey link that few people click.

How to fix
----------
Add og:title, og:description and og:image to the page's <head>, og:image as an absolute URL to
an image that exists (1200×627 pixels, under 5 MB); then paste the link into LinkedIn's Post
Inspector to refresh its cached preview.

Options
-------
None.

Example
-------
An ``og:image`` that answers 404 gives ``fail``: ``A pasted link shows no image: og:image
https://adaexample.dev/img/og-card.png does not load (bad-status — adaexample.dev answered
HTTP 404 (Not Found) for https://adaexample.dev/img/og-card.png)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from presence_audit.checks.base import CheckContext, how_to_fix
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Evidence, Finding, Outcome

ID = "portfolio.link-preview"
TITLE = "A pasted link shows a preview"
CATEGORY = "portfolio"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("portfolio",)
OPTIONS: dict[str, Any] = {}

FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    og: Mapping[str, Any] = loaded.page["og"]
    probe: Mapping[str, Any] = loaded.data.get("og_image") or {}
    evidence = [loaded.evidence(f"og:{field}: {og[field]}") for field in ("title", "description")
                if og.get(field)]
    missing = [f"og:{field}" for field in ("title", "description") if not og.get(field)]
    data: dict[str, Any] = {
        "url": loaded.url,
        "og_title": og.get("title"),
        "og_description": og.get("description"),
        "og_image": og.get("image"),
        "image": dict(probe) or None,
    }
    image = og.get("image")
    if not image:
        return Finding(Outcome.FAIL, "A pasted link shows no image: the page has no og:image"
                       + _also_missing(missing), fix=FIX, evidence=evidence, data=data)
    url = probe.get("url") or image
    loads = probe.get("loads")
    evidence.append(Evidence(f"og:image: {image} — {_describe_probe(probe)}",
                             url=probe.get("url"), source=_portfolio.SOURCE))
    if loads is False:
        return Finding(Outcome.FAIL, f"A pasted link shows no image: og:image {url} does not "
                       f"load ({_describe_probe(probe)})" + _also_missing(missing),
                       fix=FIX, evidence=evidence, data=data)
    warnings = [f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing"
                ] if missing else []
    if not probe.get("absolute", True):
        warnings.append(f"og:image is a relative address ({image}); some previewers ignore it")
    if warnings and loads is None:
        warnings.append(f"whether og:image loads is unknown ({_describe_probe(probe)})")
    if warnings:
        return Finding(Outcome.WARN, "The link preview is incomplete: " + "; ".join(warnings),
                       fix=FIX, evidence=evidence, data=data)
    if loads is None:
        return Finding(Outcome.ERROR, f"Could not check that og:image {url} loads: "
                       f"{_portfolio.describe_error(probe.get('error'))}",
                       evidence=evidence, data=data)
    return Finding(Outcome.PASS, "A pasted link shows a title, a description and an image "
                   f"({_describe_probe(probe)})", evidence=evidence, data=data)


def _also_missing(missing: list[str]) -> str:
    return f"; {' and '.join(missing)} also missing" if missing else ""


def _describe_probe(probe: Mapping[str, Any]) -> str:
    if probe.get("loads"):
        size = probe.get("bytes")
        kb = f", {max(1, round(size / 1024))} KB" if isinstance(size, int) else ""
        return f"loads as {probe.get('content_type') or 'an image'}{kb}"
    if probe.get("problem"):
        return str(probe["problem"])
    return _portfolio.describe_error(probe.get("error"))
