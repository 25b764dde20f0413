"""Saved search results for the replay and collector tests; a local server and HTTP client
for the SearXNG and Brave providers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from presence_audit.config.schema import NetworkConfig
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.artifacts.serps import ResultList, SearchResult
from presence_audit.sources.http import HttpClient


def result_list(query: str, engine: str, *, sample: int = 1, urls: tuple[str, ...] = (),
                error: tuple[str, str] | None = None) -> ResultList:
    return ResultList(
        query=query, template="{name}", engine=engine, provider="ddgs", region="us-en",
        safesearch="moderate", sample=sample, fetched_at=f"2026-11-0{sample}T10:00:00Z",
        tool_version="0.0.9",
        status="ok" if error is None else "error",
        error=None if error is None else {"kind": error[0], "message": error[1]},
        results=[SearchResult(rank=i, title=f"Result {i}", url=url)
                 for i, url in enumerate(urls, start=1)],
    )


@pytest.fixture
def saved_serps(tmp_path: Path) -> Path:
    """A folder holding serps.json as ``--save-artifacts`` writes it."""
    lists = [
        result_list("Ada Example", "duckduckgo",
                    urls=("https://adaexample.dev/", "https://github.com/ada-example")),
        result_list("Ada Example", "bing", error=("rate-limited", "bing is rate-limiting: 429")),
        result_list("Ada Example", "bing", sample=2, urls=("https://adaexample.dev/",)),
        result_list("Ada Example", "brave", sample=1, urls=("https://a.example/",)),
        result_list("Ada Example", "brave", sample=2, urls=("https://b.example/",)),
    ]
    artifact = Artifact(name="serps", status=ArtifactStatus.OK, source="ddgs",
                        data={"lists": [item.to_dict() for item in lists]})
    (tmp_path / "serps.json").write_text(json.dumps(artifact.to_dict()), encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="session")
def _running_server() -> Iterator[HTTPServer]:
    # Started once: stopping a server takes half a second.
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def api_server(_running_server: HTTPServer) -> Iterator[HTTPServer]:
    """An HTTP server on 127.0.0.1 standing in for SearXNG or the Brave API."""
    yield _running_server
    _running_server.clear()


@pytest.fixture
def http_client() -> Iterator[HttpClient]:
    """The real HTTP client, allowed to reach 127.0.0.1, with no cache, retries or pauses."""
    client = HttpClient(NetworkConfig(allow_private=True, respect_robots=False, cache=False,
                                      min_interval_seconds=0.0, retries=0,
                                      connect_timeout=2.0, read_timeout=2.0),
                        use_cache=False)
    yield client
    client.close()
