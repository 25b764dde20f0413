"""Comparing two audits: what moved is reported, what was not measured is never a value."""

from __future__ import annotations

from typing import Any

import pytest

from presence_audit.core.model import Subject
from presence_audit.history.diff import (
    NotCompared,
    OutcomeChange,
    RankChange,
    Snapshot,
    compare,
    profile_changes,
    profile_fields,
    rank_readings,
    result_changes,
)

ADA = Subject(name="Ada Example", portfolio_url="https://adaexample.dev",
              linkedin_url="https://www.linkedin.com/in/ada-example/",
              github_login="ada-example")


def result(check_id: str, outcome: str = "pass", data: dict[str, Any] | None = None,
           title: str = "") -> dict[str, Any]:
    return {"check_id": check_id, "title": title or check_id, "outcome": outcome,
            "data": data or {}}


def report(*results: dict[str, Any], score: int | None = 50) -> dict[str, Any]:
    return {"score": score, "verdict": "almost", "generated_at": "2026-11-10T09:00:00Z",
            "results": list(results)}


def portfolio(ranks: dict[str, dict[str, int | None]], outcome: str = "warn",
              unmeasured: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    return result("search.portfolio-rank", outcome,
                  {"domain": "adaexample.dev", "top": 3, "ranks": ranks,
                   "unmeasured": unmeasured or {}})


def serps(*lists: dict[str, Any], status: str = "ok") -> dict[str, Any]:
    return {"name": "serps", "status": status, "data": {"lists": list(lists)}}


def page(engine: str, *urls: str, template: str = "{name}", query: str = "Ada Example",
         status: str = "ok") -> dict[str, Any]:
    results = [{"rank": rank, "title": f"T{rank}", "url": url, "snippet": ""}
               for rank, url in enumerate(urls, start=1)]
    return {"query": query, "template": template, "engine": engine, "status": status,
            "results": results if status == "ok" else []}


def snap(rep: dict[str, Any], label: str, artifacts: dict[str, Any] | None = None,
         subject: Subject | None = ADA) -> Snapshot:
    return Snapshot(rep, label, subject=subject, artifacts=artifacts)


# -- outcomes -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("before", "after", "regressed"),
    [("pass", "warn", True), ("pass", "fail", True), ("warn", "fail", True),
     ("fail", "warn", False), ("warn", "pass", False), ("pass", "error", False),
     ("error", "fail", False), ("pass", "skip", False), ("info", "fail", False)],
)
def test_only_a_worse_judgement_is_a_regression(before: str, after: str,
                                                regressed: bool) -> None:
    assert OutcomeChange("x.y", "t", before, after).regressed is regressed


def test_outcome_changes_list_checks_in_both_reports_that_changed() -> None:
    old = report(result("search.a", "pass"), result("search.b", "warn"),
                 result("search.gone", "pass"))
    new = report(result("search.a", "fail"), result("search.b", "warn"),
                 result("search.new", "fail"))
    diff = compare(snap(old, "A"), snap(new, "B"))
    assert diff.outcomes == [OutcomeChange("search.a", "search.a", "pass", "fail")]


# -- ranks ----------------------------------------------------------------------------------

def test_rank_readings_cover_portfolio_and_profile_shapes() -> None:
    rep = report(
        portfolio({"duckduckgo": {"Ada Example": 2}, "brave": {"Ada Example": None}}),
        result("search.profile-rank", "fail", {
            "profiles": {"linkedin": {"url": "u", "ranks": {"brave": {"Ada Example": 1}}}},
            "unmeasured": {"bing": {"Ada Example": "blocked — empty answer"}},
        }),
        result("search.broken", "error", {"ranks": {"brave": {"Ada Example": 4}}}),
    )
    readings = rank_readings(rep)
    assert readings.measured == {
        ("search.portfolio-rank", "adaexample.dev", "duckduckgo", "Ada Example"): 2,
        ("search.portfolio-rank", "adaexample.dev", "brave", "Ada Example"): None,
        ("search.profile-rank", "linkedin", "brave", "Ada Example"): 1,
    }
    assert readings.unmeasured == {
        ("search.profile-rank", "linkedin", "bing", "Ada Example"): "blocked — empty answer",
    }


