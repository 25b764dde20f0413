"""search.watchlist: watched terms in results about you."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from presence_audit.checks.search import watchlist
from presence_audit.core.model import Finding, JSONDict, Outcome, Subject

Run = Callable[..., Finding]
Described = Callable[..., JSONDict]
Serp = Callable[..., JSONDict]

OLD_HANDLE = ("https://stackoverflow.com/users/1/adaexample-dev-2009",
              "User adaexample_dev_2009 - Stack Overflow", "Ada Example · Lisbon, Portugal")
SITE = ("https://adaexample.dev/", "Ada Example — Data engineer",
        "Formerly at Initech. Now at Acme Analytics.")
NAMESAKE = ("https://painter.example/", "Ada Example | Painter", "adaexample_dev_2009 Initech")
NOISE = ("https://forum.example/", "adaexample_dev_2009 posts", "")


@pytest.fixture
def watching(ada: Subject) -> Subject:
    return replace(ada, watchlist=("adaexample_dev_2009", "Initech"))


def test_passes_when_no_watched_term_appears(
    check_serps: Run, described_list: Described, watching: Subject
) -> None:
    finding = check_serps(watchlist, [
        described_list("brave", ("https://adaexample.dev/", "Ada Example", ""))],
        subject=watching)
    assert finding.outcome is Outcome.PASS
    assert finding.message == "None of your 2 watched terms appears in the results about you"
    assert finding.data["hits"] == []


def test_warns_with_each_result_about_you_that_shows_a_term(
    check_serps: Run, described_list: Described, watching: Subject
) -> None:
    finding = check_serps(watchlist, [
        described_list("brave", SITE, NAMESAKE, NOISE, OLD_HANDLE),
        described_list("duckduckgo", OLD_HANDLE),
    ], subject=watching)
    assert finding.outcome is Outcome.WARN
    assert finding.message == ('"Initech" and "adaexample_dev_2009" appear in 2 results about '
                               "you — brave #1: Ada Example — Data engineer")
    assert [(h["engine"], h["rank"], h["terms"], h["class"]) for h in finding.data["hits"]] == [
        ("brave", 1, ["Initech"], "owned"),
        ("brave", 4, ["adaexample_dev_2009"], "about-you"),
        ("duckduckgo", 1, ["adaexample_dev_2009"], "about-you"),
    ]
    assert finding.evidence[1].text == (
        '"adaexample_dev_2009" in brave #4: User adaexample_dev_2009 - Stack Overflow')
    assert finding.evidence[1].url == OLD_HANDLE[0]
    assert "person.watchlist" in finding.fix


def test_terms_match_whole_words_without_case_or_accents(
    check_serps: Run, described_list: Described, ada: Subject
) -> None:
    subject = replace(ada, watchlist=("Café Noir",))
    found = check_serps(watchlist, [described_list(
        "brave", ("https://a.example/", "Ada Example at CAFE NOIR, Lisbon", ""))],
        subject=subject)
    assert found.outcome is Outcome.WARN
    missed = check_serps(watchlist, [described_list(
        "brave", ("https://a.example/", "Ada Example at Café Noirs, Lisbon", ""))],
        subject=subject)
    assert missed.outcome is Outcome.PASS


def test_an_engine_that_failed_is_named(
    check_serps: Run, described_list: Described, serp_list: Serp, watching: Subject
) -> None:
    finding = check_serps(watchlist, [
        described_list("brave", SITE),
        serp_list("duckduckgo", error=("rate-limited", "202")),
    ], subject=watching)
    assert finding.outcome is Outcome.WARN
    assert finding.message.endswith("could not measure on duckduckgo: rate-limited — 202")


def test_error_when_nothing_could_be_measured(
    check_serps: Run, serp_list: Serp, watching: Subject
) -> None:
    finding = check_serps(watchlist, [serp_list("brave", error=("timeout", "slow"))],
                          subject=watching)
    assert finding.outcome is Outcome.ERROR


def test_skips_without_a_watchlist(check_serps: Run, described_list: Described) -> None:
    finding = check_serps(watchlist, [described_list("brave", OLD_HANDLE)])
    assert finding.outcome is Outcome.SKIP
    assert "person.watchlist" in finding.fix


def test_the_demo_persona_warns_about_her_old_username(
    check_serps: Run, demo_lists: list[JSONDict]
) -> None:
    from presence_audit.demo import load_demo_config

    finding = check_serps(watchlist, demo_lists, subject=load_demo_config().config.subject())
    assert finding.outcome is Outcome.WARN
    assert [h["url"] for h in finding.data["hits"]] == [
        "https://stackoverflow.com/users/1843921/adaexample-dev-2009"]
