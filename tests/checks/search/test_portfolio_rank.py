"""search.portfolio-rank: where the portfolio's site ranks, engine by engine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from presence_audit.checks.search import portfolio_rank
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

Run = Callable[..., Finding]
Ranked = Callable[..., JSONDict]
Serp = Callable[..., JSONDict]
SITE = "https://adaexample.dev/"


def test_passes_in_the_top_on_every_engine(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("duckduckgo", {1: SITE}),
        ranked_list("bing", {3: "https://blog.adaexample.dev/posts/streaming"}),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message == (
        "adaexample.dev is in the top 3 on every engine measured — duckduckgo: #1 · bing: #3")
    assert finding.fix == ""
    assert finding.data == {
        "domain": "adaexample.dev", "top": 3,
        "ranks": {"duckduckgo": {"Ada Example": 1}, "bing": {"Ada Example": 3}},
        "samples": {
            "duckduckgo": {"Ada Example": {"samples": 1, "best": 1, "median": 1, "in_top": 1}},
            "bing": {"Ada Example": {"samples": 1, "best": 3, "median": 3, "in_top": 1}}},
        "engines": {"duckduckgo": "pass", "bing": "pass"},
        "unmeasured": {}}
    assert [(e.source, e.url) for e in finding.evidence] == [
        ("duckduckgo", SITE), ("bing", "https://blog.adaexample.dev/posts/streaming")]


def test_warns_below_the_top(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("duckduckgo", {2: SITE}),
        ranked_list("bing", {6: SITE, 9: "https://adaexample.dev/about"}),
    ])
    assert finding.outcome is Outcome.WARN
    assert finding.score == 0.5
    assert finding.message == ("adaexample.dev ranks below the top 3 on bing — "
                               "duckduckgo: #2 · bing: #6 (below top 3)")
    assert "<title>" in finding.fix
    assert "h1" in finding.fix
    assert finding.data["ranks"] == {"duckduckgo": {"Ada Example": 2},
                                     "bing": {"Ada Example": 6}}


def test_top_is_an_option(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(portfolio_rank, [ranked_list("bing", {6: SITE})], top=6)
    assert finding.outcome is Outcome.PASS


def test_fails_when_missing_from_an_engine(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("duckduckgo", {2: SITE}),
        ranked_list("bing", {1: "https://adaexample.dev.evil.io/", 2: "https://notadaexample.dev/",
                             3: "https://www.linkedin.com/in/ada-example"}),
    ])
    assert finding.outcome is Outcome.FAIL
    assert finding.score is None
    assert finding.message == ("adaexample.dev is missing from the results on bing — "
                               "duckduckgo: #2 · bing: not in the 10 results")
    assert finding.data["ranks"]["bing"] == {"Ada Example": None}
    assert finding.evidence[-1].text == (
        'bing: adaexample.dev not among the 10 results for "Ada Example"')
    assert finding.evidence[-1].url is None


def test_an_engine_that_failed_is_unmeasured_not_missing(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("duckduckgo", {2: SITE}),
        serp_list("bing", error=("timeout", "bing did not answer in time")),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message == (
        "adaexample.dev is in the top 3 on every engine measured — duckduckgo: #2; "
        "could not measure on bing: timeout — bing did not answer in time")
    assert finding.data["ranks"] == {"duckduckgo": {"Ada Example": 2}}
    assert finding.data["unmeasured"] == {
        "bing": {"Ada Example": "timeout — bing did not answer in time"}}
    assert finding.evidence[-1].text == (
        "bing: could not measure — timeout — bing did not answer in time")


def test_the_answering_engine_still_decides(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(portfolio_rank, [
        serp_list("duckduckgo", error=("blocked", "engine returned no results")),
        ranked_list("bing", {}),
    ])
    assert finding.outcome is Outcome.FAIL
    assert finding.message.endswith(
        "could not measure on duckduckgo: blocked — engine returned no results")
    assert "duckduckgo" not in finding.data["ranks"]


def test_error_when_nothing_could_be_measured(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(portfolio_rank, [
        serp_list("duckduckgo", error=("rate-limited", "duckduckgo is rate-limiting: 202")),
        serp_list("bing", error=("timeout", "bing did not answer in time")),
        serp_list("bing", sample=2, error=("blocked", "engine returned no results")),
    ])
    assert finding.outcome is Outcome.ERROR
    assert finding.message == (
        "Could not measure on any engine: duckduckgo: rate-limited — duckduckgo is "
        "rate-limiting: 202; bing: timeout — bing did not answer in time")
    assert finding.fix
    assert set(finding.data["unmeasured"]) == {"duckduckgo", "bing"}


def test_error_when_no_list_answers_the_queries(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(portfolio_rank, [ranked_list("bing", {1: SITE})],
                          queries=["{name} {location}"])
    assert finding.outcome is Outcome.ERROR
    assert finding.message == 'No search results were gathered for the queries "{name} {location}"'


def test_skips_without_a_portfolio(check_serps: Run, ranked_list: Ranked, ada: Subject) -> None:
    finding = check_serps(portfolio_rank, [ranked_list("bing", {1: SITE})],
                          subject=replace(ada, portfolio_url=None))
    assert finding.outcome is Outcome.SKIP
    assert "portfolio.url" in finding.message


def test_a_non_web_portfolio_address_is_an_error(
    check_serps: Run, ranked_list: Ranked, ada: Subject
) -> None:
    finding = check_serps(portfolio_rank, [ranked_list("bing", {1: SITE})],
                          subject=replace(ada, portfolio_url="ftp://adaexample.dev"))
    assert finding.outcome is Outcome.ERROR


def test_only_the_chosen_query_templates_count(check_serps: Run, ranked_list: Ranked) -> None:
    lists = [
        ranked_list("bing", {}),
        ranked_list("bing", {1: SITE}, query="Ada Example data engineer",
                    template="{name} {profession}"),
    ]
    assert check_serps(portfolio_rank, lists).outcome is Outcome.FAIL
    chosen = check_serps(portfolio_rank, lists, queries=["{name} {profession}"])
    assert chosen.outcome is Outcome.PASS
    both = check_serps(portfolio_rank, lists, queries=["{name}", "{name} {profession}"])
    assert both.outcome is Outcome.FAIL
    assert both.message.endswith(
        'bing: not in the 10 results for "Ada Example", #1 for "Ada Example data engineer"')
    assert both.data["ranks"] == {"bing": {"Ada Example": None,
                                           "Ada Example data engineer": 1}}


@pytest.mark.parametrize(
    ("first", "second", "median"),
    [({5: SITE}, {2: SITE}, "median #5"), ({2: SITE}, {}, "missing in most")],
)
def test_samples_give_the_best_rank_how_often_and_the_median(
    check_serps: Run, ranked_list: Ranked, first: dict[int, str], second: dict[int, str],
    median: str,
) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("bing", first),
        ranked_list("bing", second, sample=2),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith(f"bing: #2 (top 3 in 1 of 2 samples, {median})")
    assert finding.data["ranks"] == {"bing": {"Ada Example": 2}}


def test_the_median_of_three_samples(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("bing", {1: SITE}),
        ranked_list("bing", {4: SITE}, sample=2),
        ranked_list("bing", {7: SITE}, sample=3),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith("bing: #1 (top 3 in 1 of 3 samples, median #4)")
    assert finding.data["samples"] == {
        "bing": {"Ada Example": {"samples": 3, "best": 1, "median": 4, "in_top": 1}}}


@pytest.mark.parametrize(("hits", "outcome"), [({2: SITE}, "pass"), ({7: SITE}, "warn"),
                                                ({}, "fail")])
def test_one_engine_failing_gives_the_other_engines_measurement_and_an_error(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp, hits: dict[int, str],
    outcome: str,
) -> None:
    finding = check_serps(portfolio_rank, [
        serp_list("duckduckgo", error=("rate-limited", "duckduckgo is rate-limiting: 202")),
        ranked_list("brave", hits),
    ])
    assert finding.outcome.value == outcome
    assert finding.data["engines"] == {"brave": outcome, "duckduckgo": "error"}
    assert "duckduckgo" not in finding.data["ranks"]
    assert finding.message.endswith(
        "could not measure on duckduckgo: rate-limited — duckduckgo is rate-limiting: 202")


def test_a_query_that_failed_on_an_answering_engine_is_named(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("bing", {1: SITE}),
        serp_list("bing", query="Ada Example data engineer", template="{name} {profession}",
                  error=("timeout", "bing did not answer in time")),
    ], queries=["{name}", "{name} {profession}"])
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith(
        'bing: #1 for "Ada Example"; could not measure "Ada Example data engineer" on bing: '
        "timeout — bing did not answer in time")


def test_a_failed_sample_leaves_the_measured_one(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(portfolio_rank, [
        ranked_list("bing", {1: SITE}),
        serp_list("bing", sample=2, error=("timeout", "bing did not answer in time")),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.data["unmeasured"] == {}
    assert finding.message.endswith(
        'bing: #1; 1 of 2 samples of "Ada Example" on bing could not be measured: timeout — '
        "bing did not answer in time")


def test_an_ok_list_without_results_is_a_block_not_an_absence(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    # An older or hand-made artifact may hold an "ok" list with no results.
    finding = check_serps(portfolio_rank, [serp_list("duckduckgo"),
                                           ranked_list("bing", {2: SITE})])
    assert finding.outcome is Outcome.PASS
    assert finding.data["engines"] == {"bing": "pass", "duckduckgo": "error"}
    assert finding.data["unmeasured"]["duckduckgo"]["Ada Example"].startswith("blocked — ")
    alone = check_serps(portfolio_rank, [serp_list("duckduckgo")])
    assert alone.outcome is Outcome.ERROR


def test_an_odd_error_in_a_saved_list_is_still_reported(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    odd = serp_list("duckduckgo", error=("timeout", "slow"))
    odd["error"] = "connection reset"
    finding = check_serps(portfolio_rank, [odd, ranked_list("bing", {2: SITE})])
    assert finding.outcome is Outcome.PASS
    assert finding.data["unmeasured"] == {
        "duckduckgo": {"Ada Example": "provider-error — connection reset"}}


@pytest.mark.parametrize("queries", [["{name}"], ["{name}", "{name} {profession}"]])
def test_the_demo_persona_warns(
    check_serps: Run, demo_lists: list[JSONDict], queries: list[str]
) -> None:
    finding = check_serps(portfolio_rank, demo_lists, queries=queries)
    assert finding.outcome is Outcome.WARN
    assert finding.data["ranks"]["duckduckgo"]["Ada Example"] == 2
    assert finding.data["ranks"]["brave"]["Ada Example"] == 6
