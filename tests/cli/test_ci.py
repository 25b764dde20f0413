"""CI conventions: step outputs, the Action's own environment and its incomplete-ok input."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from presence_audit.cli import main
from presence_audit.demo import demo_folder

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def _step(name: str) -> dict[str, str]:
    return next(step for step in ACTION["runs"]["steps"] if step.get("name") == name)


def test_run_sets_the_steps_score_and_verdict_outputs(tmp_path: Path) -> None:
    outputs = tmp_path / "github_output"
    outputs.write_text("earlier=1\n", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "run", "-c", str(demo_folder() / "persona.yaml"), "--no-history", "--format", "json",
        "--from-artifacts", str(demo_folder() / "artifacts")],
        env={"GITHUB_OUTPUT": str(outputs), "GITHUB_STEP_SUMMARY": ""})
    assert result.exit_code == 1
    assert outputs.read_text(encoding="utf-8") == "earlier=1\nscore=76\nverdict=almost\n"


def test_the_action_installs_into_its_own_virtual_environment() -> None:
    install = _step("Install presence-audit")["run"]
    assert '-m venv "$PA_VENV"' in install
    assert '"$bin/python" -m pip install' in install
    # Nothing is installed into the job's interpreter, nor put on its PATH.
    assert "python -m pip" not in install.replace('"$bin/python" -m pip', "")
    assert "GITHUB_PATH" not in install
    assert ACTION["runs"]["steps"][0]["with"]["update-environment"] is False
    assert {"score", "verdict", "report", "exit-code"} <= set(ACTION["outputs"])


@pytest.mark.skipif(shutil.which("bash") is None, reason="the Action's steps are bash")
@pytest.mark.parametrize(("code", "incomplete_ok", "step_exit"),
                         [(3, "true", 0), (3, "false", 3), (1, "true", 1), (0, "false", 0)])
def test_incomplete_ok_turns_only_exit_3_into_success(tmp_path: Path, code: int,
                                                      incomplete_ok: str, step_exit: int) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    stub = fake / "presence-audit"
    stub.write_text(f"#!/bin/sh\nexit {code}\n", encoding="utf-8")
    stub.chmod(stub.stat().st_mode | stat.S_IEXEC)
    outputs = tmp_path / "github_output"
    env = {**os.environ, "PA_BIN": str(fake), "GITHUB_OUTPUT": str(outputs),
           "PA_CONFIG": "presence-audit.yaml", "PA_FAIL_UNDER": "", "PA_FORMAT": "html",
           "PA_OUTPUT": "report.html", "PA_HISTORY": "", "PA_FAIL_ON_REGRESSION": "false",
           "PA_INCOMPLETE_OK": incomplete_ok}
    done = subprocess.run(["bash", "-e", "-c", _step("Audit")["run"]], env=env,
                          capture_output=True, text=True, check=False, timeout=30)
    assert done.returncode == step_exit, done.stderr
    written = outputs.read_text(encoding="utf-8")
    assert f"exit-code={code}\n" in written and "report=report.html\n" in written
    if step_exit != code:
        assert "::warning" in done.stdout


GOOD_NOTE = ("Hi Jordan, we overlapped at Acme Analytics. I'm a data engineer in Lisbon. "
             "Up for a quick call? Thanks, Ada")
BAD_NOTE = "Dear Sir/Madam, I would like to add you to my network. https://ada.example"


def _hook_args() -> list[str]:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "presence-audit-note" and hook["pass_filenames"] is True
    entry = hook["entry"].split()
    assert entry[:2] == ["presence-audit", "note"]
    return entry[2:]


def test_the_pre_commit_hook_lints_each_note_and_stops_on_a_bad_one(tmp_path: Path) -> None:
    good, bad = tmp_path / "jordan.txt", tmp_path / "sir.txt"
    good.write_text(GOOD_NOTE, encoding="utf-8")
    bad.write_text(BAD_NOTE, encoding="utf-8")
    runner = CliRunner()
    env = {"COLUMNS": "80", "NO_COLOR": "", "FORCE_COLOR": ""}
    result = runner.invoke(main, ["note", *_hook_args(), str(good)], env=env)
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["note", *_hook_args(), str(good), str(bad)], env=env)
    assert result.exit_code == 1
    assert f"== {good}" in result.stdout and f"== {bad}" in result.stdout
    assert "\x1b[" not in result.stdout
    assert runner.invoke(main, ["note", *_hook_args()], env=env).exit_code == 0


def test_several_words_without_quotes_are_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["note", "Hi", "Jordan"])
    assert result.exit_code == 2
    assert "in quotes" in result.stderr


@pytest.mark.parametrize(("words", "cword", "expected"), [
    ("presence-audit explain profile.h", "2", {"profile.headline"}),
    ("presence-audit run --select serch", "3", set()),
    ("presence-audit run --ignore search.name-results,port", "3",
     {"search.name-results,portfolio", "search.name-results,portfolio.reachable"}),
])
def test_shell_completion_offers_check_ids_and_categories(words: str, cword: str,
                                                          expected: set[str]) -> None:
    result = CliRunner().invoke(main, [], prog_name="presence-audit", env={
        "_PRESENCE_AUDIT_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": cword})
    offered = {line.split(",", 1)[1] for line in result.stdout.splitlines() if line}
    assert expected <= offered
    assert bool(offered) is bool(expected)
