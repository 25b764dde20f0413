"""`presence-audit search` and `run` with the real ddgs provider, faked at its boundary."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

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
        search: {engines: [duckduckgo], queries: ["{name}"]}
    """), encoding="utf-8")
    code, out, _ = invoke("run", "-c", str(config), "--format", "json")
    assert code == 3
    report = json.loads(out)
    assert report["verdict"] == "incomplete"
    assert {r["outcome"] for r in report["results"]} == {"error"}
    assert report["sources"][0]["status"] == "error"
