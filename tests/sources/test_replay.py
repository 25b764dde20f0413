"""Replaying saved result lists: same answers, same failures, clear errors for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.search.base import SearchError
from presence_audit.sources.search.providers import make_provider
from presence_audit.sources.search.replay import ReplayProvider


def ask(provider: ReplayProvider, engine: str, *, sample: int = 1,
        query: str = "Ada Example", max_results: int = 10) -> list[SearchResult]:
    return provider.search(query, engine=engine, region="us-en", safesearch="moderate",
                           max_results=max_results, sample=sample)


def test_answers_with_the_saved_results_from_a_folder_or_a_file(saved_serps: Path) -> None:
    for path in (saved_serps, saved_serps / "serps.json"):
        results = ask(ReplayProvider(path), "duckduckgo")
        assert [r.url for r in results] == ["https://adaexample.dev/",
                                            "https://github.com/ada-example"]
        assert [r.rank for r in results] == [1, 2]


def test_cuts_to_max_results(saved_serps: Path) -> None:
    assert len(ask(ReplayProvider(saved_serps), "duckduckgo", max_results=1)) == 1


def test_picks_the_sample_and_reuses_a_single_one(saved_serps: Path) -> None:
    provider = ReplayProvider(saved_serps)
    assert ask(provider, "brave", sample=2)[0].url == "https://b.example/"
    # duckduckgo was recorded once: that one recording answers every sample.
    assert ask(provider, "duckduckgo", sample=3)[0].url == "https://adaexample.dev/"
    with pytest.raises(SearchError) as caught:
        ask(provider, "brave", sample=3)
    assert caught.value.kind == "replay-missing"


def test_a_saved_failure_is_raised_again(saved_serps: Path) -> None:
    with pytest.raises(SearchError) as caught:
        ask(ReplayProvider(saved_serps), "bing")
    assert (caught.value.kind, caught.value.message) == ("rate-limited",
                                                          "bing is rate-limiting: 429")


def test_a_missing_list_is_named(saved_serps: Path) -> None:
    with pytest.raises(SearchError) as caught:
        ask(ReplayProvider(saved_serps), "mojeek", query="Ada Example Lisbon")
    assert caught.value.kind == "replay-missing"
    assert "no saved result list for 'Ada Example Lisbon' on mojeek" in caught.value.message


def test_a_saved_empty_list_is_a_block(tmp_path: Path, saved_serps: Path) -> None:
    document = json.loads((saved_serps / "serps.json").read_text(encoding="utf-8"))
    document["data"]["lists"][0]["results"] = []
    path = tmp_path / "empty.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SearchError) as caught:
        ask(ReplayProvider(path), "duckduckgo")
    assert caught.value.kind == "blocked"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "cannot read saved search results"),
        ("{not json", "is not valid JSON"),
        ('{"name": "linkedin", "status": "ok", "data": {}}', "is not a saved 'serps' artifact"),
        ('["serps"]', "is not a saved 'serps' artifact"),
        ('{"name": "serps", "status": "ok", "data": {}}', "holds no result lists"),
        ('{"name": "serps", "data": {"lists": [{"engine": "bing"}]}}', "malformed result list"),
        ('{"name": "serps", "data": {"lists": [{"query": "q", "engine": "bing", '
         '"results": [{"rank": "first", "url": "https://x.example/"}]}]}}',
         "malformed result list"),
    ],
)
def test_a_bad_file_is_a_config_error_naming_it(
    tmp_path: Path, content: str | None, fragment: str
) -> None:
    path = tmp_path / "serps.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SearchError) as caught:
        ReplayProvider(path)
    assert caught.value.kind == "config"
    assert fragment in caught.value.message
    assert str(path) in caught.value.message


def test_a_folder_without_serps_json_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(SearchError) as caught:
        ReplayProvider(tmp_path)
    assert caught.value.kind == "config"
    assert str(tmp_path / "serps.json") in caught.value.message


def test_make_provider(saved_serps: Path) -> None:
    assert make_provider("ddgs", timeout=4, replay_path=None).name == "ddgs"
    assert make_provider("replay", timeout=4, replay_path=saved_serps).name == "replay"
    with pytest.raises(ValueError, match="needs the path of a saved serps artifact"):
        make_provider("replay", timeout=4, replay_path=None)
    with pytest.raises(ValueError, match="cannot read saved search results"):
        make_provider("replay", timeout=4, replay_path=saved_serps / "nope.json")
    with pytest.raises(ValueError, match="unknown search provider 'searx'"):
        make_provider("searx", timeout=4, replay_path=None)
