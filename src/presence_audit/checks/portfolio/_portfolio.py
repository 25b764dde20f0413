"""What the portfolio checks share: the fetched page, or why it could not be read.

The ``portfolio`` artifact is ``ok`` whenever something was measured. When robots.txt kept
the page from being fetched, the artifact is still ``ok`` (the robots verdict is the
measurement ``portfolio.indexable`` needs) but carries ``page: null`` and a ``fetch_error``;
every other check then reports ``error`` through ``load`` and never judges a page it did
not see.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from presence_audit.checks.base import CheckContext
from presence_audit.model import Evidence, Finding, JSONDict, Outcome
from presence_audit.urls import normalize_profile_url

ARTIFACT = "portfolio"
SOURCE = "portfolio"


@dataclass(frozen=True)
class Portfolio:
    """The fetched portfolio: how it was fetched (``data``) and what it says (``page``)."""

    data: JSONDict
    page: JSONDict

    @property
    def url(self) -> str:
        """The address the page was finally served from."""
        return str(self.data.get("final_url") or self.page.get("url") or "")

    def evidence(self, text: str, url: str | None = None) -> Evidence:
        return Evidence(text, url=url or self.url, source=SOURCE)


def load(ctx: CheckContext) -> Portfolio | Finding:
    """The fetched page, or the ``error`` finding saying why there is none."""
    data = ctx.artifact(ARTIFACT).data
    page = data.get("page")
    if isinstance(page, dict):
        return Portfolio(data=data, page=page)
    return not_fetched(data)


def not_fetched(data: Mapping[str, Any]) -> Finding:
    """The ``error`` finding for an artifact whose page robots.txt kept us from fetching."""
    return Finding(
        outcome=Outcome.ERROR,
        message=f"The portfolio page was not fetched: {describe_error(data.get('fetch_error'))}",
        fix=(
            "If robots.txt blocks presence-audit from your own site, allow it or set "
            "network.respect_robots: false to audit it anyway."
        ),
        data={"fetch_error": data.get("fetch_error")},
    )


def describe_error(error: Any) -> str:
    """``kind — message`` for a recorded fetch error, in words."""
    if not isinstance(error, Mapping):
        return "no reason was recorded"
    kind = error.get("kind") or "error"
    message = error.get("message") or "no detail"
    return f"{kind} — {message}"


def profile_label(label: str, url: str) -> str:
    """How to name a configured profile: ``linkedin``, ``github``, else ``host/path``."""
    if label != url:
        return label
    return normalize_profile_url(url) or url