def test_rank_changes_report_moves_and_drops_out_of_the_results() -> None:
    old = report(portfolio({"duckduckgo": {"Ada Example": 2}, "brave": {"Ada Example": 6},
                            "mojeek": {"Ada Example": None}}))
    new = report(portfolio({"duckduckgo": {"Ada Example": None}, "brave": {"Ada Example": 6},
                            "mojeek": {"Ada Example": 4}}))
    diff = compare(snap(old, "A"), snap(new, "B"))
    key = ("search.portfolio-rank", "adaexample.dev")
    assert diff.ranks == [RankChange(*key, "duckduckgo", "Ada Example", 2, None),
                          RankChange(*key, "mojeek", "Ada Example", None, 4)]
    assert [c.worse for c in diff.ranks] == [True, False]
    assert diff.not_compared == []


def test_an_unmeasured_rank_is_never_compared_as_a_value() -> None:
    old = report(portfolio({"duckduckgo": {"Ada Example": 2}, "brave": {"Ada Example": 1}}))
    new = report(portfolio({"brave": {"Ada Example": 1}},
                           unmeasured={"duckduckgo": {"Ada Example": "timeout — 10 s"}}))
    diff = compare(snap(old, "run 1"), snap(new, "run 2"))
    assert diff.ranks == []
    assert diff.not_compared == [NotCompared(
        "search.portfolio-rank", "adaexample.dev", "duckduckgo", "Ada Example",
        "run 2: could not measure — timeout — 10 s")]


def test_a_check_that_errored_contributes_no_ranks() -> None:
    old = report(portfolio({"duckduckgo": {"Ada Example": 2}}))
    new = report(portfolio({"duckduckgo": {"Ada Example": None}}, outcome="error"))
    assert compare(snap(old, "A"), snap(new, "B")).ranks == []


def test_a_rank_below_1_is_no_measurement() -> None:
    rep = report(portfolio({"duckduckgo": {"Ada Example": 0}, "brave": {"Ada Example": True},
                            "bing": {"Ada Example": "3"}, "mojeek": {"Ada Example": 5}}))
    assert rank_readings(rep).measured == {
        ("search.portfolio-rank", "adaexample.dev", "mojeek", "Ada Example"): 5}


# -- results about you ----------------------------------------------------------------------

OWNED = "https://adaexample.dev/"
PAINTER = "https://painter.example.org/ada"
TALK = "https://pydata.org/lisbon2026/speaker/ada-example/"
OLD_TALK = "https://old.example.com/ada"
GITHUB = "https://github.com/ada-example"
# What each page says: the talk and the old page are about this data engineer, the painter
# is a namesake, and the rest are hers.
TITLES = {
    OWNED: "Ada Example — data engineer",
    PAINTER: "Ada Example | Contemporary Painter | Melbourne",
    TALK: "Ada Example — Speaker | PyData Lisbon 2026, data engineer at Acme",
    OLD_TALK: "Streaming talk by Ada Example, data engineer",
    GITHUB: "ada-example (Ada Example) · GitHub",
}
WITH_CONTEXT = Subject(name="Ada Example", profession="data engineer",
                       portfolio_url="https://adaexample.dev", github_login="ada-example")


def named(engine: str, *urls: str, **kwargs: Any) -> dict[str, Any]:
    """A result list whose results carry the titles in ``TITLES`` (filler otherwise)."""
    listed = page(engine, *urls, **kwargs)
    for item in listed["results"]:
        item["title"] = TITLES.get(item["url"], "An unrelated page")
    return listed


def test_new_and_gone_results_about_you_on_page_one() -> None:
    old = serps(named("duckduckgo", OWNED, PAINTER, OLD_TALK))
    new = serps(named("duckduckgo", PAINTER, TALK, GITHUB))
    found = result_changes(old, new, WITH_CONTEXT)
    assert found is not None
    appeared, disappeared = found
    assert [(r.engine, r.rank, r.url) for r in appeared] == [("duckduckgo", 2, TALK)]
    assert [r.url for r in disappeared] == [OLD_TALK]


def test_namesakes_and_pages_marked_not_me_are_not_about_you() -> None:
    old = serps(named("duckduckgo", OWNED))
    new = serps(named("duckduckgo", OWNED, PAINTER, TALK))
    found = result_changes(old, new, WITH_CONTEXT)
    assert found is not None and [r.url for r in found[0]] == [TALK]
    not_me = Subject(name="Ada Example", profession="data engineer",
                     portfolio_url="https://adaexample.dev", not_me=("pydata.org",))
    assert result_changes(old, new, not_me) == ([], [])


