"""Building portfolio artifacts for the checks: a page's HTML parsed as the collector does."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Finding, JSONDict, Subject
from presence_audit.sources.page import parse_page

ADA = Subject(
    name="Ada Example",
    aliases=("A. Example",),
    profession="data engineer",
    portfolio_url="https://adaexample.dev",
    linkedin_url="https://www.linkedin.com/in/ada-example/",
    github_login="ada-example",
    other_profiles=("https://speakerdeck.com/adaexample",),
)
URL = "https://adaexample.dev/"
IMAGE = "https://adaexample.dev/og-card.png"

GOOD_HEAD = f"""
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ada Example — Data engineer in Lisbon</title>
<meta name="description" content="Ada Example designs and runs data pipelines in Lisbon: streaming
  ingestion, dbt models and the tests that keep them honest.">
<meta property="og:title" content="Ada Example — Data engineer">
<meta property="og:description" content="Streaming pipelines, dbt and tests.">
<meta property="og:image" content="{IMAGE}">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "Person", "name": "Ada Example",
  "url": "{URL}", "sameAs": ["https://www.linkedin.com/in/ada-example/",
  "https://github.com/ada-example", "https://speakerdeck.com/adaexample"]}}
</script>
"""
GOOD_BODY = """
<h1>Ada Example</h1>
<a href="https://www.linkedin.com/in/ada-example/">LinkedIn</a>
<a href="https://github.com/ada-example" rel="me">GitHub</a>
<a href="https://speakerdeck.com/adaexample">Talks</a>
<a href="mailto:hello@adaexample.dev">Email me</a>
"""


def html(head: str = GOOD_HEAD, body: str = GOOD_BODY) -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def image_probe(**changes: Any) -> JSONDict:
    probe: JSONDict = {
        "declared": IMAGE, "url": IMAGE, "absolute": True, "loads": True, "status": 200,
        "content_type": "image/png", "bytes": 84_211, "final_url": IMAGE, "error": None,
        "problem": None,
    }
    probe.update(changes)
    return probe


def portfolio_data(page_html: str | None = None, *, headers: dict[str, str] | None = None,
                   **changes: Any) -> JSONDict:
    """The artifact data the collector records for a page served at ``final_url``."""
    final_url = changes.get("final_url", URL)
    text = html() if page_html is None else page_html
    page = parse_page(text.encode(), url=final_url, headers=headers)
    data: JSONDict = {
        "requested_url": "https://adaexample.dev",
        "final_url": final_url,
        "status": 200,
        "https": final_url.startswith("https://"),
        "elapsed_ms": 184,
        "redirects": [],
        "from_cache": False,
        "content_type": "text/html",
        "encoding": "utf-8",
        "bytes": len(text),
        "headers": {"content-type": "text/html; charset=utf-8"},
        "robots_txt": {"allowed": True, "reason": "robots.txt allows / for presence-audit",
                       "robots_url": "https://adaexample.dev/robots.txt"},
        "fetch_error": None,
        "page": page,
        "og_image": image_probe() if page["og"]["image"] else None,
    }
    data.update(changes)
    return data


BLOCKED = {
    "requested_url": "https://adaexample.dev", "final_url": None, "status": None,
    "https": True, "elapsed_ms": None, "redirects": [], "from_cache": False,
    "content_type": None, "encoding": None, "bytes": None, "headers": {},
    "robots_txt": {"allowed": False,
                   "reason": "robots.txt of adaexample.dev disallows / for presence-audit",
                   "robots_url": "https://adaexample.dev/robots.txt"},
    "fetch_error": {"kind": "blocked-by-robots",
                    "message": "robots.txt of adaexample.dev disallows / for presence-audit"},
    "page": None, "og_image": None,
}


def run(module: ModuleType, data: JSONDict, *, subject: Subject = ADA,
        **options: Any) -> Finding:
    spec = CheckSpec.from_module(module)
    artifact = Artifact(name="portfolio", status=ArtifactStatus.OK, source="http", data=data)
    ctx = CheckContext(subject=subject, artifacts={"portfolio": artifact},
                       options=spec.resolve_options(options))
    return spec.run(ctx)


@pytest.fixture
def check_portfolio() -> Callable[..., Finding]:
    """``check_portfolio(module, data, subject=…, **options)`` → the check's finding."""
    return run


@pytest.fixture
def portfolio() -> Callable[..., JSONDict]:
    """``portfolio(html, headers=…, **data changes)`` → portfolio artifact data."""
    return portfolio_data


@pytest.fixture
def page() -> Callable[..., str]:
    """``page(head=…, body=…)`` → a page's HTML; by default one every check passes."""
    return html


@pytest.fixture
def probe() -> Callable[..., JSONDict]:
    """``probe(**changes)`` → the og:image probe of an image that loads, changed as given."""
    return image_probe


@pytest.fixture
def blocked() -> JSONDict:
    """Artifact data for a page robots.txt kept the collector from fetching."""
    return dict(BLOCKED)


@pytest.fixture
def ada() -> Subject:
    return ADA


def site_fault(kind: str, message: str, status: int | None = None) -> JSONDict:
    """Artifact data for a page the site failed to serve to anyone (see sources/portfolio)."""
    data = dict(BLOCKED)
    data.update(status=status, fetch_error={"kind": kind, "message": message})
    return data


@pytest.fixture
def failed_site() -> Callable[..., JSONDict]:
    """``failed_site(kind, message, status=None)`` → data for a site that failed everyone."""
    return site_fault
