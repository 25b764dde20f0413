"""search.owned-share: how much of each engine's first page is yours."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from presence_audit.checks.search import owned_share
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

Run = Callable[..., Finding]
Ranked = Callable[..., JSONDict]
Serp = Callable[..., JSONDict]
SITE = "https://adaexample.dev/"
LINKEDIN = "https://www.linkedin.com/in/ada-example/"
GITHUB = "https://github.com/ada-example"


def test_passes_when_every_engine_shows_enough_of_yours(
    check_serps: Run, ranked_list: Ranked
) -> None:
    finding = check_serps(owned_share, [
        ranked_list("duckduckgo", {1: LINKEDIN, 2: SITE, 4: GITHUB}),
        ranked_list("brave", {1: "https://blog.adaexample.dev/x", 5: LINKEDIN, 9: GITHUB}),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message == ("At least 3 of the first 10 results are yours on every engine — "
                               "duckduckgo: 3 of 10 · brave: 3 of 10")
    assert finding.data["counts"] == {"duckduckgo": {"Ada Example": 3},
                                      "brave": {"Ada Example": 3}}
    assert len(finding.evidence) == 6


def test_warns_when_an_engine_shows_fewer_than_the_minimum(
    check_serps: Run, ranked_list: Ranked
) -> None:
    finding = check_serps(owned_share, [
        ranked_list("duckduckgo", {1: LINKEDIN, 2: SITE, 4: GITHUB}),
        ranked_list("brave", {2: LINKEDIN, 6: SITE}),
    ])
    assert finding.outcome is Outcome.WARN
    assert finding.message.startswith("brave shows fewer than 3 of your pages")
    assert finding.score is not None
    assert abs(finding.score - (1 + 2 / 3) / 2) < 1e-9
    assert "declare every profile" in finding.fix


def test_fails_when_an_engine_shows_none_of_yours(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(owned_share, [
        ranked_list("duckduckgo", {1: LINKEDIN}),
        ranked_list("brave", {1: "https://adaexample.dev.evil.io/", 2: "https://notadaexample.dev/"}),
    ])
    assert finding.outcome is Outcome.FAIL
    assert finding.message.startswith("brave shows none of your pages")


def test_results_beyond_the_page_do_not_count(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(owned_share, [ranked_list("brave", {11: SITE, 12: LINKEDIN}, size=20)],
                          minimum=1)
    assert finding.outcome is Outcome.FAIL
    assert finding.data["counts"] == {"brave": {"Ada Example": 0}}


def test_median_of_samples_is_judged(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(owned_share, [
        ranked_list("brave", {1: SITE, 2: LINKEDIN, 3: GITHUB}, sample=1),
        ranked_list("brave", {1: SITE}, sample=2),
        ranked_list("brave", {1: SITE, 2: LINKEDIN, 3: GITHUB}, sample=3),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.data["counts"] == {"brave": {"Ada Example": 3}}


def test_an_engine_that_failed_is_unmeasured_not_empty(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(owned_share, [
        ranked_list("duckduckgo", {1: LINKEDIN, 2: SITE, 4: GITHUB}),
        serp_list("brave", error=("blocked", "empty page")),
    ])
    assert finding.outcome is Outcome.PASS
    assert "could not measure on brave: blocked — empty page" in finding.message
    assert finding.data["unmeasured"] == {"brave": {"Ada Example": "blocked — empty page"}}


def test_error_when_nothing_could_be_measured(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(owned_share, [serp_list("brave", error=("timeout", "slow"))])
    assert finding.outcome is Outcome.ERROR


def test_skips_without_anything_to_own(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(owned_share, [ranked_list("brave", {1: SITE})],
                          subject=Subject(name="Ada Example"))
    assert finding.outcome is Outcome.SKIP


def test_one_engine_failing_gives_the_other_engines_measurement_and_an_error(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(owned_share, [
        serp_list("duckduckgo", error=("rate-limited", "202 Ratelimit")),
        ranked_list("brave", {1: LINKEDIN, 2: SITE}),
    ])
    assert finding.outcome is Outcome.WARN
    assert finding.data["engines"] == {"brave": "warn", "duckduckgo": "error"}
    assert finding.data["counts"] == {"brave": {"Ada Example": 2}}


def test_a_result_marked_not_me_is_never_yours(
    check_serps: Run, ranked_list: Ranked, ada: Subject
) -> None:
    finding = check_serps(owned_share, [
        ranked_list("brave", {1: LINKEDIN, 2: SITE, 3: "https://adaexample.dev/old-blog/"}),
    ], subject=replace(ada, not_me=("https://adaexample.dev/old-blog",)))
    assert finding.data["counts"] == {"brave": {"Ada Example": 2}}
    assert finding.outcome is Outcome.WARN


def test_the_demo_persona_passes(check_serps: Run, demo_lists: list[JSONDict]) -> None:
    finding = check_serps(owned_share, demo_lists)
    assert finding.outcome is Outcome.PASS
    assert finding.data["counts"] == {"duckduckgo": {"Ada Example": 3},
                                      "brave": {"Ada Example": 3}}
