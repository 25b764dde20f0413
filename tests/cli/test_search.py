"""`presence-audit search` and `run` with the real ddgs provider, faked at its boundary."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from ddgs.exceptions import DDGSException, TimeoutException

from helpers import FakeDdgs
from presence_audit.cli import main

ANSWER = [
    {"title": "Ada Example — Data engineer", "href": "https://adaexample.dev/", "body": "Hi"},
    {"title": "\x1b[31mAda [bold]Example[/bold]", "href": "https://x.example/", "body": ""},
]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_search_prints_one_engines_ranking(fake_ddgs: FakeDdgs) -> None:
    fake_ddgs.answer = ANSWER
    code, out, _ = invoke("search", "Ada Example", "--engine", "brave", "-n", "5")
    assert code == 0
    assert fake_ddgs.calls[0]["backend"] == "brave"
    assert fake_ddgs.calls[0]["max_results"] == 5
    assert "https://adaexample.dev/" in out and "Ada Example — Data engineer" in out
    assert "\x1b" not in out
    assert "[bold]Example[/bold]" in out  # printed literally, never interpreted


def test_search_json_records_how_the_list_was_obtained(fake_ddgs: FakeDdgs) -> None:
    fake_ddgs.answer = ANSWER
    code, out, _ = invoke("search", "Ada Example", "--format", "json", "--region", "pt-pt")
    assert code == 0
    listing = json.loads(out)
    assert listing["engine"] == "duckduckgo" and listing["region"] == "pt-pt"
    assert listing["provider"] == "ddgs" and listing["tool_version"]
    assert [r["rank"] for r in listing["results"]] == [1, 2]


@pytest.mark.parametrize(
    ("answer", "kind"),
    [([], "blocked"), (TimeoutException("slow"), "timeout"),
     (DDGSException("boom"), "provider-error")],
    ids=["empty", "timeout", "raises"],
)
def test_search_that_cannot_measure_exits_3(fake_ddgs: FakeDdgs, answer: object,
                                            kind: str) -> None:
    fake_ddgs.answer = answer  # type: ignore[assignment]
    code, out, _ = invoke("search", "Ada Example", "--format", "json")
    assert code == 3
    assert json.loads(out)["error"]["kind"] == kind


def test_a_provider_crash_is_a_failed_measurement_not_a_traceback(fake_ddgs: FakeDdgs) -> None:
    fake_ddgs.answer = RuntimeError("parser broke\n  File ddgs/engines.py, line 9")
    code, out, _ = invoke("search", "Ada Example", "--format", "json")
    assert code == 3
    assert json.loads(out)["error"] == {"kind": "provider-error",
                                        "message": "RuntimeError: parser broke"}


def test_search_json_escapes_control_characters_in_titles(fake_ddgs: FakeDdgs) -> None:
    fake_ddgs.answer = [{"title": "Ada \x9b31mExample\x1b]0;owned\x07", "href": "https://x.example/",
                         "body": "\x7f"}]
    code, out, _ = invoke("search", "Ada Example", "--format", "json")
    assert code == 0
    assert not any(c in out for c in "\x9b\x1b\x07\x7f")
    assert json.loads(out)["results"][0]["title"] == "Ada \x9b31mExample\x1b]0;owned\x07"


def test_search_refuses_an_unknown_engine(fake_ddgs: FakeDdgs) -> None:
    code, _, err = invoke("search", "Ada Example", "--engine", "altavista")
    assert code == 2
    assert "altavista" in err
    assert fake_ddgs.calls == []


@pytest.mark.parametrize(
    "answer", [[], TimeoutException("slow"), DDGSException("boom")],
    ids=["empty", "timeout", "raises"],
)
def test_run_with_an_unmeasurable_engine_is_incomplete_not_failed(
    tmp_path: Path, fake_ddgs: FakeDdgs, answer: object
) -> None:
    fake_ddgs.answer = answer  # type: ignore[assignment]
    config = tmp_path / "presence-audit.yaml"
    config.write_text(textwrap.dedent("""\
        person: {name: Ada Example}
        portfolio: {url: https://adaexample.dev}
        profiles: {github: ada-example}
        search: {engines: [duckduckgo], queries: ["{name}"], retries: 0}
    """), encoding="utf-8")
    code, out, _ = invoke("run", "-c", str(config), "--format", "json", "--select", "search")
    assert code == 3
    report = json.loads(out)
    assert report["verdict"] == "incomplete"
    assert {r["outcome"] for r in report["results"]} <= {"error", "skip"}
    assert [r["check_id"] for r in report["results"] if r["outcome"] == "skip"] == [
        "search.namesake-noise", "search.watchlist", "search.google-position"]
    assert report["sources"][0]["status"] == "error"


CONFIG = """\
person:
  name: Ada Example
  profession: data engineer
  location: Lisbon
  not_me: ["painter.example"]
portfolio: {url: https://adaexample.dev}
"""
CLASSIFIED_ANSWER = [
    {"title": "Ada Example — Data engineer", "href": "https://adaexample.dev/", "body": ""},
    {"title": "Ada Example at Lisbon Data", "href": "https://meetup.example/1", "body": ""},
    {"title": "Ada Example | Painter", "href": "https://painter.example/", "body": "Lisbon"},
    {"title": "Ada Example, dentist", "href": "https://dentist.example/", "body": "Brighton"},
    {"title": "ADA compliance", "href": "https://ada.gov/", "body": ""},
]


def test_search_classify_labels_every_result_as_the_audit_does(
    tmp_path: Path, fake_ddgs: FakeDdgs
) -> None:
    fake_ddgs.answer = CLASSIFIED_ANSWER
    config = tmp_path / "me.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    code, out, _ = invoke("search", "Ada Example", "--classify", "-c", str(config),
                          "--format", "json")
    assert code == 0
    results = json.loads(out)["results"]
    assert [r["class"] for r in results] == [
        "owned", "about-you", "namesake", "namesake", "unrelated"]
    assert results[2]["why"] == "you marked it as not you (not_me: painter.example)"
    code, out, _ = invoke("search", "Ada Example", "--classify", "-c", str(config))
    assert code == 0
    assert "about-you" in out and "not_me: painter.example" in out


def test_search_classify_needs_a_config(
    tmp_path: Path, fake_ddgs: FakeDdgs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = invoke("search", "Ada Example", "--classify")
    assert code == 2
    assert "presence-audit init" in err
    assert fake_ddgs.calls == []


def test_search_through_searxng_from_the_config(tmp_path: Path, httpserver: Any) -> None:
    httpserver.expect_request("/search").respond_with_json({"results": [
        {"url": "https://adaexample.dev/", "title": "Ada Example", "content": "",
         "engine": "mojeek", "engines": ["mojeek"]}], "unresponsive_engines": []})
    config = tmp_path / "me.yaml"
    config.write_text(CONFIG + textwrap.dedent(f"""\
        search: {{provider: searxng, searxng_url: "{httpserver.url_for('/')}"}}
        network: {{allow_private: true, cache: false}}
    """), encoding="utf-8")
    code, out, _ = invoke("search", "Ada Example", "-c", str(config), "--engine", "mojeek",
                          "--format", "json", "--classify")
    assert code == 0, out
    listing = json.loads(out)
    assert listing["provider"] == "searxng"
    assert listing["results"][0]["class"] == "owned"


def test_search_through_brave_without_its_key_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("BRAVE_API_KEY", raising=False)
    code, _, err = invoke("search", "Ada Example", "--provider", "brave")
    assert code == 2
    assert "BRAVE_API_KEY" in err


def test_run_saves_classified_results_and_caches_them_for_the_day(
    tmp_path: Path, fake_ddgs: FakeDdgs
) -> None:
    fake_ddgs.answer = CLASSIFIED_ANSWER
    config = tmp_path / "presence-audit.yaml"
    config.write_text(CONFIG + textwrap.dedent("""\
        search: {engines: [duckduckgo], queries: ["{name}"], cache_path: cache}
        checks: {search.review: {enabled: true}}
    """), encoding="utf-8")
    saved = tmp_path / "artifacts"
    code, out, _ = invoke("run", "-c", str(config), "--format", "json",
                          "--select", "search", "--save-artifacts", str(saved))
    assert code in (0, 1), out
    serps = json.loads((saved / "serps.json").read_text(encoding="utf-8"))
    assert [(r["class"], bool(r["why"])) for r in serps["data"]["lists"][0]["results"]] == [
        ("owned", True), ("about-you", True), ("namesake", True), ("namesake", True),
        ("unrelated", True)]
    report = json.loads(out)
    review = next(r for r in report["results"] if r["check_id"] == "search.review")
    assert [r["url"] for r in review["data"]["results"]["duckduckgo"]] == [
        "https://meetup.example/1"]
    calls = len(fake_ddgs.calls)
    code, _, _ = invoke("run", "-c", str(config), "--format", "json", "--select", "search")
    assert len(fake_ddgs.calls) == calls  # the same day: answered from the cache
    invoke("run", "-c", str(config), "--format", "json", "--select", "search", "--no-cache")
    assert len(fake_ddgs.calls) == calls + 1


def test_run_through_brave_keeps_the_key_out_of_every_output(
    tmp_path: Path, httpserver: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from presence_audit.sources.search import brave_api

    key = "BSAsecret-key-never-shown"
    monkeypatch.setenv("ADA_BRAVE_KEY", key)
    monkeypatch.setattr(brave_api, "ENDPOINT", httpserver.url_for("/res/v1/web/search"))
    httpserver.expect_request("/res/v1/web/search",
                              headers={"X-Subscription-Token": key}).respond_with_json(
        {"web": {"results": [{"url": "https://adaexample.dev/", "title": "Ada Example",
                              "description": "data engineer"}]}})
    config = tmp_path / "presence-audit.yaml"
    config.write_text(CONFIG + textwrap.dedent("""\
        search: {provider: brave, brave_api_key_env: ADA_BRAVE_KEY, queries: ["{name}"],
                 cache: false}
        network: {allow_private: true, cache: false}
    """), encoding="utf-8")
    saved = tmp_path / "artifacts"
    code, out, err = invoke("run", "-c", str(config), "--format", "json", "--select",
                            "search", "--save-artifacts", str(saved))
    assert code in (0, 1), out
    serps = (saved / "serps.json").read_text(encoding="utf-8")
    assert json.loads(serps)["data"]["lists"][0]["status"] == "ok", serps
    assert json.loads(serps)["data"]["lists"][0]["results"][0]["class"] == "owned"
    assert json.loads(serps)["data"]["lists"][0]["engine"] == "brave"
    for text in (out, err, serps):
        assert key not in text


def test_one_engine_failing_and_another_answering_is_incomplete_not_failed(
    tmp_path: Path,
) -> None:
    def listing(engine: str, results: list[dict[str, object]],
                error: dict[str, str] | None = None) -> dict[str, object]:
        return {"query": "Ada Example", "template": "{name}", "engine": engine, "sample": 1,
                "status": "error" if error else "ok", "error": error, "results": results}

    owned = [{"rank": 1, "title": "Ada Example", "url": "https://adaexample.dev/"},
             {"rank": 2, "title": "Ada", "url": "https://github.com/ada-example"}]
    serps = {"name": "serps", "status": "ok", "source": "replay", "data": {"lists": [
        listing("duckduckgo", [], {"kind": "rate-limited", "message": "202 Ratelimit"}),
        listing("brave", owned),
    ]}}
    (tmp_path / "serps.json").write_text(json.dumps(serps), encoding="utf-8")
    config = tmp_path / "presence-audit.yaml"
    config.write_text(CONFIG + textwrap.dedent("""\
        profiles: {github: ada-example}
        search: {provider: replay, replay: serps.json, engines: [duckduckgo, brave],
                 queries: ["{name}"]}
    """), encoding="utf-8")
    code, out, _ = invoke("run", "-c", str(config), "--format", "json",
                          "--select", "search.portfolio-rank,search.profile-rank")
    assert code == 3
    report = json.loads(out)
    for result in report["results"]:
        assert result["outcome"] == "pass", result["message"]
        assert result["data"]["engines"] == {"brave": "pass", "duckduckgo": "error"}
    assert report["sources"][0]["status"] == "error"
    assert "202 Ratelimit" in report["sources"][0]["detail"]


def test_search_classify_uses_a_configured_replay(tmp_path: Path, fake_ddgs: FakeDdgs) -> None:
    from presence_audit.demo import demo_folder

    recording = demo_folder() / "artifacts" / "serps.json"
    lists = json.loads(recording.read_text(encoding="utf-8"))["data"]["lists"]
    first = lists[0]
    config = tmp_path / "me.yaml"
    config.write_text(CONFIG + textwrap.dedent(f"""\
        search:
          provider: replay
          replay: {recording}
          engines: [{first["engine"]}]
        """), encoding="utf-8")
    code, out, _ = invoke("search", first["query"], "--engine", first["engine"], "--classify",
                          "-c", str(config), "--format", "json")
    assert code == 0, out
    listing = json.loads(out)
    assert listing["provider"] == "replay"
    assert fake_ddgs.calls == []
    assert {r["class"] for r in listing["results"]} <= {
        "owned", "about-you", "unsure", "namesake", "unrelated"}
    assert len(listing["results"]) == min(10, len(first["results"]))