def test_results_beyond_page_one_and_other_queries_do_not_count() -> None:
    filler = [f"https://filler.example.net/{n}" for n in range(10)]
    old = serps(named("duckduckgo", *filler),
                named("duckduckgo", *filler, template="{name} {profession}", query="Ada dev"))
    new = serps(named("duckduckgo", *filler, TALK),
                named("duckduckgo", TALK, *filler[1:], template="{name} {profession}",
                      query="Ada dev"))
    assert result_changes(old, new, WITH_CONTEXT) == ([], [])


def test_only_engines_measured_on_both_sides_are_compared() -> None:
    old = serps(named("duckduckgo", PAINTER), named("brave", status="error"))
    new = serps(named("duckduckgo", PAINTER), named("brave", TALK))
    assert result_changes(old, new, WITH_CONTEXT) == ([], [])
    assert result_changes(old, serps(status="error"), WITH_CONTEXT) is None
    assert result_changes(None, new, WITH_CONTEXT) is None


def test_nothing_appeared_is_never_said_of_searches_that_failed() -> None:
    blocked = serps(named("duckduckgo", status="error"), named("brave", status="error"))
    new = serps(named("duckduckgo", TALK), named("brave", TALK))
    assert result_changes(blocked, new, WITH_CONTEXT) is None
    assert result_changes(new, blocked, WITH_CONTEXT) is None
    other_query = serps(named("duckduckgo", TALK, query="Ada M. Example"))
    assert result_changes(other_query, new, WITH_CONTEXT) is None


def test_the_same_page_at_another_address_form_is_not_new() -> None:
    old = serps(named("brave", TALK))
    new = serps(named("brave", TALK.replace("https://", "http://www.").rstrip("/")))
    new["data"]["lists"][0]["results"][0]["title"] = TITLES[TALK]
    assert result_changes(old, new, WITH_CONTEXT) == ([], [])


def test_reports_alone_do_not_compare_results_or_profiles() -> None:
    diff = compare(snap(report(), "a.json", None, None), snap(report(), "b.json", None, None))
    assert diff.appeared is None and diff.disappeared is None and diff.profile is None
    assert diff.to_dict()["results"] is None


ODD_SERPS = [
    {"name": "serps", "status": "ok", "data": []},
    {"name": "serps", "status": "ok", "data": {"lists": None}},
    {"name": "serps", "status": "ok", "data": {"lists": [None, 3, "x"]}},
    {"name": "serps", "status": "ok", "data": {"lists": [
        {"template": "{name}", "status": "ok", "engine": "brave", "query": "Ada Example",
         "results": None}]}},
    {"name": "serps", "status": "ok", "data": {"lists": [
        {"template": "{name}", "status": "ok", "engine": "brave", "query": "Ada Example",
         "results": [None, 3, {"rank": "1", "url": TALK}, {"rank": 0, "url": TALK},
                     {"rank": 1, "url": None}]}]}},
]


@pytest.mark.parametrize("odd", ODD_SERPS, ids=range(len(ODD_SERPS)))
def test_odd_result_lists_compare_as_nothing_found(odd: dict[str, Any]) -> None:
    found = result_changes(odd, odd, WITH_CONTEXT)
    assert found is None or found == ([], [])
    good = serps(named("brave", TALK))
    assert result_changes(odd, good, WITH_CONTEXT) in (None, ([], []))


@pytest.mark.parametrize(
    "odd",
    [{"results": None}, {"results": [None, 3, "x"]},
     {"results": [{"check_id": "search.portfolio-rank", "outcome": "warn", "data": [1]}]},
     {"results": [{"check_id": "search.portfolio-rank", "outcome": "warn",
                   "data": {"ranks": {"brave": None}, "unmeasured": {"bing": "oops"},
                            "profiles": {"linkedin": None}}}]}],
    ids=["results-null", "results-not-objects", "data-a-list", "tables-odd"],
)
def test_odd_reports_compare_as_nothing_measured(odd: dict[str, Any]) -> None:
    readings = rank_readings(odd)
    assert readings.measured == {} and readings.unmeasured == {}
    diff = compare(snap(odd, "A"), snap(report(portfolio({"brave": {"Ada Example": 1}})), "B"))
    assert diff.outcomes == [] and diff.ranks == [] and diff.not_compared == []


