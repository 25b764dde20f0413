"""Scheduled audits from the command line: history, diff, regression gates, baselines and the
GitHub job summary."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from helpers import ROOT
from presence_audit.cli import main
from presence_audit.demo import demo_folder

TALK = "https://pydata.org/lisbon2026/speaker/ada-example/"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def demo_history(tmp_path: Path) -> Path:
    """A history holding the demo's first snapshot, then its later one."""
    path = tmp_path / "history.sqlite3"
    for snapshot in ("first", "later"):
        code, _, _ = invoke("demo", "--snapshot", snapshot, "--history", str(path),
                            "--format", "json")
        assert code == 0
    return path


def test_diff_of_the_two_demo_runs_shows_the_rank_drop_and_the_new_result(
        demo_history: Path) -> None:
    code, out, err = invoke("diff", "--history", str(demo_history))
    assert code == 0, err
    assert "run 1" in out and "run 2" in out
    assert 'adaexample.dev on duckduckgo for "Ada Example" #2 → not in the results' in out
    assert ('new: duckduckgo for "Ada Example" #3: Ada Example — Speaker | PyData Lisbon 2026 '
            f"— {TALK}") in out
    code, out, _ = invoke("diff", "1", "2", "--history", str(demo_history), "--format", "json")
    assert code == 0
    changes = json.loads(out)
    assert TALK in [r["url"] for r in changes["results"]["appeared"]]
    assert ("new-result-about-you", "warn") in [
        (r["rule"], r["level"]) for r in changes["regressions"]]
    code, out, _ = invoke("diff", "1", "--history", str(demo_history), "--format", "markdown")
    assert code == 0 and out.startswith("## What changed")


