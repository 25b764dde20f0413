"""`inspect serp FILE`: the JSON contract, the exit codes, a block explained."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from presence_audit.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "serp"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["inspect", "serp", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_json_follows_the_contract_with_ranks_as_on_the_page() -> None:
    code, out, _ = invoke("--format", "json", str(FIXTURES / "bing-2023-desktop.html"))
    assert code == 0
    document = json.loads(out)
    assert {"engine", "query", "status", "detail", "results"} <= set(document)
    assert (document["engine"], document["query"], document["status"]) == (
        "bing", "really good results", "ok")
    first = document["results"][0]
    assert set(first) == {"rank", "url", "title", "snippet"}
    # Bing's ck/a redirect is unwrapped to the page it leads to.
    assert first == {**first, "rank": 1,
                     "url": "https://www.powerthesaurus.org/good_results/synonyms"}


def test_a_captcha_page_exits_3_and_says_what_to_do() -> None:
    code, out, _ = invoke(str(FIXTURES / "google-2016-captcha.html"))
    assert code == 3
    assert "blocked" in out and "CAPTCHA" in out
    assert "save the page again" in out


def test_an_unreadable_file_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke(str(tmp_path / "missing.html"))
    assert code == 2
    assert "cannot read" in err