# -- profile --------------------------------------------------------------------------------

def linkedin(status: str = "ok", page: str = "ok", **fields: Any) -> dict[str, Any]:
    """A ``linkedin`` artifact: ``status`` is the artifact's, ``page`` the profile's own."""
    data: dict[str, Any] = {"status": page, "headline": "Data engineer", "summary": "I build.",
                            "photo": {"present": True, "url": None}, "recommendations": 2,
                            "absent": []}
    data.update(fields)
    return {"name": "linkedin", "status": status, "data": data}


def test_profile_field_changes() -> None:
    old = linkedin()
    new = linkedin(headline="Data engineer · streaming pipelines for fintech",
                   summary="I build pipelines.", recommendations=3,
                   photo={"present": False, "url": None})
    changes = profile_changes(old, new)
    assert changes is not None
    assert [(c.field, c.before, c.after) for c in changes] == [
        ("headline", "Data engineer", "Data engineer · streaming pipelines for fintech"),
        ("summary_length", 8, 18),
        ("recommendations", 2, 3),
        ("photo", True, False),
    ]


def test_unknown_profile_fields_are_not_changes() -> None:
    old = linkedin()
    new = linkedin(headline=None, summary=None, recommendations=None,
                   photo={"present": None, "url": None})
    assert profile_changes(old, new) == []


def test_an_odd_absent_list_is_not_read_as_known_empty_fields() -> None:
    for odd in (5, "headline", None, [["headline"]]):
        fields = profile_fields(linkedin(headline=None, absent=odd))
        assert fields is not None and fields["headline"] is None


def test_an_absent_headline_is_known_to_be_empty() -> None:
    new = linkedin(headline=None, absent=["headline"])
    changes = profile_changes(linkedin(), new)
    assert changes is not None
    assert [(c.field, c.before, c.after) for c in changes] == [
        ("headline", "Data engineer", "")]


@pytest.mark.parametrize(
    "unusable",
    [None, linkedin(status="error"), linkedin(status="skipped"), linkedin(page="blocked")],
    ids=["missing", "artifact-error", "artifact-skipped", "page-blocked"],
)
def test_a_profile_that_was_not_read_is_not_compared(unusable: dict[str, Any] | None) -> None:
    assert profile_fields(unusable) is None
    assert profile_changes(linkedin(), unusable) is None
    assert profile_changes(unusable, linkedin()) is None


# -- the demo -------------------------------------------------------------------------------

def test_the_demo_snapshots_differ_by_a_rank_drop_and_a_new_result_about_her() -> None:
    from presence_audit.demo import run_demo

    runs = []
    for snapshot in ("first", "later"):
        loaded, outcome = run_demo(snapshot=snapshot)
        runs.append(Snapshot(outcome.report.to_dict(), snapshot, subject=loaded.config.subject(),
                             artifacts={n: a.to_dict() for n, a in outcome.artifacts.items()}))
    diff = compare(*runs)
    assert RankChange("search.portfolio-rank", "adaexample.dev", "duckduckgo", "Ada Example",
                      2, None) in diff.ranks
    assert diff.appeared is not None
    assert TALK in [r.url for r in diff.appeared]
    assert OutcomeChange("search.portfolio-rank", "Portfolio ranks for your name", "warn",
                         "fail") in diff.outcomes


def test_scores_over_different_checks_are_not_compared() -> None:
    from presence_audit.history.diff import Snapshot, compare

    def report(score: int, ids: list[str]) -> dict[str, object]:
        return {"score": score, "results": [
            {"check_id": i, "outcome": "pass", "category": i.split(".")[0]} for i in ids]}

    full = Snapshot(report(90, ["search.a", "profile.b"]), "full run")
    narrowed = Snapshot(report(40, ["search.a"]), "run with --select search")
    changes = compare(full, narrowed).to_dict()["score"]
    assert changes["delta"] is None
    assert changes["note"] == "not compared: different checks ran"
    same = compare(full, Snapshot(report(80, ["profile.b", "search.a"]), "next run"))
    assert same.score_delta == -10
    assert same.score_note is None