def test_the_later_demo_report_carries_what_changed(demo_history: Path) -> None:
    code, out, err = invoke("demo", "--snapshot", "later", "--history", str(demo_history),
                            "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["changes"]["before"]["label"] == "run 2"
    assert report["changes"]["after"]["label"] == "run 3"
    assert report["changes"]["outcomes"] == [] and report["changes"]["ranks"] == []
    # Nothing moved since run 2, but the drop has now held for two runs in a row: confirmed.
    regressions = report["changes"]["regressions"]
    assert {(r["rule"], r["level"]) for r in regressions} == {("rank-drop", "warn")}
    assert any("adaexample.dev on duckduckgo" in r["message"] for r in regressions)
    assert "regression (warn, rank-drop)" in err and "(2 runs in a row)" in err


def test_diff_of_the_demo_runs_shows_the_changed_headline(demo_history: Path) -> None:
    code, out, _ = invoke("diff", "--history", str(demo_history), "--format", "json")
    assert code == 0
    assert "headline" in [c["field"] for c in json.loads(out)["profile"]]
    code, out, _ = invoke("diff", "--history", str(demo_history))
    assert code == 0 and "Profile:\n  headline: “" in out


def test_history_lists_runs_and_trends(demo_history: Path) -> None:
    code, out, _ = invoke("history", "--history", str(demo_history))
    assert code == 0
    assert "Ada Example — 2 runs" in out
    assert "search.portfolio-rank" in out and "▄▁" in out  # warn, then fail
    code, out, _ = invoke("history", "--history", str(demo_history), "--format", "json")
    runs = json.loads(out)["runs"]
    assert [r["id"] for r in runs] == [1, 2]
    assert runs[1]["outcomes"]["search.portfolio-rank"] == "fail"
    code, out, _ = invoke("history", "--history", str(demo_history), "--format", "markdown",
                          "--limit", "1")
    assert code == 0 and "| 2 |" in out and "| 1 |" not in out


def test_history_of_one_check_shows_ranks_per_engine(demo_history: Path) -> None:
    code, out, _ = invoke("history", "--history", str(demo_history),
                          "--check", "search.portfolio-rank")
    assert code == 0
    lines = out.splitlines()
    assert any("warn" in line and "duckduckgo #2 · brave #6" in line for line in lines)
    assert any("fail" in line and "duckduckgo — · brave #6" in line for line in lines)
    code, out, _ = invoke("history", "--history", str(demo_history),
                          "--check", "search.portfolio-rank", "--format", "json")
    runs = json.loads(out)["runs"]
    assert [(r["engine"], r["rank"]) for r in runs[1]["ranks"]] == [
        ("duckduckgo", None), ("brave", 6)]
    code, _, err = invoke("history", "--history", str(demo_history), "--check", "search.nope")
    assert code == 2 and "search.nope" in err
    code, _, err = invoke("history", "--history", str(demo_history), "--subject", "Nobody")
    assert code == 2 and "holds no runs of Nobody" in err


SEARCH_ONLY = ("--select", "search")
"""The demo records search results only: other checks would make every run incomplete."""


def audit(config: Path, *args: str) -> tuple[int, str, str]:
    """`run` on the search checks with ``config``."""
    return invoke("run", *SEARCH_ONLY, "-c", str(config), *args)


def later_artifacts(tmp_path: Path) -> Path:
    folder = tmp_path / "later-artifacts"
    folder.mkdir()
    for layer in ("artifacts", "artifacts-later"):
        for path in (demo_folder() / layer).glob("*.json"):
            shutil.copyfile(path, folder / path.name)
    return folder


def persona_config(tmp_path: Path) -> Path:
    """The demo persona, judged on regressions alone: no score bar, nothing blocking."""
    path = tmp_path / "presence-audit.yaml"
    text = (demo_folder() / "persona.yaml").read_text(encoding="utf-8")
    path.write_text(text + "\nscoring: {blocking_severity: none, ready: 0, almost: 0}\n",
                    encoding="utf-8")
    return path


def test_fail_on_regression_exits_1_on_the_later_snapshot_and_0_without(
        tmp_path: Path) -> None:
    config = persona_config(tmp_path)
    first, later = demo_folder() / "artifacts", later_artifacts(tmp_path)
    for flags, expected in (((), 0), (("--fail-on-regression",), 1)):
        history = tmp_path / f"history-{expected}.sqlite3"
        common = ["--history", str(history), "--format", "json"]
        code, _, err = audit(config, *common, "--from-artifacts", str(first), *flags)
        assert code == 0, err
        code, out, err = audit(config, *common, "--from-artifacts", str(later), *flags)
        assert code == expected, err
        assert "regression (error, score-drop)" in err
        assert json.loads(out)["changes"]["regressions"][0]["rule"] == "score-drop"


def test_a_baseline_file_replaces_the_history(tmp_path: Path) -> None:
    config = persona_config(tmp_path)
    baseline = tmp_path / "baseline.json"
    code, _, _ = audit(config, "--no-history", "-o", str(baseline),
                       "--from-artifacts", str(demo_folder() / "artifacts"))
    assert code == 0 and json.loads(baseline.read_text(encoding="utf-8"))["score"] is not None
    code, out, err = audit(config, "--no-history", "--format", "json",
                           "--baseline", str(baseline), "--fail-on-regression",
                           "--from-artifacts", str(later_artifacts(tmp_path)))
    assert code == 1, err
    changes = json.loads(out)["changes"]
    assert changes["before"]["label"] == "baseline.json"
    assert changes["results"] is None  # a report file keeps no result lists
    assert any(r["worse"] for r in changes["ranks"])
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "presence-audit").exists()


def test_run_records_into_the_user_data_folder_by_default(tmp_path: Path) -> None:
    config = persona_config(tmp_path)
    for _ in range(2):
        code, out, _ = audit(config, "--format", "json",
                             "--from-artifacts", str(demo_folder() / "artifacts"))
        assert code == 0
    default = Path(os.environ["XDG_DATA_HOME"]) / "presence-audit" / "history.sqlite3"
    assert default.is_file()
    assert json.loads(out)["changes"]["before"]["label"] == "run 1"


