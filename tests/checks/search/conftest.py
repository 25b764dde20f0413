"""Building search checks' inputs from result-list dicts, and running a check on them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import presence_audit
from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Finding, JSONDict, Subject

ADA = Subject(
    name="Ada Example",
    profession="data engineer",
    location="Lisbon",
    context=("Acme Analytics",),
    portfolio_url="https://adaexample.dev",
    linkedin_url="https://www.linkedin.com/in/ada-example/",
    github_login="ada-example",
)

FILLER = "https://unrelated.example/{n}"


def serp(engine: str, *urls: str, query: str = "Ada Example", template: str = "{name}",
         sample: int = 1, error: tuple[str, str] | None = None) -> JSONDict:
    """A saved result list: ``urls`` in rank order, or a failure ``(kind, message)``."""
    return {
        "query": query, "template": template, "engine": engine, "provider": "ddgs",
        "region": "us-en", "safesearch": "moderate", "sample": sample,
        "fetched_at": "2026-11-14T09:12:03Z", "tool_version": "0.1.0",
        "status": "ok" if error is None else "error",
        "error": None if error is None else {"kind": error[0], "message": error[1]},
        "results": [
            {"rank": i, "title": f"Title {i} on {engine}",
             "url": url or FILLER.format(n=i), "snippet": ""}
            for i, url in enumerate(urls, start=1)
        ],
    }


def described(engine: str, *results: tuple[str, str, str], query: str = "Ada Example",
              template: str = "{name}", sample: int = 1) -> JSONDict:
    """A saved result list from ``(url, title, snippet)`` triples in rank order."""
    item = serp(engine, query=query, template=template, sample=sample)
    item["results"] = [{"rank": i, "url": url, "title": title, "snippet": snippet}
                       for i, (url, title, snippet) in enumerate(results, start=1)]
    return item


def ranked(engine: str, hits: dict[int, str], size: int = 10, **kwargs: Any) -> JSONDict:
    """A full page of ``size`` results with ``hits`` placed at their ranks."""
    return serp(engine, *(hits.get(rank, "") for rank in range(1, size + 1)), **kwargs)


def run(module: ModuleType, lists: list[JSONDict], *, subject: Subject = ADA,
        **options: Any) -> Finding:
    spec = CheckSpec.from_module(module)
    artifact = Artifact(name="serps", status=ArtifactStatus.OK, source="ddgs",
                        data={"lists": lists})
    ctx = CheckContext(subject=subject, artifacts={"serps": artifact},
                       options=spec.resolve_options(options))
    return spec.run(ctx)


@pytest.fixture
def check_serps() -> Callable[..., Finding]:
    """``check_serps(module, lists, subject=…, **options)`` → the check's finding."""
    return run


@pytest.fixture
def serp_list() -> Callable[..., JSONDict]:
    """``serp_list(engine, *urls, query=…, sample=…, error=(kind, message))``."""
    return serp


@pytest.fixture
def described_list() -> Callable[..., JSONDict]:
    """``described_list(engine, (url, title, snippet), …, query=…, template=…, sample=…)``."""
    return described


@pytest.fixture
def ranked_list() -> Callable[..., JSONDict]:
    """``ranked_list(engine, {rank: url}, size=10, …)``: a page with the given hits."""
    return ranked


@pytest.fixture
def ada() -> Subject:
    return ADA


@pytest.fixture
def demo_lists() -> list[JSONDict]:
    """The result lists recorded for the bundled demo persona."""
    path = Path(presence_audit.__file__).parent / "demo" / "artifacts" / "serps.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["name"] == "serps"
    lists: list[JSONDict] = document["data"]["lists"]
    return lists
