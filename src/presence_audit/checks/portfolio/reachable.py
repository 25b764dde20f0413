"""Checks that your portfolio answers quickly and safely: HTTPS, status 200, sane redirects.

What it checks
--------------
How the configured ``portfolio.url`` was served when it was fetched: the final address must
be HTTPS with a trusted certificate, the final status 200, and the redirect chain sane.
``fail`` when the certificate is not trusted, the redirects loop or go on past
``network.max_redirects``, the page answers 404 or 410, it ends on plain HTTP, or a redirect
goes from HTTPS down to HTTP; ``warn`` when the page answers with a 2xx status other than
200, takes more than ``max_redirects`` hops, or the configured address redirects to another
site; ``pass`` otherwise. A fetch that failed without telling anything about the site (a
timeout, a refused connection, a 5xx, a 401/403/429/999 as bot blockers answer) makes this
check ``error`` with the reason in words, because nothing was measured.

Why it matters
--------------
Your portfolio is where people land after reading your name. Browsers mark plain-HTTP pages
"Not secure", some networks block them, and an HTTPS page that redirects to HTTP leaks the
visit and looks broken. Each redirect hop costs a round trip before anything is shown.

How to fix
----------
Serve the site over HTTPS (GitHub Pages, Netlify, Cloudflare Pages and most hosts do it for
free with Let's Encrypt) and redirect ``http://`` to ``https://`` in one hop. Point links
and ``portfolio.url`` at the final address, so nobody goes through a chain of redirects.

Example
-------
::

    checks:
      portfolio.reachable:
        options:
          max_redirects: 1

gives e.g. ``pass``: ``https://adaexample.dev/ answers 200 over HTTPS (184 ms, no
redirects)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.portfolio import _portfolio
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.urls import registrable_domain

ID = "portfolio.reachable"
TITLE = "Portfolio is served over HTTPS"
CATEGORY = "portfolio"
SEVERITY = "high"
WEIGHT = 3
REQUIRES = ("portfolio",)
OPTIONS = {
    "max_redirects": Option(int, 2, "More redirect hops than this give a warning."),
}


_REDIRECTS_FIX = ("Fix the redirect rules so that http://, www. and the bare domain each reach "
                  "the final https:// address in one hop.")
# What the collector records with ``page: null`` when the site failed every visitor alike.
SITE_FAULTS = {
    "tls": "Fix the certificate: let your host issue one (Let's Encrypt, free) that covers "
           "this exact host name, with and without www., and renews itself.",
    "redirect-loop": _REDIRECTS_FIX,
    "too-many-redirects": _REDIRECTS_FIX,
    "bad-status": "Publish the page at this address, or set portfolio.url (and the links on "
                  "your profiles) to the address where it lives.",
}


def check(ctx: CheckContext) -> Finding:
    loaded = _portfolio.load(ctx)
    if isinstance(loaded, Finding):
        error = loaded.data.get("fetch_error")  # set when there is no page, and why
        if isinstance(error, Mapping) and error.get("kind") in SITE_FAULTS:
            return _site_fault(ctx.artifact(_portfolio.ARTIFACT).data, error)
        return loaded
    data = loaded.data
    final = loaded.url
    status = data.get("status")
    redirects = [str(u) for u in data.get("redirects") or []]
    chain = [*redirects, final]
    https = urlsplit(final).scheme == "https"
    max_redirects: int = ctx.options["max_redirects"]
    requested = str(data.get("requested_url") or final)

    failures: list[str] = []
    warnings: list[str] = []
    if not https:
        failures.append(f"it is served over plain HTTP ({final})")
    downgrades = [(a, b) for a, b in pairwise(chain)
                  if urlsplit(a).scheme == "https" and urlsplit(b).scheme == "http"]
    failures += [f"a redirect goes from HTTPS down to HTTP ({a} → {b})" for a, b in downgrades]
    if status != 200:
        warnings.append(f"it answers {status}, not 200")
    if len(redirects) > max_redirects:
        warnings.append(f"it takes {len(redirects)} redirects to reach (more than "
                        f"{max_redirects})")
    if registrable_domain(requested) != registrable_domain(final):
        warnings.append(f"{requested} redirects to another site ({final})")

    evidence = [loaded.evidence(f"GET {requested} → {status} ({_timing(data)})")]
    if redirects:
        evidence.append(loaded.evidence("Redirects: " + " → ".join(chain)))
    result = {
        "final_url": final,
        "status": status,
        "https": https,
        "redirects": redirects,
        "elapsed_ms": data.get("elapsed_ms"),
    }
    if failures or warnings:
        return Finding(
            outcome=Outcome.FAIL if failures else Outcome.WARN,
            message=f"{final}: " + "; ".join(failures + warnings),
            fix=_fix(final, https=https, downgrades=bool(downgrades)),
            evidence=evidence,
            data=result,
        )
    hops = {0: "no redirects", 1: "1 redirect"}.get(len(redirects), f"{len(redirects)} redirects")
    return Finding(
        outcome=Outcome.PASS,
        message=f"{final} answers 200 over HTTPS ({_timing(data)}, {hops})",
        evidence=evidence,
        data=result,
    )


def _site_fault(data: Mapping[str, Any], error: Mapping[str, Any]) -> Finding:
    requested = str(data["requested_url"])
    return Finding(
        outcome=Outcome.FAIL,
        message=f"{requested} does not load for anyone: {_portfolio.describe_error(error)}",
        fix=SITE_FAULTS[str(error["kind"])],
        evidence=[Evidence(f"GET {requested} → {error['kind']}", url=requested,
                           source=_portfolio.SOURCE)],
        data={"final_url": None, "status": data.get("status"), "https": None, "redirects": [],
              "elapsed_ms": None, "fetch_error": dict(error)},
    )


def _timing(data: Mapping[str, Any]) -> str:
    if data.get("from_cache"):
        return "from cache"
    elapsed = data.get("elapsed_ms")
    return f"{elapsed} ms" if isinstance(elapsed, int) else "no timing"


def _fix(final: str, *, https: bool, downgrades: bool) -> str:
    steps = []
    if not https:
        steps.append("Serve the site over HTTPS (most hosts do it for free with Let's Encrypt) "
                     "and redirect http:// to https:// in one hop.")
    if downgrades:
        steps.append("Never redirect from https:// to http://.")
    target = final if https else "the https:// address"
    steps.append(f"Point portfolio.url and the links on your profiles at the final address "
                 f"({target}) so nobody goes through redirects.")
    return " ".join(steps)