def test_the_config_names_the_history_file_or_turns_it_off(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = persona_config(tmp_path)
    base = config.read_text(encoding="utf-8")
    config.write_text(base + "history: {path: runs/h.sqlite3}\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the path is relative to the config file, not to here
    for _ in range(2):
        code, out, _ = audit(config, "--format", "json",
                             "--from-artifacts", str(demo_folder() / "artifacts"))
        assert code == 0
    assert (tmp_path / "runs" / "h.sqlite3").is_file()
    assert json.loads(out)["changes"]["before"]["label"] == "run 1"
    code, out, _ = invoke("history", "-c", str(config), "--format", "json")
    assert code == 0 and len(json.loads(out)["runs"]) == 2

    config.write_text(base + "history: {enabled: false}\n", encoding="utf-8")
    code, out, _ = audit(config, "--format", "json",
                         "--from-artifacts", str(demo_folder() / "artifacts"))
    assert code == 0 and "changes" not in json.loads(out)
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "presence-audit").exists()
    code, _, err = invoke("history", "-c", str(config))
    assert code == 2 and "history is disabled" in err


def test_no_history_records_nothing(tmp_path: Path) -> None:
    config = persona_config(tmp_path)
    code, out, _ = audit(config, "--no-history", "--format", "json",
                         "--from-artifacts", str(demo_folder() / "artifacts"))
    assert code == 0 and "changes" not in json.loads(out)
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "presence-audit").exists()
    code, _, err = audit(config, "--no-history", "--history", "x.db")
    assert code == 2 and "cannot be used together" in err


def test_a_regression_gate_with_nothing_to_compare_with_is_refused(tmp_path: Path) -> None:
    config = persona_config(tmp_path)
    code, out, err = audit(config, "--no-history", "--fail-on-regression",
                           "--from-artifacts", str(demo_folder() / "artifacts"))
    assert code == 2 and out == ""
    assert "--fail-on-regression has nothing to compare with" in err


@pytest.mark.parametrize(
    ("content", "problem"),
    [("[1, 2]", "not a JSON object"),
     ('{"score": 50}', "no list of results"),
     ('{"results": [3]}', "result 1 has no check_id and outcome"),
     ('{"results": [{"check_id": "search.a"}]}', "result 1 has no check_id and outcome"),
     ('{"results": [], "score": 61.5}', "score 61.5 is not a whole number"),
     ('{"results": [], "score": true}', "score True is not a whole number"),
     ('{"results": [], "generated_at": 3}', "generated_at is not a date")],
)
def test_a_baseline_that_is_not_a_report_is_refused(tmp_path: Path, content: str,
                                                    problem: str) -> None:
    config = persona_config(tmp_path)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    code, out, err = audit(config, "--no-history", "--baseline", str(baseline),
                           "--from-artifacts", str(demo_folder() / "artifacts"))
    assert code == 2 and out == "" and "Traceback" not in err
    assert f"is not a presence-audit JSON report ({problem}" in err


def test_diff_confirms_drops_over_the_runs_of_b_s_person(tmp_path: Path) -> None:
    from presence_audit.core.model import Subject
    from presence_audit.history.store import History

    def ranked(rank: int | None) -> dict[str, object]:
        data = {"domain": "adaexample.dev", "ranks": {"brave": {"Ada Example": rank}}}
        return {"generated_at": "2026-11-10T09:00:00Z", "score": 50, "verdict": "almost",
                "results": [{"check_id": "search.portfolio-rank", "title": "t",
                             "outcome": "warn", "data": data}]}

    path = tmp_path / "h.sqlite3"
    with History(path) as store:
        for rank in (2, None, None):
            store.record(ranked(rank), Subject(name="Ada Example"), {})
        store.record(ranked(1), Subject(name="Grace Example"), {})  # the latest run
    code, out, err = invoke("diff", "2", "3", "--history", str(path), "--format", "json")
    assert code == 0, err
    changes = json.loads(out)
    assert [r["rule"] for r in changes["regressions"]] == ["rank-drop"]
    assert "(2 runs in a row)" in changes["regressions"][0]["message"]


