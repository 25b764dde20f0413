"""search.name-results: the first results for your name, listed for review."""

from __future__ import annotations

from collections.abc import Callable

from presence_audit.checks.search import name_results
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Serp = Callable[..., JSONDict]


def test_lists_the_top_results_per_engine(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(name_results, [
        serp_list("duckduckgo", *(f"https://d.example/{n}" for n in range(1, 11))),
        serp_list("bing", "https://b.example/1", "https://b.example/2"),
    ])
    assert finding.outcome is Outcome.INFO
    assert finding.message == (
        'Top 5 results for "Ada Example" on DuckDuckGo and Bing: check which are about you')
    assert finding.fix
    texts = [(e.text, e.url, e.source) for e in finding.evidence]
    assert texts[0] == ("duckduckgo #1: Title 1 on duckduckgo", "https://d.example/1",
                        "duckduckgo")
    assert len(texts) == 7
    assert texts[-1] == ("bing #2: Title 2 on bing", "https://b.example/2", "bing")
    assert finding.data["top"] == 5
    assert finding.data["results"]["bing"]["Ada Example"] == [
        {"rank": 1, "title": "Title 1 on bing", "url": "https://b.example/1"},
        {"rank": 2, "title": "Title 2 on bing", "url": "https://b.example/2"},
    ]
    assert finding.data["unmeasured"] == {}


def test_top_and_queries_are_options(check_serps: Run, serp_list: Serp) -> None:
    lists = [
        serp_list("bing", "https://b.example/1", "https://b.example/2"),
        serp_list("bing", "https://c.example/1", query="Ada Example Lisbon",
                  template="{name} {location}"),
    ]
    finding = check_serps(name_results, lists, top=1, queries=["{name}", "{name} {location}"])
    assert [e.text for e in finding.evidence] == [
        'bing #1 for "Ada Example": Title 1 on bing',
        'bing #1 for "Ada Example Lisbon": Title 1 on bing',
    ]
    only = check_serps(name_results, lists, queries=["{name} {location}"])
    assert [e.url for e in only.evidence] == ["https://c.example/1"]


def test_names_the_engines_it_could_not_measure(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(name_results, [
        serp_list("duckduckgo", "https://d.example/1"),
        serp_list("bing", error=("rate-limited", "bing is rate-limiting: 429")),
    ])
    assert finding.outcome is Outcome.INFO
    assert finding.message == (
        'Top 5 results for "Ada Example" on DuckDuckGo: check which are about you; '
        "could not measure on bing: rate-limited — bing is rate-limiting: 429")
    assert finding.evidence[-1].source == "bing"
    assert finding.data["unmeasured"] == {
        "bing": {"Ada Example": "rate-limited — bing is rate-limiting: 429"}}


def test_the_first_measured_sample_is_listed(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(name_results, [
        serp_list("bing", sample=1, error=("timeout", "bing did not answer in time")),
        serp_list("bing", "https://b.example/2nd-sample", sample=2),
        serp_list("bing", "https://b.example/3rd-sample", sample=3),
    ])
    assert [e.url for e in finding.evidence] == ["https://b.example/2nd-sample", None]
    assert finding.evidence[-1].text == (
        "bing: 1 of 3 samples could not be measured — timeout — bing did not answer in time")
    assert finding.message.endswith(
        '1 of 3 samples of "Ada Example" on bing could not be measured: timeout — bing did '
        "not answer in time")
    assert finding.data["unmeasured"] == {}


def test_error_when_nothing_could_be_measured(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(name_results, [
        serp_list("duckduckgo", error=("timeout", "duckduckgo did not answer in time")),
        serp_list("bing", error=("blocked", "engine returned no results")),
    ])
    assert finding.outcome is Outcome.ERROR
    assert finding.message == (
        "Could not measure on any engine: duckduckgo: timeout — duckduckgo did not answer in "
        "time; bing: blocked — engine returned no results")
    assert [e.source for e in finding.evidence] == ["duckduckgo", "bing"]


def test_the_demo_persona_gets_a_list(check_serps: Run, demo_lists: list[JSONDict]) -> None:
    finding = check_serps(name_results, demo_lists)
    assert finding.outcome is Outcome.INFO
    assert len(finding.evidence) == 10
    assert finding.evidence[0].url == "https://www.linkedin.com/in/ada-example"


def test_each_engine_is_named_by_the_index_it_shows(check_serps: Run, serp_list: Serp) -> None:
    startpage = {**serp_list("startpage", "https://adaexample.dev/"), "index": "google"}
    yahoo = {**serp_list("yahoo", "https://adaexample.dev/"), "index": "bing"}
    saved = {**serp_list("google", "https://adaexample.dev/"), "index": "google",
             "provider": "saved"}
    finding = check_serps(name_results, [startpage, yahoo, saved])
    assert "on Google (via Startpage), Bing (via Yahoo) and Google (saved page)" in \
        finding.message
    assert finding.data["engines"]["startpage"] == {"label": "Google (via Startpage)",
                                                    "index": "google"}


def test_page_one_carries_each_result_with_its_class(check_serps: Run,
                                                    serp_list: Serp) -> None:
    finding = check_serps(name_results, [serp_list("brave", "https://adaexample.dev/", "")])
    page = finding.data["page_one"]["brave"]
    assert page["query"] == "Ada Example" and page["label"] == "Brave"
    assert [(r["rank"], r["class"]) for r in page["results"]] == [(1, "owned"),
                                                                 (2, "unrelated")]
    assert page["results"][0]["why"]
