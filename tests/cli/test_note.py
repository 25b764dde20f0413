"""`presence-audit note`: the note from an argument, a file or standard input; config optional;
same report, renderers and exit codes as `run`."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from presence_audit.cli import main
from presence_audit.schema import load_report_schema

GOOD = ("Hi Jordan, we overlapped at Acme Analytics. I'm a data engineer in Lisbon. Would you "
        "be up for a short call? Thanks, Ada")
BAD = "Dear Sir/Madam, I came across your profile. See adaexample . dev"


def invoke(*args: str, stdin: str | None = None, cwd: Path | None = None) -> tuple[int, str, str]:
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        outcome = CliRunner().invoke(main, ["note", *args], input=stdin, catch_exceptions=False)
    finally:
        os.chdir(old)
    return outcome.exit_code, outcome.stdout, outcome.stderr


def results(out: str) -> dict[str, str]:
    return {r["check_id"]: r["outcome"] for r in json.loads(out)["results"]}


def test_a_good_note_exits_0_without_any_config(tmp_path: Path) -> None:
    code, out, _ = invoke(GOOD, "--format", "json", cwd=tmp_path)
    assert code == 0
    report = json.loads(out)
    jsonschema.validate(report, load_report_schema())
    assert set(results(out).values()) == {"pass"}
    assert report["subject"]["name"] == "Connection note"
    assert [c["id"] for c in report["categories"]] == ["outreach"]
    assert report["sources"] == [{"artifact": "note", "status": "ok",
                                  "detail": f"{len(GOOD)} characters from the command line"}]


def test_a_bad_note_exits_1_and_each_finding_quotes_it(tmp_path: Path) -> None:
    code, out, _ = invoke(BAD, "--format", "json", cwd=tmp_path)
    assert code == 1
    found = results(out)
    assert found["outreach.no-links"] == "fail"
    assert found["outreach.generic"] == "fail"
    evidence = {r["check_id"]: [e["text"] for e in r["evidence"]]
                for r in json.loads(out)["results"]}
    assert evidence["outreach.no-links"] == [
        'an address broken up with spaces: "adaexample . dev"']


def test_the_note_from_standard_input(tmp_path: Path) -> None:
    code, out, _ = invoke("-", "--format", "json", stdin=GOOD + "\n", cwd=tmp_path)
    assert code == 0
    assert json.loads(out)["sources"][0]["detail"].endswith("from standard input")


def test_dash_as_the_file_reads_standard_input_too(tmp_path: Path) -> None:
    code, out, _ = invoke("-f", "-", "--format", "json", stdin=GOOD, cwd=tmp_path)
    assert code == 0
    assert json.loads(out)["sources"][0]["detail"].endswith("from standard input")


def test_standard_input_that_runs_on_is_not_a_note(tmp_path: Path) -> None:
    code, _, err = invoke("-", stdin="x" * 100_001, cwd=tmp_path)
    assert code == 2
    assert "standard input: more than 100000 characters" in err


def test_the_note_from_a_file_with_bom_and_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace(". ", ".\r\n").encode("utf-8") + b"\r\n")
    code, out, _ = invoke("-f", str(path), "--format", "json", cwd=tmp_path)
    assert code == 0
    length = next(r for r in json.loads(out)["results"] if r["check_id"] == "outreach.length")
    assert length["data"]["length"] == len(GOOD)


def test_limit_and_name_options(tmp_path: Path) -> None:
    _, out, _ = invoke(GOOD, "--limit", "100", "--name", "Bea Other", "--format", "json",
                       cwd=tmp_path)
    found = results(out)
    assert found["outreach.length"] == "fail"
    assert found["outreach.sign-off"] == "warn"
    assert json.loads(out)["subject"]["name"] == "Bea Other"


def test_the_config_supplies_name_limit_phrases_and_check_settings(tmp_path: Path) -> None:
    (tmp_path / "phrases.yaml").write_text("sign_offs: [ciao]\n", encoding="utf-8")
    (tmp_path / "presence-audit.yaml").write_text(textwrap.dedent("""\
        person: {name: Ada Example}
        outreach: {sender_name: Ada, note_limit: 150, phrase_files: [phrases.yaml]}
        checks:
          outreach.intro: {enabled: false}
    """), encoding="utf-8")
    note = GOOD.replace("Thanks, Ada", "Ciao, Ada")
    code, out, _ = invoke(note, "--format", "json", cwd=tmp_path)
    found = results(out)
    assert "outreach.intro" not in found
    assert found["outreach.sign-off"] == "pass"
    assert found["outreach.length"] == "pass"
    assert json.loads(out)["subject"]["name"] == "Ada Example"
    _, out, _ = invoke(note + " " + "x" * 40, "--format", "json", cwd=tmp_path)
    assert results(out)["outreach.length"] == "fail"
    assert code == 0


def test_a_broken_phrase_file_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "phrases.yaml").write_text("signoffs: [ciao]\n", encoding="utf-8")
    (tmp_path / "presence-audit.yaml").write_text(
        "person: {name: Ada}\noutreach: {phrase_files: [phrases.yaml]}\n", encoding="utf-8")
    code, _, err = invoke(GOOD, cwd=tmp_path)
    assert code == 2
    assert "unknown list 'signoffs'" in err


@pytest.mark.parametrize("fmt", ["terminal", "markdown"])
def test_explain_prints_the_advice_behind_each_rule(tmp_path: Path, fmt: str,
                                                    no_color: None) -> None:
    code, out, _ = invoke(BAD, "--format", fmt, "--explain", cwd=tmp_path)
    assert code == 1
    assert "Why these rules" in out
    assert "Why it matters" in out
    assert "LinkedIn stops the personal note at 300 characters" in out
    for check_id in ("outreach.length", "outreach.generic"):
        assert check_id in out.replace("\\", "")


def test_explain_with_json_is_refused(tmp_path: Path) -> None:
    code, _, err = invoke(GOOD, "--format", "json", "--explain", cwd=tmp_path)
    assert code == 2
    assert "--explain" in err


def test_the_report_can_be_written_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "note-report.md"
    code, out, _ = invoke(GOOD, "-o", str(target), cwd=tmp_path)
    assert code == 0
    assert out == ""
    assert "outreach.length" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give the note as TEXT"),
        (["hello", "-f", "note.txt"], "not both"),
        (["  \n "], "is empty"),
        (["-f", "missing.txt"], "no such note file"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    code, _, err = invoke(*args, cwd=tmp_path)
    assert code == 2
    assert message in err


def test_a_file_that_is_not_a_note_is_refused(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00garbage")
    code, _, err = invoke("-f", "binary.txt", cwd=tmp_path)
    assert code == 2
    assert "not UTF-8" in err


def test_run_lints_the_configured_note_file(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "note.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "presence-audit.yaml").write_text(
        "person: {name: Ada}\noutreach: {note_file: note.txt}\n", encoding="utf-8")
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        outcome = CliRunner().invoke(main, ["run", "--select", "outreach", "--format", "json"],
                                     catch_exceptions=False)
    finally:
        os.chdir(old)
    assert outcome.exit_code == 1
    assert results(outcome.stdout)["outreach.no-links"] == "fail"