def test_diff_of_two_report_files_needs_no_history(tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    assert invoke("demo", "-o", str(report))[0] == 0
    code, out, err = invoke("diff", str(report), str(report),
                            "--history", str(tmp_path / "none.sqlite3"))
    assert code == 0, err
    assert "Score:\n  " in out and "(unchanged)" in out


def test_a_damaged_history_stops_the_run_before_it_starts_and_is_kept(tmp_path: Path) -> None:
    config = persona_config(tmp_path)
    history = tmp_path / "history.sqlite3"
    history.write_bytes(b"not a database at all" * 100)
    code, out, err = audit(config, "--history", str(history),
                           "--from-artifacts", str(demo_folder() / "artifacts"))
    assert code == 2
    assert "damaged or not a SQLite database" in err and "Traceback" not in err + out
    assert out == ""
    assert history.read_bytes() == b"not a database at all" * 100


def test_reading_commands_never_create_a_history(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    for args in (("history",), ("diff",)):
        code, _, err = invoke(*args, "--history", str(missing))
        assert code == 2 and "no history at" in err
    assert not missing.exists()


def test_diff_needs_two_runs_and_reads_report_files(tmp_path: Path) -> None:
    history = tmp_path / "h.sqlite3"
    invoke("demo", "--history", str(history), "--format", "json")
    code, _, err = invoke("diff", "--history", str(history))
    assert code == 2 and "only one run" in err
    first, later = tmp_path / "first.json", tmp_path / "later.json"
    invoke("demo", "-o", str(first))
    invoke("demo", "--snapshot", "later", "-o", str(later))
    code, out, _ = invoke("diff", str(first), str(later))
    assert code == 0
    assert "first.json" in out and "later.json" in out
    assert "Results about you:\n  not compared" in out
    (tmp_path / "junk.json").write_text("[1, 2]", encoding="utf-8")
    code, _, err = invoke("diff", str(first), str(tmp_path / "junk.json"))
    assert code == 2 and "not a presence-audit JSON report" in err


def test_the_markdown_report_goes_to_the_github_job_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = persona_config(tmp_path)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    args = ["--no-history", "--format", "json",
            "--from-artifacts", str(demo_folder() / "artifacts")]
    assert audit(config, *args)[0] == 0
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## presence-audit: Ada Example")
    assert audit(config, *args, "--no-step-summary")[0] == 0
    assert summary.read_text(encoding="utf-8") == text


def test_html_and_junit_are_formats_of_run(tmp_path: Path) -> None:
    config = persona_config(tmp_path)
    artifacts = str(demo_folder() / "artifacts")
    code, _, _ = audit(config, "--no-history", "-o",
                       str(tmp_path / "r.html"), "--from-artifacts", artifacts)
    assert code == 0
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, out, _ = audit(config, "--no-history", "--format", "junit",
                         "--from-artifacts", artifacts)
    assert code == 0 and out.startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_the_github_action_and_its_example_workflow_fit_the_cli() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"config", "fail-under", "format"} <= set(action["inputs"])
    scripts = [step["run"] for step in action["runs"]["steps"] if "run" in step]
    assert scripts
    for text in scripts:
        assert "${{" not in text  # inputs arrive as environment variables only
    script = scripts[-1]
    assert "presence-audit" in script
    for name in action["inputs"]:  # every input is used
        assert f"inputs.{name} }}}}" in json.dumps(action["runs"]["steps"]), name
    code, help_text, _ = invoke("run", "--help")
    assert code == 0
    for flag in set(re.findall(r"--[a-z-]+", script)):
        assert flag in help_text, flag
    workflow = yaml.safe_load((ROOT / "examples" / "github-workflow.yml").read_text(
        encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "schedule" in triggers and "workflow_dispatch" in triggers
    assert workflow["concurrency"]["group"]
    steps = workflow["jobs"]["audit"]["steps"]
    audit = next(s for s in steps if str(s.get("uses", "")).startswith("presence-audit/"))
    assert set(audit["with"]) <= set(action["inputs"])
    uploads = [s["with"]["path"] for s in steps if "upload-artifact" in str(s.get("uses"))]
    assert audit["with"]["output"] in uploads
    assert any(audit["with"]["history"].startswith(path) for path in uploads)
