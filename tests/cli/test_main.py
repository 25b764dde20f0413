"""The command line as users and CI scripts see it: output, files and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import ROOT
from presence_audit.cli import main
from presence_audit.demo import demo_folder

SERPS = demo_folder() / "artifacts" / "serps.json"


def invoke(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    if cwd is None:
        result = runner.invoke(main, list(args), catch_exceptions=False)
    else:
        old = Path.cwd()
        os.chdir(cwd)
        try:
            result = runner.invoke(main, list(args), catch_exceptions=False)
        finally:
            os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


def write_config(folder: Path, body: str) -> Path:
    path = folder / "presence-audit.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def replay_config(folder: Path, serps: dict[str, object], extra: str = "") -> Path:
    (folder / "serps.json").write_text(json.dumps(serps), encoding="utf-8")
    return write_config(folder, f"""\
        person: {{name: Ada Example, profession: data engineer}}
        portfolio: {{url: https://adaexample.dev}}
        profiles: {{linkedin: "https://www.linkedin.com/in/ada-example/"}}
        search:
          provider: replay
          replay: serps.json
          engines: [duckduckgo]
          queries: ["{{name}}"]
        {extra}""")


def serps_with(status: str, results: list[dict[str, object]]) -> dict[str, object]:
    error = {"kind": "timeout", "message": "engine timed out"} if status == "error" else None
    return {"name": "serps", "status": "ok", "source": "replay", "data": {"lists": [{
        "query": "Ada Example", "template": "{name}", "engine": "duckduckgo", "sample": 1,
        "status": status, "error": error, "results": results}]}}


OWNED_RESULTS = [
    {"rank": 1, "title": "Ada Example — data engineer", "url": "https://adaexample.dev/"},
    {"rank": 2, "title": "Ada Example | LinkedIn",
     "url": "https://www.linkedin.com/in/ada-example/"},
]


def test_demo_prints_a_full_report_without_network_or_config(tmp_path: Path) -> None:
    code, out, _ = invoke("demo", "--format", "markdown", cwd=tmp_path)
    assert code == 0
    for fragment in ("Ada Example", "search.name-results", "search.portfolio-rank",
                     "search.profile-rank"):
        assert fragment in out


def test_demo_json_carries_realistic_outcomes() -> None:
    code, out, _ = invoke("demo", "--format", "json")
    assert code == 0
    report = json.loads(out)
    outcomes = {r["check_id"]: r["outcome"] for r in report["results"]}
    assert outcomes["search.name-results"] == "info"
    assert outcomes["search.portfolio-rank"] == "warn"
    assert outcomes["search.profile-rank"] == "fail"
    assert outcomes["search.owned-share"] == "pass"
    assert report["score"] is not None and report["verdict"] in {"almost", "not-ready"}


def test_demo_exit_code_flag_reports_the_audit_outcome() -> None:
    code, _, _ = invoke("demo", "--format", "json", "--exit-code")
    assert code == 1


def test_run_ready_exits_0_and_writes_the_file_atomically(tmp_path: Path) -> None:
    config = replay_config(tmp_path, serps_with("ok", OWNED_RESULTS))
    out_file = tmp_path / "report.json"
    out_file.write_text("old report", encoding="utf-8")
    code, out, _ = invoke("run", "-c", str(config), "-o", str(out_file), "--select", "search")
    assert code == 0, out
    report = json.loads(out_file.read_text(encoding="utf-8"))  # suffix picked the format
    assert report["verdict"] == "ready"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_run_not_ready_exits_1(tmp_path: Path) -> None:
    namesakes = [{"rank": 1, "title": "Ada Example, painter", "url": "https://paint.example.org/"}]
    config = replay_config(tmp_path, serps_with("ok", namesakes))
    code, out, _ = invoke("run", "-c", str(config), "--format", "json")
    assert code == 1
    assert {r["outcome"] for r in json.loads(out)["results"]} >= {"fail"}


def test_fail_under_sets_the_bar(tmp_path: Path) -> None:
    results = [OWNED_RESULTS[1], {"rank": 2, "title": "x", "url": "https://x.example.org/"},
               {"rank": 3, "title": "y", "url": "https://y.example.org/"},
               {"rank": 4, "title": "Ada", "url": "https://adaexample.dev/"}]
    config = replay_config(tmp_path, serps_with("ok", results))
    code, out, _ = invoke("run", "-c", str(config), "--format", "json", "--select", "search")
    score = json.loads(out)["score"]
    assert code == 1 and 0 < score < 90
    code, _, _ = invoke("run", "-c", str(config), "--format", "json", "--select", "search",
                        "--fail-under", str(score))
    assert code == 0


def test_unmeasurable_search_exits_3_and_still_reports(tmp_path: Path) -> None:
    config = replay_config(tmp_path, serps_with("error", []))
    code, out, _ = invoke("run", "-c", str(config), "--format", "json", "--select", "search")
    assert code == 3
    report = json.loads(out)
    assert report["verdict"] == "incomplete"
    outcomes = {r["check_id"]: r["outcome"] for r in report["results"]}
    # What needs a measurement is an error; what has nothing to judge here is skipped.
    assert set(outcomes.values()) <= {"error", "skip"}
    for check_id in ("search.portfolio-rank", "search.profile-rank", "search.owned-share"):
        assert outcomes[check_id] == "error"
    assert all("timed out" in r["message"] for r in report["results"] if r["outcome"] == "error")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("person: {name: Ada\n", "YAML syntax error"),
        ("person: {name: Ada}\nsurch: {}\n", "unknown key 'surch'"),
        ("person: {name: Ada}\nsearch: {samples: lots}\n", "search.samples"),
        ("person: {}\n", "person.name is required"),
        ("person: {name: '${PA_TEST_UNSET_VAR}'}\n", "PA_TEST_UNSET_VAR"),
        ("person: {name: Ada}\nchecks: {search.nope: {enabled: false}}\n",
         "unknown check id 'search.nope'"),
    ],
    ids=["syntax", "unknown-key", "wrong-type", "missing-name", "env-var", "check-id"],
)
def test_config_mistakes_exit_2_with_the_line_and_no_traceback(
    tmp_path: Path, body: str, fragment: str
) -> None:
    config = write_config(tmp_path, body)
    code, out, err = invoke("run", "-c", str(config))
    assert code == 2
    assert fragment in err
    assert f"{config}:" in err
    assert "Traceback" not in err + out


def test_unknown_select_id_exits_2(tmp_path: Path) -> None:
    config = replay_config(tmp_path, serps_with("ok", OWNED_RESULTS))
    code, _, err = invoke("run", "-c", str(config), "--select", "search.portfolio-rnak")
    assert code == 2
    assert "did you mean 'search.portfolio-rank'" in err


def test_select_and_ignore_are_comma_separated_and_repeatable(tmp_path: Path) -> None:
    config = replay_config(tmp_path, serps_with("ok", OWNED_RESULTS))
    code, out, _ = invoke("run", "-c", str(config), "--format", "json",
                          "--select", "search.portfolio-rank,search.profile-rank",
                          "--ignore", "search.profile-rank")
    assert code == 0
    assert [r["check_id"] for r in json.loads(out)["results"]] == ["search.portfolio-rank"]


def test_save_then_audit_artifacts(tmp_path: Path) -> None:
    config = replay_config(tmp_path, serps_with("ok", OWNED_RESULTS))
    saved = tmp_path / "artifacts"
    code, first, _ = invoke("run", "-c", str(config), "--format", "json", "--select", "search",
                            "--save-artifacts", str(saved))
    assert code == 0 and (saved / "serps.json").is_file()
    (tmp_path / "serps.json").unlink()  # prove the second run does not gather
    code, second, _ = invoke("run", "-c", str(config), "--format", "json", "--select", "search",
                             "--from-artifacts", str(saved))
    assert code == 0
    assert json.loads(first)["results"] == json.loads(second)["results"]


def test_artifacts_folder_that_cannot_be_written_exits_2(tmp_path: Path) -> None:
    config = replay_config(tmp_path, serps_with("ok", OWNED_RESULTS))
    code, out, err = invoke("run", "-c", str(config), "--select", "search",
                            "--save-artifacts", str(tmp_path / "serps.json" / "saved"))
    assert code == 2
    assert "--save-artifacts: cannot create" in err
    assert "Traceback" not in err + out


def test_missing_default_config_exits_2(tmp_path: Path) -> None:
    code, _, err = invoke("run", cwd=tmp_path)
    assert code == 2
    assert "presence-audit init" in err


def test_checks_lists_builtins_and_configured_plugins(tmp_path: Path) -> None:
    write_config(tmp_path, f"person: {{name: Ada}}\ncheck_paths: [{ROOT / 'checks'}]\n")
    code, out, _ = invoke("checks", "--format", "json", cwd=tmp_path)
    assert code == 0
    ids = [row["id"] for row in json.loads(out)]
    assert "search.portfolio-rank" in ids and "curation.owned-snippets" in ids
    code, out, _ = invoke("checks", cwd=tmp_path)
    assert "curation.owned-snippets" in out and "Portfolio ranks for your name" in out


def test_explain_prints_the_docs_and_refuses_unknown_ids() -> None:
    code, out, _ = invoke("explain", "search.portfolio-rank")
    assert code == 0
    for section in ("What it checks", "Why it matters", "How to fix", "Options",
                    "`top`: int, default 3."):
        assert section in out
    code, _, err = invoke("explain", "search.portfolio")
    assert code == 2 and "unknown check id" in err


def test_init_writes_a_config_that_loads(tmp_path: Path) -> None:
    code, _, _ = invoke("init", "--yes", "--name", "Ada Example", "--portfolio",
                        "https://adaexample.dev", "--github", "ada-example", cwd=tmp_path)
    assert code == 0
    from presence_audit.config.load import load_config

    config = load_config(tmp_path / "presence-audit.yaml").config
    assert config.person.name == "Ada Example"
    assert config.portfolio.url == "https://adaexample.dev/"
    assert config.profiles.github == "ada-example"
    assert config.profiles.linkedin.url is None
    assert "# export:" in (tmp_path / "presence-audit.yaml").read_text(encoding="utf-8")
    code, _, err = invoke("init", "--yes", "--name", "Other", cwd=tmp_path)
    assert code == 2 and "already exists" in err


def test_init_asks_when_interactive(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "p.yaml"
    # Account and route to Google left blank, as the last two answers.
    answers = "Ada Example\ndata engineer\n\nhttps://adaexample.dev\n\n\n\n\n"
    result = runner.invoke(main, ["init", "-c", str(path)], input=answers)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert 'name: "Ada Example"' in text and 'profession: "data engineer"' in text
    assert "# location:" in text


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["run", "--help"],
                                  ["note", "--help"]])
def test_startup_imports_none_of_the_heavy_libraries(args: list[str]) -> None:
    heavy = ["requests", "bs4", "rich", "ddgs", "pydantic", "yaml", "tldextract"]
    code = textwrap.dedent(f"""
        import sys
        from presence_audit.cli import main
        try:
            main({args!r})
        except SystemExit as exc:
            assert exc.code == 0, exc.code
        loaded = [m for m in {heavy!r} if m in sys.modules]
        print("LOADED:" + ",".join(loaded), file=sys.stderr)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stderr.strip().splitlines()[-1] == "LOADED:", done.stderr


def test_an_interrupted_run_exits_130_not_1(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # CI reads 1 as "not ready"; an interruption is neither a verdict nor a crash.
    config = replay_config(tmp_path, serps_with("ok", OWNED_RESULTS))

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("presence_audit.runner.run", interrupted)
    code, _, err = invoke("run", "-c", str(config))
    assert code == 130
    assert "interrupted" in err


def test_init_keeps_the_linkedin_url_under_its_sources(tmp_path: Path) -> None:
    code, _, _ = invoke("init", "--yes", "--name", "Ada Example", "--linkedin",
                        "https://www.linkedin.com/in/ada-example/", cwd=tmp_path)
    assert code == 0
    from presence_audit.config.load import load_config

    linkedin = load_config(tmp_path / "presence-audit.yaml").config.profiles.linkedin
    assert linkedin.url == "https://www.linkedin.com/in/ada-example/"
    assert linkedin.export is None and linkedin.html is None


def test_explain_shows_literals_without_rst_markup() -> None:
    code, out, _ = invoke("explain", "search.portfolio-rank")
    assert code == 0
    assert "``" not in out
    assert "`top`" in out
