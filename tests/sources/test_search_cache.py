"""The day cache of result lists: what it keeps, what it refuses, and that it never breaks a run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.search.cache import CacheKey, SearchCache

KEY = CacheKey(scope="ddgs", engine="brave", query="Ada Example", region="us-en",
               safesearch="moderate", results=10, sample=1, day="2026-11-14")
RESULTS = [SearchResult(1, "Ada Example", "https://adaexample.dev/", "Hi")]


def test_a_stored_list_comes_back_with_its_fetch_time(tmp_path: Path) -> None:
    cache = SearchCache(tmp_path)
    cache.put(KEY, RESULTS, "2026-11-14T09:00:00Z")
    found = SearchCache(tmp_path).get(KEY)
    assert found is not None
    assert found.results == RESULTS
    assert found.fetched_at == "2026-11-14T09:00:00Z"
    assert [p.parent.name for p in tmp_path.rglob("*.json")] == ["2026-11-14"]


def test_the_file_holds_no_secret_and_names_its_key(tmp_path: Path) -> None:
    SearchCache(tmp_path).put(KEY, RESULTS, "2026-11-14T09:00:00Z")
    document = json.loads(next(tmp_path.rglob("*.json")).read_text(encoding="utf-8"))
    assert document["key"]["scope"] == "ddgs"
    assert set(document) == {"key", "fetched_at", "results"}


@pytest.mark.parametrize("content", ["{not json", "[]", '{"key": {}, "results": []}'])
def test_an_unreadable_or_foreign_file_is_a_miss(tmp_path: Path, content: str) -> None:
    cache = SearchCache(tmp_path)
    cache.put(KEY, RESULTS, "2026-11-14T09:00:00Z")
    next(tmp_path.rglob("*.json")).write_text(content, encoding="utf-8")
    assert cache.get(KEY) is None


def test_another_key_misses(tmp_path: Path) -> None:
    cache = SearchCache(tmp_path)
    cache.put(KEY, RESULTS, "2026-11-14T09:00:00Z")
    assert cache.get(replace(KEY, sample=2)) is None
    assert cache.get(replace(KEY, scope="searxng http://localhost:8888")) is None


def test_a_cache_that_cannot_be_written_costs_nothing_but_requests(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    cache = SearchCache(blocker / "search")  # a folder cannot be made under a file
    cache.put(KEY, RESULTS, "2026-11-14T09:00:00Z")
    assert cache.get(KEY) is None


def test_a_malformed_day_is_refused() -> None:
    with pytest.raises(ValueError, match="cache day"):
        SearchCache(Path()).get(replace(KEY, day="../../etc"))


def test_an_empty_list_is_never_stored_nor_served(tmp_path: Path) -> None:
    cache = SearchCache(tmp_path)
    cache.put(KEY, [], "2026-11-14T09:00:00Z")
    assert list(tmp_path.rglob("*.json")) == []
    # A file that somehow holds an empty list for the key is a miss, never "no results".
    cache.put(KEY, RESULTS, "2026-11-14T09:00:00Z")
    path = next(tmp_path.rglob("*.json"))
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, "results": []}), encoding="utf-8")
    assert cache.get(KEY) is None


def test_a_new_day_removes_only_the_files_this_cache_wrote(tmp_path: Path) -> None:
    SearchCache(tmp_path).put(replace(KEY, day="2026-11-13"), RESULTS, "2026-11-13T09:00:00Z")
    theirs = tmp_path / "2025-06-01"
    theirs.mkdir()
    (theirs / "holiday.jpg").write_bytes(b"\xff\xd8")
    SearchCache(tmp_path).put(KEY, RESULTS, "2026-11-14T09:00:00Z")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025-06-01", "2026-11-14"]
    assert (theirs / "holiday.jpg").exists()
