"""preflight: items read from check results, cached artifacts, reviewed results, the target,
the renderings and the command's exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from helpers import registry_of
from presence_audit.checks.outreach import ask, context, generic, intro, length, no_links, sign_off
from presence_audit.checks.registry import Registry, load_registry
from presence_audit.checks.search import portfolio_rank, review
from presence_audit.cli import main
from presence_audit.cli.exit_codes import of_checklist
from presence_audit.config.load import LoadedConfig, parse_config
from presence_audit.core.artifacts import Artifact
from presence_audit.core.model import Evidence, Outcome, Result, Severity
from presence_audit.demo import demo_folder, load_demo_config
from presence_audit.preflight import (
    AckError,
    AckStore,
    Mark,
    PreflightRequest,
    artifact_cache,
    run_preflight,
)
from presence_audit.preflight.checklist import (
    Checklist,
    Context,
    Item,
    items_for,
    one_line,
)
from presence_audit.render.checklist import render
from presence_audit.sources.note import note_artifact

DEMO_SERPS = demo_folder() / "artifacts" / "serps.json"
JORDAN = demo_folder() / "target" / "jordan-rivera.html"
GOOD_NOTE = ("Hi Jordan, we overlapped at Acme Analytics. I'm a data engineer in Lisbon. "
             "Up for a quick call? Thanks, Ada")
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc)


def result(check_id: str, outcome: Outcome, *, category: str = "search", message: str = "m",
           fix: str = "", data: dict[str, Any] | None = None,
           evidence: list[Evidence] | None = None) -> Result:
    return Result(check_id=check_id, title=f"Title of {check_id}", category=category,
                  outcome=outcome, severity=Severity.MEDIUM, weight=1.0, message=message,
                  fix=fix, data=data or {}, evidence=evidence or [])


def items(*results: Result, reviewed: dict[str, str] | None = None,
          registered: tuple[str, ...] = ()) -> dict[str, Item]:
    ids = [r.check_id for r in results]
    found = items_for(list(results), ids, [*ids, *registered],
                      Context(reviewed=reviewed or {}))
    return {i.id: i for i in found}


# -- items ------------------------------------------------------------------------------------

def test_the_portfolio_item_passes_when_it_ranks_on_one_engine_anywhere() -> None:
    ranked = result("search.portfolio-rank", Outcome.FAIL, fix="Make it rank. More advice.",
                    data={"ranks": {"duckduckgo": {"Ada Example": 2},
                                    "brave": {"Ada Example": None}}})
    item = items(ranked)["presence.portfolio"]
    assert item.mark is Mark.OK
    assert item.detail == "ranks on duckduckgo #2"


def test_the_portfolio_item_fails_when_it_ranks_nowhere() -> None:
    missing = result("search.portfolio-rank", Outcome.FAIL, message="missing everywhere",
                     fix="Make it rank. More advice.",
                     data={"ranks": {"brave": {"Ada Example": None}}})
    item = items(missing)["presence.portfolio"]
    assert item.mark is Mark.FIX
    assert item.detail == "missing everywhere"
    assert item.fix == "Make it rank."


# A skipped portfolio check (no portfolio configured) was not looked at either: it blocks GO.
@pytest.mark.parametrize(("outcome", "mark"), [(Outcome.ERROR, Mark.UNKNOWN),
                                               (Outcome.SKIP, Mark.UNKNOWN)])
def test_an_unmeasured_portfolio_is_never_read_as_missing(outcome: Outcome, mark: Mark) -> None:
    item = items(result("search.portfolio-rank", outcome, message="blocked"))[
        "presence.portfolio"]
    assert item.mark is mark
    assert item.detail == "blocked"


def review_result(*urls: str) -> Result:
    rows = [{"rank": n, "url": url, "title": f"t{n}"} for n, url in enumerate(urls, 1)]
    return result("search.review", Outcome.INFO, data={"results": {"brave": rows}})


def test_the_review_item_lists_what_was_not_reviewed() -> None:
    found = review_result("https://www.meetup.com/talk/", "https://blog.example/ada")
    item = items(found, reviewed={"meetup.com/talk": "2026-11-01T00:00:00Z"})["presence.review"]
    assert item.mark is Mark.FIX
    assert item.urls == ("https://blog.example/ada",)
    assert item.detail == "1 result about you not reviewed yet (of 2)"
    assert "--ack" in item.fix


def test_the_review_item_passes_once_everything_was_reviewed() -> None:
    found = review_result("https://www.meetup.com/talk/", "http://meetup.com/talk#top")
    item = items(found, reviewed={"meetup.com/talk": "x"})["presence.review"]
    assert item.mark is Mark.OK
    assert item.detail == "all 1 reviewed"
    assert items(review_result())["presence.review"].detail.startswith("no results about you")


def test_the_review_item_is_unknown_when_an_engine_could_not_be_searched() -> None:
    found = result("search.review", Outcome.INFO, data={
        "results": {"brave": [{"rank": 1, "url": "https://www.meetup.com/talk/"}]},
        "unmeasured": {"duckduckgo": {"Ada Example": "rate-limited"}}})
    item = items(found, reviewed={"meetup.com/talk": "x"})["presence.review"]
    assert item.mark is Mark.UNKNOWN
    assert item.detail == "all 1 reviewed where measured; could not search duckduckgo"
    unseen = items(found)["presence.review"]
    assert unseen.mark is Mark.FIX  # what was seen and not reviewed is to fix either way


def test_the_review_item_falls_back_to_evidence_urls() -> None:
    found = result("search.review", Outcome.INFO,
                   evidence=[Evidence("x", url="https://a.example/"), Evidence("no url")])
    assert items(found)["presence.review"].urls == ("https://a.example/",)


@pytest.mark.parametrize(("count", "outcome", "mark"), [(1, Outcome.WARN, Mark.OK),
                                                        (0, Outcome.FAIL, Mark.FIX),
                                                        (4, Outcome.PASS, Mark.OK)])
def test_one_recommendation_is_enough_for_the_checklist(count: int, outcome: Outcome,
                                                        mark: Mark) -> None:
    found = result("profile.recommendations", outcome, category="profile",
                   fix="Ask a colleague.", data={"count": count})
    item = items(found)["profile.recommendations"]
    assert item.mark is mark
    assert (item.fix == "") is (mark is Mark.OK)


def test_absent_checks_are_skipped_items_that_say_why() -> None:
    found = items(registered=("search.review",))
    assert found["profile.photo"].mark is Mark.SKIP
    assert found["profile.photo"].detail.startswith("profile source not available")
    assert found["presence.review"].detail == "search.review is disabled in the config"
    assert found["presence.portfolio"].detail == "search.portfolio-rank is not installed"


@pytest.mark.parametrize(("outcome", "mark"), [
    (Outcome.PASS, Mark.OK), (Outcome.WARN, Mark.NOTE), (Outcome.FAIL, Mark.FIX),
    (Outcome.SKIP, Mark.SKIP), (Outcome.ERROR, Mark.UNKNOWN)])
def test_network_items_follow_their_checks(outcome: Outcome, mark: Mark) -> None:
    found = items(result("network.pending-invitations", outcome, category="network",
                         fix="Withdraw them. Then more."),
                  result("network.follow-through", outcome, category="network"))
    pending, follow = found["network.pending"], found["network.follow-through"]
    assert (pending.group, pending.mark, follow.mark) == ("network", mark, mark)
    assert pending.fix == ("Withdraw them." if mark in (Mark.FIX, Mark.NOTE) else "")


def test_without_a_data_export_the_network_items_do_not_hold_up_a_go() -> None:
    # Skipped (no export): not applicable, so a GO can rest on the other items.
    found = items(result("network.pending-invitations", Outcome.SKIP, category="network"))
    assert found["network.pending"].mark is Mark.SKIP
    assert found["network.follow-through"].detail == "network.follow-through is not installed"


def test_outreach_results_become_note_items_with_a_one_line_fix() -> None:
    found = result("outreach.length", Outcome.FAIL, category="outreach", message="too long",
                   fix="Cut 12 characters or more. Then read it aloud.")
    item = items(found)["outreach.length"]
    assert (item.group, item.label, item.mark, item.fix) == (
        "note", "Title of outreach.length", Mark.FIX, "Cut 12 characters or more.")


def test_one_line_keeps_the_first_sentence_and_caps_it() -> None:
    assert one_line("Do this, e.g. that.\n Then more.") == "Do this, e.g. that."
    assert one_line("x" * 300).endswith("…")
    assert len(one_line("x" * 300)) == 160


def checklist(*marks: Mark) -> Checklist:
    return Checklist("Ada", "2026-11-20T12:00:00Z", "0", [
        Item(f"i{n}", "note", "l", mark, "d") for n, mark in enumerate(marks)])


@pytest.mark.parametrize(
    ("marks", "verdict", "code"),
    [
        ((Mark.OK, Mark.SKIP, Mark.NOTE), "go", 0),
        ((Mark.OK, Mark.FIX, Mark.UNKNOWN), "not-yet", 1),
        ((Mark.OK, Mark.UNKNOWN), "not-yet", 3),
    ],
)
def test_verdict_and_exit_code(marks: tuple[Mark, ...], verdict: str, code: int) -> None:
    made = checklist(*marks)
    assert made.verdict == verdict
    assert of_checklist(made) == code


# -- reviewed results ---------------------------------------------------------------------------

def test_acknowledged_urls_are_kept_by_address(tmp_path: Path) -> None:
    store = AckStore(tmp_path / "deep" / "reviewed.json")
    assert store.load() == {}
    assert store.add(["https://www.example.org/talk/", "http://example.org/talk#x"]) == [
        "example.org/talk"]
    assert store.add(["https://example.org/talk"]) == []
    assert store.seen("http://EXAMPLE.org/talk/")
    assert not store.seen("https://example.org/TALK")  # paths keep their case
    saved = json.loads((tmp_path / "deep" / "reviewed.json").read_text(encoding="utf-8"))
    assert saved["version"] == 1
    assert list(saved["seen"]) == ["example.org/talk"]


def test_an_unreadable_file_of_reviewed_results_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "reviewed.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(AckError, match="not a file of reviewed results"):
        AckStore(path).load()
    path.write_text("{", encoding="utf-8")
    with pytest.raises(AckError, match="cannot read"):
        AckStore(path).add(["https://x.example/"])


# -- the whole preflight ------------------------------------------------------------------------

def outreach_and_search() -> Registry:
    return registry_of(portfolio_rank, review, length, no_links, sign_off, context, intro,
                       ask, generic)


def config(tmp_path: Path, extra: str = "") -> LoadedConfig:
    path = tmp_path / "presence-audit.yaml"
    text = textwrap.dedent("""\
        person: {name: Ada Example, profession: data engineer, location: Lisbon,
                 context: [Acme Analytics, University of Porto]}
        portfolio: {url: https://adaexample.dev}
        profiles: {linkedin: "https://www.linkedin.com/in/ada-example/"}
    """) + extra
    path.write_text(text, encoding="utf-8")
    return parse_config(text, path)


class Counting:
    """A collector that hands out one artifact and counts how often it was asked."""

    def __init__(self, artifact: Artifact) -> None:
        self.artifact = artifact
        self.calls = 0

    def __call__(self, _context: object) -> Artifact:
        self.calls += 1
        return self.artifact


def demo_serps(obtained_at: str = "2026-11-20T11:00:00Z") -> Artifact:
    artifact = Artifact.from_dict(json.loads(DEMO_SERPS.read_text(encoding="utf-8")))
    artifact.obtained_at = obtained_at
    return artifact


def note(text: str = GOOD_NOTE) -> Artifact:
    return note_artifact(text, source="argument", origin="the command line", limit=300,
                         sender_name="Ada Example")


def preflight(loaded: LoadedConfig, registry: Registry, tmp_path: Path,
              collectors: dict[str, Callable[[object], Artifact]], **request: Any) -> Checklist:
    return run_preflight(loaded, registry, PreflightRequest(**request),
                         acks=AckStore(tmp_path / "acks.json"), collectors=collectors,
                         cache_root=tmp_path / "cache", now=NOW)


def test_gathers_what_is_missing_then_answers_from_the_cache(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    serps = Counting(demo_serps())
    first = preflight(loaded, outreach_and_search(), tmp_path, {"serps": serps}, note=note())
    assert serps.calls == 1
    assert {s["artifact"]: s["origin"] for s in first.sources} == {"serps": "gathered",
                                                                   "note": "given"}
    second = preflight(loaded, outreach_and_search(), tmp_path, {"serps": serps}, note=note())
    assert serps.calls == 1
    assert {s["artifact"]: s["origin"] for s in second.sources}["serps"] == "cached"
    assert [i.to_dict() for i in second.items] == [i.to_dict() for i in first.items]


def test_stale_or_failed_cached_artifacts_are_gathered_again(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    artifact_cache.remember(loaded, {"serps": demo_serps("2026-11-18T11:00:00Z")},
                            root=tmp_path / "cache")
    serps = Counting(Artifact.failed("serps", "ddgs", "blocked"))
    preflight(loaded, outreach_and_search(), tmp_path, {"serps": serps}, note=note())
    assert serps.calls == 1
    preflight(loaded, outreach_and_search(), tmp_path, {"serps": serps}, note=note(),
              max_age=dt.timedelta(hours=72))
    assert serps.calls == 2  # the failure gathered last time is not reused


def test_a_search_that_could_not_be_made_is_never_a_go(tmp_path: Path) -> None:
    made = preflight(config(tmp_path), outreach_and_search(), tmp_path,
                     {"serps": Counting(Artifact.failed("serps", "ddgs", "rate-limited"))},
                     note=note())
    marks = {i.id: i.mark for i in made.items}
    assert marks["presence.portfolio"] is Mark.UNKNOWN
    assert marks["presence.review"] is Mark.UNKNOWN
    assert made.to_fix == []
    assert (made.verdict, of_checklist(made)) == ("not-yet", 3)


def test_the_checklist_reads_every_item(tmp_path: Path) -> None:
    made = preflight(config(tmp_path), outreach_and_search(), tmp_path,
                     {"serps": Counting(demo_serps())}, note=note())
    marks = {i.id: i.mark for i in made.items}
    assert marks["presence.portfolio"] is Mark.OK
    assert marks["presence.review"] is Mark.FIX
    assert marks["profile.photo"] is Mark.SKIP
    assert [i.id for i in made.items if i.group == "note"] == [
        "outreach.length", "outreach.no-links", "outreach.sign-off", "outreach.context",
        "outreach.intro", "outreach.ask", "outreach.generic"]
    assert all(marks[i] is Mark.OK for i in marks if i.startswith("outreach."))
    assert made.verdict == "not-yet"
    assert of_checklist(made) == 1


def test_ack_marks_the_review_list_seen_and_the_verdict_turns_go(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    collectors = {"serps": Counting(demo_serps())}
    unseen = next(i for i in preflight(loaded, outreach_and_search(), tmp_path, collectors,
                                       note=note()).items if i.id == "presence.review").urls
    made = preflight(loaded, outreach_and_search(), tmp_path, collectors, note=note(),
                     acknowledge=list(unseen))
    assert {i.id: i.mark for i in made.items}["presence.review"] is Mark.OK
    assert made.verdict == "go"
    assert of_checklist(made) == 0


def test_no_note_skips_the_note_items_and_a_configured_file_is_read(tmp_path: Path) -> None:
    collectors = {"serps": Counting(demo_serps())}
    made = preflight(config(tmp_path), outreach_and_search(), tmp_path, collectors,
                     acknowledge=list(_unseen(tmp_path, collectors)))
    missing, *note_items = [i for i in made.items if i.group == "note"]
    assert (missing.id, missing.mark) == ("note.written", Mark.FIX)
    assert "no note given" in missing.detail
    assert "--note" in missing.fix
    assert {i.mark for i in note_items} == {Mark.SKIP}
    assert len(note_items) == 7
    assert "no note given" in note_items[0].detail
    assert made.to_fix == [missing]  # everything else is ready, yet no GO without a note
    assert (made.verdict, of_checklist(made)) == ("not-yet", 1)
    (tmp_path / "note.txt").write_text("Dear Sir/Madam, connect?", encoding="utf-8")
    configured = config(tmp_path, "outreach: {note_file: note.txt}\n")
    made = preflight(configured, outreach_and_search(), tmp_path, collectors)
    assert {i.id: i.mark for i in made.items}["outreach.generic"] is Mark.FIX
    assert {s["artifact"]: s["origin"] for s in made.sources}["note"] == "config"


def _unseen(tmp_path: Path, collectors: dict[str, Callable[[object], Artifact]]) -> tuple[
        str, ...]:
    made = preflight(config(tmp_path), outreach_and_search(), tmp_path, collectors, note=note())
    return next(i for i in made.items if i.id == "presence.review").urls


def test_without_outreach_checks_no_note_is_asked_for(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    made = preflight(loaded, registry_of(portfolio_rank), tmp_path,
                     {"serps": Counting(demo_serps())})
    assert [i for i in made.items if i.group == "note"] == []


def test_disabled_checks_leave_their_items_skipped(tmp_path: Path) -> None:
    loaded = config(tmp_path, "checks: {search.portfolio-rank: {enabled: false}}\n")
    made = preflight(loaded, outreach_and_search(), tmp_path, {"serps": Counting(demo_serps())},
                     note=note())
    item = next(i for i in made.items if i.id == "presence.portfolio")
    assert (item.mark, item.detail) == (Mark.SKIP, "search.portfolio-rank is disabled in the "
                                                   "config")


def test_the_target_is_read_and_its_shared_context_counts_for_the_note(tmp_path: Path) -> None:
    # Names the employer they share without saying it is theirs: only the target tells.
    plain = note("Hi Jordan, Acme Analytics has a great data team. I'm a data engineer in "
                 "Lisbon. Up for a quick call? Thanks, Ada")
    collectors = {"serps": Counting(demo_serps())}
    without = preflight(config(tmp_path), outreach_and_search(), tmp_path, collectors,
                        note=plain)
    assert {i.id: i.mark for i in without.items}["outreach.context"] is Mark.FIX
    made = preflight(config(tmp_path), outreach_and_search(), tmp_path, collectors,
                     note=plain, target=str(JORDAN))
    assert {i.id: i.mark for i in made.items}["outreach.context"] is Mark.OK
    target = made.target
    assert target is not None
    assert target["status"] == "ok"
    assert target["name"] == "Jordan Rivera"
    assert target["preferences"][0]["text"] == (
        "I prefer email for first contact — no cold sales pitches, please.")
    assert [s["theirs"] for s in target["shared"]][:3] == [
        "Acme Analytics", "Universidade do Porto", "Lisbon, Lisbon, Portugal"]
    assert target["openings"][0] == "Hi Jordan, I see we have both worked at Acme Analytics — …"


def test_a_target_that_cannot_be_read_is_reported_not_fatal(tmp_path: Path) -> None:
    page = tmp_path / "wall.html"
    page.write_text('<meta name="pageKey" content="auth_wall_desktop"><p>authwall</p>',
                    encoding="utf-8")
    made = preflight(config(tmp_path), outreach_and_search(), tmp_path,
                     {"serps": Counting(demo_serps())}, note=note(), target=str(page))
    assert made.target is not None
    assert made.target["status"] == "error"
    assert "wall" in made.target["detail"]


def test_the_demo_from_recorded_artifacts(tmp_path: Path) -> None:
    made = run_preflight(load_demo_config(), load_registry(use_entry_points=False),
                         PreflightRequest(recorded=demo_folder() / "artifacts",
                                          target=str(JORDAN)),
                         acks=AckStore(tmp_path / "acks.json"), collectors={})
    origins = {s["artifact"]: s["origin"] for s in made.sources}
    assert origins["serps"] == "recorded"
    assert origins["note"] == "recorded"
    assert {i.id: i.mark for i in made.items}["outreach.sign-off"] is Mark.NOTE
    assert made.target is not None and made.target["openings"]
    assert origins["network"] == "recorded"
    network = {i.id: (i.mark, i.detail) for i in made.items if i.group == "network"}
    assert network == {
        "network.pending": (Mark.OK, "5 requests you sent are unanswered after 21 days or more "
                                     "(the oldest for 301 days)"),
        "network.follow-through": (Mark.NOTE, "3 of 10 connections made in the 90 days before "
                                              "12 Nov 2026 became a two-way conversation (30%)"),
    }


# -- renderings ---------------------------------------------------------------------------------

HOSTILE = "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07 [red]x[/red] **bold** <b>hi</b>"


def hostile_checklist() -> dict[str, Any]:
    made = checklist(Mark.OK, Mark.FIX)
    made.items[1] = Item("presence.review", "presence", "Nothing unreviewed", Mark.FIX,
                         HOSTILE, fix="Open it", urls=("https://x.example/a)b",))
    made.target = {"source": "t.html", "status": "ok", "name": HOSTILE,
                   "preferences": [{"kind": "channel", "text": HOSTILE, "where": "About"}],
                   "shared": [{"kind": "employer", "theirs": "Acme", "detail": "d"}],
                   "openings": ["Hi Jordan, …"]}
    return made.to_dict()


def test_terminal_output_is_inert(no_color: None) -> None:
    text = render(hostile_checklist(), "terminal", color=False)
    assert "\x1b" not in text and "\x07" not in text
    assert "[red]x[/red]" in text
    assert "✗ Nothing unreviewed" in text.replace("  ", " ")
    assert "NOT YET — 1 to fix" in text
    assert "How they want to be contacted" in text
    assert "Opening lines to adapt" in text


def test_markdown_output_is_escaped() -> None:
    text = render(hostile_checklist(), "markdown")
    assert "<b>" not in text and "**bold**" not in text
    assert "\\*\\*bold\\*\\*" in text
    assert text.startswith("## Preflight: ❌ NOT YET — Ada")
    assert "- ✗ **Nothing unreviewed**" in text


def test_json_output_is_the_checklist() -> None:
    data = hostile_checklist()
    assert json.loads(render(data, "json")) == data
    assert data["verdict"] == "not-yet"
    assert data["items"][1]["mark"] == "fix"


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render(hostile_checklist(), "yaml")


# -- the command --------------------------------------------------------------------------------

def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    return outcome.exit_code, outcome.stdout, outcome.stderr


def test_demo_checklist_with_a_note_and_the_bundled_target() -> None:
    code, out, _ = invoke("preflight", "--demo", "--note", GOOD_NOTE, "--format", "markdown")
    assert code in (1, 3)
    assert "## Preflight: ❌ NOT YET — Ada Example" in out
    assert "### Your note" in out
    assert out.index("### Your presence") < out.index("### Your network") < out.index(
        "### Your note")
    assert "I prefer email for first contact — no cold sales pitches, please" in out
    assert "Opening lines to adapt" in out


def test_demo_json_and_acknowledging_everything(tmp_path: Path) -> None:
    code, out, _ = invoke("preflight", "--demo", "--note", GOOD_NOTE, "--format", "json")
    data = json.loads(out)
    review_item = next(i for i in data["items"] if i["id"] == "presence.review")
    assert review_item["mark"] == "fix"
    acks = [arg for url in review_item["urls"] for arg in ("--ack", url)]
    code, out, _ = invoke("preflight", "--demo", "--note", GOOD_NOTE, "--format", "json", *acks)
    after = json.loads(out)
    assert next(i for i in after["items"] if i["id"] == "presence.review")["mark"] == "ok"
    assert code == after_code(after)
    # The demo's acknowledgements are kept apart from the user's own reviewed results.
    from presence_audit.preflight.acks import default_path

    assert not default_path().exists()
    assert default_path().with_name(f"demo-{default_path().name}").is_file()


def after_code(data: dict[str, Any]) -> int:
    marks = {i["mark"] for i in data["items"]}
    return 1 if "fix" in marks else 3 if "unknown" in marks else 0


def test_note_from_a_file_or_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Dear Sir/Madam, I came across your profile.", encoding="utf-8")
    _, out, _ = invoke("preflight", "--demo", "-f", str(path), "--format", "json")
    assert _mark(out, "outreach.generic") == "fix"
    _, out, _ = invoke("preflight", "--demo", "-f", "-", "--format", "json", stdin=GOOD_NOTE)
    assert _mark(out, "outreach.generic") == "ok"


def _mark(out: str, item_id: str) -> str:
    return str(next(i for i in json.loads(out)["items"] if i["id"] == item_id)["mark"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--note", "x", "-f", "n.txt"], "not both"),
        (["--note", "   "], "is empty"),
        (["-f", "/nonexistent/note.txt"], "no such note file"),
        (["--target", "/nonexistent/page.html"], "neither a saved page"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    code, _, err = invoke("preflight", "--demo", *args)
    assert code == 2
    assert message in err


def test_without_a_config_it_says_how_to_make_one(tmp_path: Path) -> None:
    code, _, err = invoke("preflight", "-c", str(tmp_path / "absent.yaml"), "--note", "x")
    assert code == 2
    assert "presence-audit init" in err


def test_run_leaves_its_artifacts_for_preflight(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "serps.json").write_text(DEMO_SERPS.read_text(encoding="utf-8"),
                                         encoding="utf-8")
    config_path = tmp_path / "presence-audit.yaml"
    config_path.write_text(textwrap.dedent("""\
        person: {name: Ada Example, profession: data engineer}
        portfolio: {url: https://adaexample.dev}
        search: {provider: replay, replay: serps.json, engines: [duckduckgo, brave],
                 queries: ["{name}", "{name} {profession}"]}
    """), encoding="utf-8")
    invoke("run", "--format", "json", "--select", "search")
    loaded = parse_config(config_path.read_text(encoding="utf-8"), config_path)
    folder = artifact_cache.folder_for(loaded)
    assert (folder / "serps.json").is_file()
    code, out, _ = invoke("preflight", "--note", GOOD_NOTE, "--format", "json")
    data = json.loads(out)
    origins = {s["artifact"]: s["origin"] for s in data["sources"]}
    assert origins["serps"] == "cached"
    assert code == after_code(data)


@pytest.mark.parametrize("args", [["preflight", "--help"], ["note", "--help"]])
def test_help_imports_none_of_the_heavy_libraries(args: list[str]) -> None:
    heavy = ["requests", "bs4", "rich", "ddgs", "pydantic", "yaml", "tldextract"]
    code = textwrap.dedent(f"""
        import sys
        from presence_audit.cli import main
        try:
            main({args!r})
        except SystemExit as exc:
            assert exc.code == 0, exc.code
        print("LOADED:" + ",".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={**os.environ, "COLUMNS": "100"})
    assert done.stderr.strip().splitlines()[-1] == "LOADED:", done.stderr


def test_an_unconfigured_profile_source_blocks_go_as_unknown() -> None:
    skipped = result("profile.photo", Outcome.SKIP,
                     message="no LinkedIn source configured: set profiles.linkedin.export")
    item = items(skipped)["profile.photo"]
    assert item.mark is Mark.UNKNOWN
    assert "profiles.linkedin.export" in item.detail


def test_sources_read_as_the_report_reads_them_and_never_from_the_future() -> None:
    import math

    from presence_audit.core.artifacts import ArtifactStatus
    from presence_audit.preflight.run import Sourcing

    now = dt.datetime(2026, 11, 26, 9, 0, 0, tzinfo=dt.timezone.utc)
    sourcing = Sourcing()
    sourcing.add({"serps": Artifact(
        name="serps", status=ArtifactStatus.OK, source="ddgs",
        detail="nothing could be measured: all 2 result lists failed",
        problems=["duckduckgo: timeout"], obtained_at="2026-11-26T09:00:01Z")}, "gathered")
    [row] = sourcing.describe(now)
    assert row["status"] == "error"
    assert row["detail"].endswith("could not measure: duckduckgo: timeout")
    assert row["age_hours"] == 0.0 and math.copysign(1, row["age_hours"]) == 1
