"""search.review: the results about you on pages you do not own, per engine."""

from __future__ import annotations

from collections.abc import Callable

from presence_audit.checks.search import review
from presence_audit.core.model import Finding, JSONDict, Outcome

Run = Callable[..., Finding]
Described = Callable[..., JSONDict]
Serp = Callable[..., JSONDict]

TEAM = ("https://www.acme-analytics.com/about/team", "Meet the team | Acme Analytics",
        "Ada Example, Data Engineer.")
BROKER = ("https://rocketreach.co/ada-example", "Ada Example Email & Phone Number",
          "Ada Example, based in Lisbon")
SITE = ("https://adaexample.dev/", "Ada Example — Data engineer in Lisbon", "")
PAINTER = ("https://painter.example/", "Ada Example | Painter | Melbourne", "")
NOISE = ("https://ada.gov/", "ADA compliance", "")


def test_lists_results_about_you_that_you_do_not_own_per_engine(
    check_serps: Run, described_list: Described
) -> None:
    finding = check_serps(review, [
        described_list("duckduckgo", SITE, TEAM, PAINTER, NOISE),
        described_list("brave", BROKER, SITE, TEAM),
    ])
    assert finding.outcome is Outcome.INFO
    assert finding.message == ("2 results about you on pages you do not own — make sure you "
                               "are comfortable with what they show: duckduckgo: 1 · brave: 2")
    assert [(r["rank"], r["url"]) for r in finding.data["results"]["brave"]] == [
        (1, BROKER[0]), (3, TEAM[0])]
    assert "with Lisbon" in finding.data["results"]["brave"][0]["why"]
    assert [(e.source, e.url) for e in finding.evidence] == [
        ("duckduckgo", TEAM[0]), ("brave", BROKER[0]), ("brave", TEAM[0])]


def test_each_address_once_per_engine_at_its_best_rank(
    check_serps: Run, described_list: Described
) -> None:
    finding = check_serps(review, [
        described_list("brave", SITE, NOISE, TEAM),
        described_list("brave", TEAM, query="Ada Example data engineer",
                       template="{name} {profession}"),
        described_list("brave", SITE, ("https://acme-analytics.com/about/team/", *TEAM[1:]),
                       sample=2),
    ])
    assert finding.data["results"]["brave"] == [
        {"rank": 1, "query": "Ada Example data engineer", "title": TEAM[1], "url": TEAM[0],
         "why": finding.data["results"]["brave"][0]["why"], "class": "about-you"}]
    assert 'for "Ada Example data engineer"' in finding.evidence[0].text


def test_results_with_no_evidence_either_way_are_listed_as_unsure(
    check_serps: Run, described_list: Described
) -> None:
    finding = check_serps(review, [described_list(
        "brave", ("https://people.example/ada", "Ada Example", "Profile and photos"))])
    assert [r["class"] for r in finding.data["results"]["brave"]] == ["unsure"]
    assert "(1 unsure: your name, nothing either way" in finding.message


def test_only_the_first_page_and_the_chosen_queries(
    check_serps: Run, described_list: Described
) -> None:
    lists = [described_list("brave", SITE, NOISE, TEAM),
             described_list("brave", BROKER, query="Ada Example Lisbon",
                            template="{name} {location}")]
    first_page = check_serps(review, lists, page_size=2, queries=["{name}"])
    assert first_page.data["results"]["brave"] == []
    chosen = check_serps(review, lists, queries=["{name} {location}"])
    assert [r["url"] for r in chosen.data["results"]["brave"]] == [BROKER[0]]


def test_nothing_about_you_beyond_your_pages(check_serps: Run, described_list: Described) -> None:
    finding = check_serps(review, [described_list("brave", SITE, PAINTER)])
    assert finding.outcome is Outcome.INFO
    assert finding.message.startswith("No result about you on pages you do not own")
    assert finding.data["results"] == {"brave": []}


def test_an_engine_that_failed_is_named(
    check_serps: Run, described_list: Described, serp_list: Serp
) -> None:
    finding = check_serps(review, [
        described_list("brave", TEAM),
        serp_list("duckduckgo", error=("timeout", "slow")),
    ])
    assert finding.outcome is Outcome.INFO
    assert finding.message.endswith("could not measure on duckduckgo: timeout — slow")
    assert finding.data["unmeasured"] == {"duckduckgo": {"Ada Example": "timeout — slow"}}


def test_error_when_nothing_could_be_measured(check_serps: Run, serp_list: Serp) -> None:
    finding = check_serps(review, [serp_list("brave", error=("blocked", "empty page"))])
    assert finding.outcome is Outcome.ERROR
    assert finding.message == "Could not measure on any engine: brave: blocked — empty page"


def test_the_demo_persona_has_results_to_review(
    check_serps: Run, demo_lists: list[JSONDict]
) -> None:
    from presence_audit.demo import load_demo_config

    finding = check_serps(review, demo_lists, subject=load_demo_config().config.subject())
    urls = {r["url"] for results in finding.data["results"].values() for r in results}
    assert "https://x.com/adaexample" in urls
    assert "https://rocketreach.co/ada-example-email_123456789" in urls
    assert not any("adaexample.dev" in url or "painter" in url for url in urls)


def test_one_page_on_two_engines_counts_once(check_serps: Run, described_list: Described) -> None:
    finding = check_serps(review, [
        described_list("duckduckgo", TEAM),
        described_list("brave", (TEAM[0].replace("https://www.", "http://") + "/", *TEAM[1:])),
    ])
    assert finding.message.startswith("1 result about you on pages you do not own")
    assert finding.message.endswith("duckduckgo: 1 · brave: 1")
