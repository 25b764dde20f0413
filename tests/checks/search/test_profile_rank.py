"""search.profile-rank: each configured profile on page 1 of each engine measured."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from presence_audit.checks.search import profile_rank
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

Run = Callable[..., Finding]
Ranked = Callable[..., JSONDict]
Serp = Callable[..., JSONDict]
LINKEDIN = "https://pt.linkedin.com/in/ada-example"
GITHUB = "https://github.com/ada-example"


def test_passes_when_every_profile_is_on_page_1_everywhere(
    check_serps: Run, ranked_list: Ranked
) -> None:
    finding = check_serps(profile_rank, [
        ranked_list("duckduckgo", {1: "https://www.linkedin.com/in/Ada-Example/?trk=x",
                                   4: "https://github.com/Ada-Example/dbt-quality-gates"}),
        ranked_list("bing", {2: LINKEDIN, 10: GITHUB}),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message == (
        "Every profile is on page 1 of every engine measured — "
        "LinkedIn: duckduckgo #1 · bing #2; GitHub: duckduckgo #4 · bing #10")
    assert finding.fix == ""
    assert finding.data["profiles"]["linkedin"]["url"] == (
        "https://www.linkedin.com/in/ada-example/")
    assert finding.data["profiles"]["linkedin"]["ranks"] == {
        "duckduckgo": {"Ada Example": 1}, "bing": {"Ada Example": 2}}
    assert finding.data["profiles"]["github"]["ranks"] == {
        "duckduckgo": {"Ada Example": 4}, "bing": {"Ada Example": 10}}
    assert finding.data["profiles"]["github"]["samples"]["bing"] == {
        "Ada Example": {"samples": 1, "best": 10, "median": 10, "in_top": 1}}
    assert finding.data["engines"] == {"duckduckgo": "pass", "bing": "pass"}
    assert (finding.data["page_size"], finding.data["unmeasured"]) == (10, {})
    assert len(finding.evidence) == 4


def test_warns_when_a_profile_is_on_page_1_of_some_engines_only(
    check_serps: Run, ranked_list: Ranked
) -> None:
    finding = check_serps(profile_rank, [
        ranked_list("duckduckgo", {1: LINKEDIN, 4: GITHUB}),
        ranked_list("bing", {2: LINKEDIN, 10: "https://github.com/adaexample"}),
    ])
    assert finding.outcome is Outcome.WARN
    assert finding.score == 0.75
    assert finding.message == (
        "GitHub is on page 1 of some engines only — "
        "LinkedIn: duckduckgo #1 · bing #2; GitHub: duckduckgo #4 · bing not on page 1")
    assert finding.fix.startswith("Link GitHub from your portfolio")
    assert finding.data["profiles"]["github"]["ranks"]["bing"] == {"Ada Example": None}
    missing = [e for e in finding.evidence if "not in the first" in e.text]
    assert [(e.text, e.source) for e in missing] == [
        ("GitHub on bing: not in the first 10 results", "bing")]


def test_a_profile_beyond_the_page_is_not_on_page_1(
    check_serps: Run, ranked_list: Ranked
) -> None:
    finding = check_serps(profile_rank, [ranked_list("bing", {1: LINKEDIN, 14: GITHUB},
                                                     size=20)])
    assert finding.outcome is Outcome.FAIL
    assert finding.message == ("GitHub is on page 1 of no engine measured — "
                               "LinkedIn: bing #1; GitHub: bing not on page 1 (#14)")
    assert finding.data["profiles"]["github"]["ranks"] == {"bing": {"Ada Example": 14}}
    assert check_serps(profile_rank, [ranked_list("bing", {1: LINKEDIN, 14: GITHUB}, size=20)],
                       page_size=20).outcome is Outcome.PASS


def test_fails_when_a_profile_is_nowhere(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(profile_rank, [
        ranked_list("duckduckgo", {1: "https://au.linkedin.com/in/ada-example-7b3a2b1a8"}),
        ranked_list("bing", {3: "https://www.linkedin.com/company/acme-analytics"}),
    ], subject=Subject(name="Ada Example",
                       linkedin_url="https://www.linkedin.com/in/ada-example/",
                       other_profiles=("https://medium.com/@adaexample",)))
    assert finding.outcome is Outcome.FAIL
    assert finding.message.startswith(
        "LinkedIn and medium.com/@adaexample are on page 1 of no engine measured — ")
    assert set(finding.data["profiles"]) == {"linkedin", "https://medium.com/@adaexample"}


def test_an_engine_that_failed_is_unmeasured_not_absent(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(profile_rank, [
        ranked_list("duckduckgo", {1: LINKEDIN, 4: GITHUB}),
        serp_list("bing", error=("blocked", "engine returned no results")),
    ])
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith(
        "LinkedIn: duckduckgo #1; GitHub: duckduckgo #4; "
        "could not measure on bing: blocked — engine returned no results")
    assert finding.data["unmeasured"] == {
        "bing": {"Ada Example": "blocked — engine returned no results"}}
    assert finding.data["profiles"]["github"]["ranks"] == {"duckduckgo": {"Ada Example": 4}}


def test_error_when_nothing_could_be_measured(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(profile_rank, [
        serp_list("duckduckgo", error=("timeout", "duckduckgo did not answer in time")),
    ])
    assert finding.outcome is Outcome.ERROR
    assert finding.message == (
        "Could not measure on any engine: duckduckgo: timeout — duckduckgo did not answer in time")


def test_skips_without_profiles(check_serps: Run, ranked_list: Ranked, ada: Subject) -> None:
    finding = check_serps(profile_rank, [ranked_list("bing", {1: LINKEDIN})],
                          subject=replace(ada, linkedin_url=None, github_login=None))
    assert finding.outcome is Outcome.SKIP
    assert finding.fix


def test_every_query_must_show_the_profile(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(profile_rank, [
        ranked_list("bing", {1: LINKEDIN, 2: GITHUB}),
        ranked_list("bing", {1: LINKEDIN}, query="Ada Example data engineer",
                    template="{name} {profession}"),
    ], queries=["{name}", "{name} {profession}"])
    assert finding.outcome is Outcome.WARN
    assert finding.score == 0.75
    assert 'GitHub: bing #2 for "Ada Example" · bing not on page 1 for "Ada Example data ' \
           'engineer"' in finding.message


@pytest.mark.parametrize("queries", [["{name}"], ["{name}", "{name} {profession}"]])
def test_the_demo_persona_warns(
    check_serps: Run, demo_lists: list[JSONDict], queries: list[str]
) -> None:
    finding = check_serps(profile_rank, demo_lists, queries=queries)
    assert finding.outcome is Outcome.WARN
    ranks = {key: profile["ranks"] for key, profile in finding.data["profiles"].items()}
    assert ranks["linkedin"]["duckduckgo"]["Ada Example"] == 1
    assert ranks["linkedin"]["brave"]["Ada Example"] == 2
    assert ranks["github"]["duckduckgo"]["Ada Example"] == 4
    assert ranks["github"]["brave"]["Ada Example"] is None


def test_one_engine_failing_gives_the_other_engines_measurement_and_an_error(
    check_serps: Run, ranked_list: Ranked, serp_list: Serp
) -> None:
    finding = check_serps(profile_rank, [
        serp_list("duckduckgo", error=("timeout", "duckduckgo did not answer in time")),
        ranked_list("brave", {1: LINKEDIN}),
    ])
    assert finding.outcome is Outcome.FAIL  # GitHub is missing from brave, which answered
    assert finding.data["engines"] == {"brave": "warn", "duckduckgo": "error"}
    assert finding.message.endswith(
        "could not measure on duckduckgo: timeout — duckduckgo did not answer in time")


def test_samples_say_how_often_and_the_median(check_serps: Run, ranked_list: Ranked) -> None:
    finding = check_serps(profile_rank, [
        ranked_list("bing", {1: LINKEDIN, 3: GITHUB}),
        ranked_list("bing", {2: LINKEDIN}, sample=2),
        ranked_list("bing", {2: LINKEDIN, 8: GITHUB}, sample=3),
    ])
    assert finding.outcome is Outcome.PASS
    assert "GitHub: bing #3 (top 10 in 2 of 3 samples, median #8)" in finding.message
    assert finding.data["profiles"]["github"]["samples"] == {
        "bing": {"Ada Example": {"samples": 3, "best": 3, "median": 8, "in_top": 2}}}
