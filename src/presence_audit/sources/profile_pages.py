"""Any other public profile (a Mastodon account, a speaker page …): what the page says about you.

Each URL in ``profiles.others`` is fetched once through the shared HTTP client and read with
the portfolio page parser: the schema.org ``Person``, the h-card, Open Graph and the title,
``rel="me"`` links. Only those parts are kept, so the artifact stays small. A page that
could not be fetched keeps its error and is reported as not compared, never as "no name".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import JSONDict
from presence_audit.text.urls import normalize_profile_url

if TYPE_CHECKING:
    from presence_audit.sources.context import GatherContext
    from presence_audit.sources.http import HttpClient

ARTIFACT = "profile_pages"
ACCEPT = ("text/html", "application/xhtml+xml")
KEPT = ("url", "title", "meta_description", "og", "twitter", "canonical", "person", "h_card",
        "rel_me", "profile_links")
"""The parts of ``parse_page``'s answer a profile comparison reads."""


def read_profile_page(http: HttpClient, url: str) -> JSONDict:
    """One page as ``{"url", "label", "final_url", "page", "error"}``; never raises."""
    from presence_audit.sources.http import FetchError
    from presence_audit.sources.page import parse_page

    entry: JSONDict = {"url": url, "label": normalize_profile_url(url) or url,
                       "final_url": None, "page": None, "error": None}
    try:
        response = http.get(url, accept=ACCEPT)
    except FetchError as exc:
        entry["error"] = {"kind": exc.kind, "message": exc.message}
        return entry
    parsed = parse_page(response.body, url=response.url, headers=response.headers)
    entry["final_url"] = response.url
    entry["page"] = trim(parsed)
    return entry


def trim(parsed: Mapping[str, Any]) -> JSONDict:
    """The parts worth keeping; the Person without its raw JSON-LD node."""
    page = {key: parsed.get(key) for key in KEPT}
    person = parsed.get("person")
    if isinstance(person, Mapping):
        page["person"] = {k: v for k, v in person.items() if k != "node"}
    return page


def profile_pages_artifact(http: HttpClient | None, urls: list[str]) -> Artifact:
    """The ``profile_pages`` artifact: ``ok`` with every page, failures among its problems."""
    if not urls or http is None:
        return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source="config",
                        detail="no other profiles configured (profiles.others)",
                        data={"pages": []})
    pages = [read_profile_page(http, url) for url in urls]
    problems = [f"{p['label']}: {p['error']['kind']} — {p['error']['message']}"
                for p in pages if p["error"]]
    read = len(pages) - len(problems)
    return Artifact(name=ARTIFACT, status=ArtifactStatus.OK, source="web",
                    detail=f"{read} of {len(pages)} profile page{'s' if len(pages) != 1 else ''}"
                           " read",
                    data={"pages": pages}, problems=problems)


def collect_profile_pages(context: GatherContext) -> Artifact:
    """Fetch and read every ``profiles.others`` page."""
    urls = list(context.loaded.config.profiles.others)
    return profile_pages_artifact(context.http if urls else None, urls)
