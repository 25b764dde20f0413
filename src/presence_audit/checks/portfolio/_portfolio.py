"""What the portfolio checks share: the fetched page, or why it could not be read.

The ``portfolio`` artifact is ``ok`` whenever something was measured. When robots.txt kept
the page from being fetched, the artifact is still ``ok`` (the robots verdict is the
measurement ``portfolio.indexable`` needs) but carries ``page: null`` and a ``fetch_error``;
every other check then reports ``error`` through ``load`` and never judges a page it did
not see. Nor one it cannot read: artifact data that lacks a field the checks read, or holds
it as another type (saved by hand, or by another version), is an ``error`` too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from presence_audit.checks.base import CheckContext
from presence_audit.core.model import Evidence, Finding, JSONDict, Outcome
from presence_audit.text.urls import normalize_profile_url

ARTIFACT = "portfolio"
SOURCE = "portfolio"
ROBOTS_BLOCKED = "blocked-by-robots"


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


# The fields the checks read, with the types the collector records them as. An artifact saved
# by hand or by another version may lack one or hold another type; a check must say it cannot
# read it, not take it for "the page has none".
_NONE = type(None)
_DATA_FIELDS: dict[str, tuple[type, ...]] = {
    "requested_url": (str,), "final_url": (str, _NONE), "status": (int, _NONE),
    "redirects": (list,), "robots_txt": (dict,), "robots_txt.allowed": (bool, _NONE),
    "og_image": (dict, _NONE),
}
_PAGE_FIELDS: dict[str, tuple[type, ...]] = {
    "url": (str,), "title": (str, _NONE), "meta_description": (str, _NONE),
    "og": (dict,), "og.title": (str, _NONE), "og.description": (str, _NONE),
    "og.image": (str, _NONE), "canonical": (str, _NONE), "canonical_count": (int,),
    "robots": (dict,), "robots.directives": (list,), "viewport": (str, _NONE),
    "json_ld": (list,), "person": (dict, _NONE), "person.name": (str, _NONE),
    "person.same_as": (list,), "rel_me": (list,), "profile_links": (list,),
    "external_links": (list,), "contact": (dict,), "contact.emails": (list,),
    "contact.phones": (list,), "contact.pages": (list,), "contact.forms": (list,),
    "privacy": (dict,), "privacy.phones": (list,), "privacy.addresses": (list,),
}
_MISSING = object()
_TYPE_NAMES = {str: "text", int: "a number", bool: "true or false", list: "a list",
               dict: "an object", _NONE: "null"}


def load(ctx: CheckContext) -> Portfolio | Finding:
    """The fetched page, or the ``error`` finding saying why there is none."""
    data = ctx.artifact(ARTIFACT).data
    problem = unreadable(data)
    if problem is not None:
        return problem
    page = data.get("page")
    if isinstance(page, dict):
        return Portfolio(data=data, page=page)
    return not_fetched(data)


def unreadable(data: Mapping[str, Any]) -> Finding | None:
    """The ``error`` finding for artifact data that is not shaped as the collector records it."""
    problems = _shape_problems(data, _DATA_FIELDS, "")
    page = data.get("page")
    if isinstance(page, dict):
        problems += _shape_problems(page, _PAGE_FIELDS, "page.")
    elif page is not None:
        problems.append(f"page is {_type_name(page)}, not an object")
    if not problems:
        return None
    return Finding(
        outcome=Outcome.ERROR,
        message="The portfolio artifact cannot be read: " + "; ".join(problems),
        fix="Gather the portfolio again (run without --from-artifacts, or save the artifacts "
            "anew with --save-artifacts).",
        data={"problems": problems},
    )


def _shape_problems(fields: Mapping[str, Any], shape: Mapping[str, tuple[type, ...]],
                    prefix: str) -> list[str]:
    """What is missing or of another type in ``fields``; ``a.b`` names ``b`` inside ``a``,
    checked once ``a`` is known to be an object (or null)."""
    problems: list[str] = []
    broken: list[str] = []
    for path, types in shape.items():
        if any(path.startswith(f"{parent}.") for parent in broken):
            continue  # its parent is already reported
        parent, _, name = path.rpartition(".")
        container = fields[parent] if parent else fields
        if container is None:
            continue  # a null parent (no Person on the page) has no fields to check
        value = container.get(name, _MISSING)
        if value is _MISSING:
            problems.append(f"{prefix}{path} is missing")
        elif type(value) not in types:
            wanted = " or ".join(_TYPE_NAMES[t] for t in types)
            problems.append(f"{prefix}{path} is {_type_name(value)}, not {wanted}")
        else:
            continue
        broken.append(path)
    return problems


def _type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def not_fetched(data: Mapping[str, Any]) -> Finding:
    """The ``error`` finding for an artifact without a page: robots.txt kept us from fetching
    it, or the site failed (``portfolio.reachable`` judges that)."""
    error = data.get("fetch_error")
    return Finding(
        outcome=Outcome.ERROR,
        message=f"The portfolio page was not fetched: {describe_error(error)}",
        fix=(
            "If robots.txt blocks presence-audit from your own site, allow it or set "
            "network.respect_robots: false to audit it anyway." if blocked_by_robots(data) else
            "Make the page load (see portfolio.reachable), then run the audit again."
        ),
        data={"fetch_error": error},
    )


def blocked_by_robots(data: Mapping[str, Any]) -> bool:
    """Whether robots.txt is why the artifact has no page."""
    error = data.get("fetch_error")
    return isinstance(error, Mapping) and error.get("kind") == ROBOTS_BLOCKED


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
