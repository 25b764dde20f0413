"""Checks that your portfolio's canonical link points at the page itself.

What it checks
--------------
The page's ``<link rel="canonical">`` compared with the address the page was served from
(after redirects). Scheme and host case, default ports and an empty path (``/``) do not
matter; everything else does. ``pass`` when it points at the page; ``warn`` when it is
missing, when the page declares several, or when it differs only by a trailing slash;
``fail`` when it points somewhere else (another page, ``http://`` instead of ``https://``,
another host such as a staging copy).

Why it matters
--------------
The canonical link tells search engines which address to show for the page. Pointing it
elsewhere asks them to rank that other address instead (a staging copy, an old domain, the
HTTP version), which can take your portfolio out of the results for your name. Without one,
engines guess between ``www.`` and bare, trailing slash or not.

How to fix
----------
Put one ``<link rel="canonical" href="https://adaexample.dev/">`` in the ``<head>``, with the
exact, final HTTPS address of the page. Site generators usually have a ``baseURL``/``url``
setting that it is built from: set it to the live address.

Options
-------
None.

Example
-------
A page served from ``https://adaexample.dev/`` with ``<link rel="canonical"
href="http://adaexample.dev/">`` gives ``fail``: ``The canonical link points at
http://adaexample.dev/, not at the page (https://adaexample.dev/)``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

from presence_audit.checks.base import CheckContext
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Finding, Outcome

ID = "portfolio.canonical"
TITLE = "Canonical link points at the page"
CATEGORY = "portfolio"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = ("portfolio",)
OPTIONS: dict[str, Any] = {}

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _fix(url: str) -> str:
    return (f'Put exactly one <link rel="canonical" href="{url}"> in the <head>, with the '
            "page's final HTTPS address; set your site generator's base URL to the live "
            "address.")


def normalize(url: str) -> str:
    """``url`` with case-insensitive parts lowered, default port and fragment dropped."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        return loaded
    canonical = loaded.page.get("canonical")
    count = int(loaded.page.get("canonical_count") or 0)
    page_url = loaded.url
    fix = _fix(page_url)
    data = {"canonical": canonical, "page": page_url, "count": count}
    if not canonical:
        return Finding(Outcome.WARN, f"{page_url} has no canonical link", fix=fix, data=data)
    evidence = [loaded.evidence(f'<link rel="canonical" href="{canonical}">')]
    try:
        wanted, given = normalize(page_url), normalize(str(canonical))
    except ValueError:
        return Finding(Outcome.FAIL, f"The canonical link {canonical} is not a valid address",
                       fix=fix, evidence=evidence, data=data)
    if given != wanted:
        if given.rstrip("/") == wanted.rstrip("/"):
            return Finding(Outcome.WARN, f"The canonical link {canonical} differs from the "
                           f"page ({page_url}) by a trailing slash", fix=fix,
                           evidence=evidence, data=data)
        return Finding(Outcome.FAIL, f"The canonical link points at {canonical}, not at the "
                       f"page ({page_url})", fix=fix, evidence=evidence, data=data)
    if count > 1:
        return Finding(Outcome.WARN, f"The page declares {count} canonical links; search "
                       "engines may ignore them all", fix=fix, evidence=evidence, data=data)
    return Finding(Outcome.PASS, f"The canonical link points at the page ({canonical})",
                   evidence=evidence, data=data)
