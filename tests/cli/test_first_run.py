"""A first run as a newcomer meets it: the report at every width, the conventions, the mistakes.

Everything goes through the command line, as a person or a CI job would use it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from presence_audit.cli import main

FIXTURES = Path(__file__).parents[1] / "fixtures"
OFFLINE = FIXTURES / "offline-run"
"""What `run --save-artifacts` gathered on a machine with no network (see its README)."""
MEASURED = re.compile(r"(\d+) of (\d+) checks? measured")


def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None,
           cwd: Path | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    environment = {"COLUMNS": "", "NO_COLOR": "", "FORCE_COLOR": "", **(env or {})}
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = runner.invoke(main, list(args), env=environment, input=input,
                               catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


def offline_run(tmp_path: Path, *args: str, env: dict[str, str] | None = None,
                ) -> tuple[int, str, str]:
    """`run` on the recorded offline artifacts, from a folder holding their config."""
    shutil.copy(OFFLINE / "presence-audit.yaml", tmp_path / "presence-audit.yaml")
    return invoke("run", "--from-artifacts", str(OFFLINE), "--no-history", *args, env=env,
                  cwd=tmp_path)


# -- the terminal report ------------------------------------------------------------------


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_the_terminal_report_fits_the_terminal_without_trailing_spaces(columns: int) -> None:
    code, out, _ = invoke("demo", "--format", "terminal", env={"COLUMNS": str(columns)})
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) == columns  # the width is used, and kept to
    assert [line for line in lines if line != line.rstrip()] == []


def test_a_terminal_narrower_than_60_columns_gets_60() -> None:
    _, out, _ = invoke("demo", "--format", "terminal", env={"COLUMNS": "40"})
    assert max(len(line) for line in out.splitlines()) == 60


def test_the_summary_comes_first_then_the_fixes_then_the_checks() -> None:
    _, out, _ = invoke("demo", "--format", "terminal", env={"COLUMNS": "100"})
    summary = out.index("40 of 40 checks measured")
    fixes = out.index("Fix these first")
    checks = out.index("Search presence")
    assert summary < fixes < checks


def test_each_fix_is_printed_once() -> None:
    _, out, _ = invoke("demo", "--format", "terminal", env={"COLUMNS": "120"})
    _, report, _ = invoke("demo", "--format", "json")
    flat = " ".join(out.split())
    for fix in json.loads(report)["top_fixes"]:
        assert flat.count(" ".join(fix["fix"].split())[:60]) == 1, fix["check_id"]


def test_passes_take_one_line_and_details_show_everything() -> None:
    _, out, _ = invoke("demo", "--format", "terminal", env={"COLUMNS": "120"})
    _, full, _ = invoke("demo", "--format", "terminal", "--details", env={"COLUMNS": "120"})
    _, short_flag, _ = invoke("demo", "--format", "terminal", "-v", env={"COLUMNS": "120"})
    line = next(line for line in out.splitlines() if "portfolio.canonical" in line)
    assert line.startswith("PASS") and "Canonical link points at the page" in line
    assert "The canonical link points at the page" not in out
    assert "The canonical link points at the page" in full
    stamp = re.compile(r"\d{4}-\d\d-\d\dT[\d:]+Z")
    assert stamp.sub("", short_flag) == stamp.sub("", full)
    assert len(full.splitlines()) > len(out.splitlines())


def test_an_offline_run_names_its_root_cause_once(tmp_path: Path) -> None:
    code, out, _ = offline_run(tmp_path, "--format", "terminal", env={"COLUMNS": "80"})
    assert code == 3
    flat = " ".join(out.split())
    assert "0 of 40 checks measured" in flat
    assert "Incomplete: nothing could be measured" in flat
    assert flat.count("host names do not resolve") == 1
    assert ("The search engines, GitHub and your portfolio could not be reached: no network? "
            "(host names do not resolve) — 19 checks not measured") in flat
    # Skips: one line per reason, not one per check.
    assert flat.count("no note given") == 1
    assert "7 checks skipped: no note given" in flat
    assert len(out.splitlines()) < 80


# -- every human format says how much was measured ------------------------------------------


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "github"])
def test_every_human_format_says_how_many_checks_were_measured(tmp_path: Path,
                                                               fmt: str) -> None:
    _, out, _ = offline_run(tmp_path, "--format", fmt)
    assert "0 of 40 checks measured" in " ".join(out.split())
    if fmt != "github":
        assert "Incomplete: nothing could be measured" in " ".join(out.split())


def test_the_json_report_lists_each_root_cause_with_its_checks(tmp_path: Path) -> None:
    _, out, _ = offline_run(tmp_path, "--format", "json")
    report = json.loads(out)
    [cause] = report["unmeasured"]
    assert cause["sources"] == ["serps", "github", "portfolio"]
    errors = [r["check_id"] for r in report["results"] if r["outcome"] == "error"]
    assert sorted(cause["checks"]) == sorted(errors)
    assert report["config"] == {"path": "presence-audit.yaml"}


# -- Markdown readable raw -----------------------------------------------------------------


def test_the_demo_markdown_is_readable_raw() -> None:
    _, out, _ = invoke("demo", "--format", "markdown")
    # It carried ~560 backslash escapes; what is left escapes only what would break (a
    # backtick in a fix, a "|" in a table cell): a handful, whatever the demo grows into.
    assert out.count("\\") <= 20
    assert "http\\:" not in out and "\\." not in out and "\\-" not in out
    assert "[adaexample.dev](https://adaexample.dev/)" in out


# -- -o FILE --------------------------------------------------------------------------------


def test_writing_a_file_says_so_in_one_line(tmp_path: Path) -> None:
    code, out, err = invoke("demo", "-o", str(tmp_path / "report.md"))
    assert code == 0 and out == ""
    assert err == (f"wrote {tmp_path / 'report.md'} — 76/100, almost ready "
                   "(40 of 40 checks measured)\n")
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("## presence-audit")


@pytest.mark.parametrize("command", [["demo"], ["run", "-c", str(OFFLINE / "presence-audit.yaml")]])
def test_an_unknown_suffix_is_a_usage_error_naming_the_formats(tmp_path: Path,
                                                               command: list[str]) -> None:
    target = tmp_path / "report.pdf"
    code, _, err = invoke(*command, "-o", str(target))
    assert code == 2
    assert "report.pdf" in err and ".md" in err and ".html" in err and "--format" in err
    assert not target.exists()


def test_an_explicit_format_still_writes_any_file_name(tmp_path: Path) -> None:
    code, _, _ = invoke("demo", "--format", "markdown", "-o", str(tmp_path / "report.txt"))
    assert code == 0
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("## presence")


# -- init -----------------------------------------------------------------------------------


def test_init_tidies_everyday_answers_and_asks_again_only_for_the_wrong_one(
    tmp_path: Path,
) -> None:
    answers = "\n".join([
        "Sam Tester", "product designer", "Berlin",
        "sam tester.dev",           # wrong: asked again
        "samtester.dev",
        "linkedin.com/company/x",   # wrong: asked again
        "linkedin.com/in/samtester",
        "@samtester",
        "gold",                     # wrong: asked again
        "Premium",
        "",                         # no route to Google set up
    ]) + "\n"
    code, _, err = invoke("init", input=answers, cwd=tmp_path)
    assert code == 0, err
    from presence_audit.config.load import load_config

    config = load_config(tmp_path / "presence-audit.yaml").config
    assert config.person.name == "Sam Tester" and config.person.location == "Berlin"
    assert config.portfolio.url == "https://samtester.dev/"
    assert config.profiles.linkedin.url == "https://www.linkedin.com/in/samtester/"
    assert config.profiles.github == "samtester"
    assert (config.outreach.account, config.outreach.note_limit) == ("premium", 300)
    assert "is not an account type: answer free or premium" in err
    assert "does not look like a web address" in err
    assert "not a public profile address" in err
    assert err.rstrip().endswith("Next: presence-audit run")


def test_init_account_flag_sets_the_note_limit(tmp_path: Path) -> None:
    code, _, err = invoke("init", "--yes", "--name", "Sam", "--account", "free", cwd=tmp_path)
    assert code == 0, err
    from presence_audit.config.load import load_config

    outreach = load_config(tmp_path / "presence-audit.yaml").config.outreach
    assert (outreach.account, outreach.note_limit) == ("free", 200)


def test_init_names_a_wrong_flag_and_writes_nothing(tmp_path: Path) -> None:
    code, _, err = invoke("init", "--yes", "--name", "Sam", "--github", "not a login!",
                          cwd=tmp_path)
    assert code == 2
    assert "--github:" in err and "is not a GitHub login" in err
    assert not (tmp_path / "presence-audit.yaml").exists()


# -- mistakes exit 2 before anything is gathered ---------------------------------------------


def test_missing_configured_files_exit_2_before_gathering(tmp_path: Path) -> None:
    (tmp_path / "presence-audit.yaml").write_text(textwrap.dedent("""\
        person: {name: Sam Tester}
        profiles:
          linkedin:
            export: exports/Basic_LinkedInDataExport.zip
            html: saved/profile.html
        outreach:
          note_file: notes/jordan.txt
        search:
          saved: [saved/google-ada.html]
          console: exports/search-console.zip
    """), encoding="utf-8")
    code, out, err = invoke("run", "--no-history", cwd=tmp_path)
    assert code == 2 and out == ""
    assert "presence-audit.yaml:4: profiles.linkedin.export:" in err
    assert "presence-audit.yaml:5: profiles.linkedin.html:" in err
    assert "presence-audit.yaml:7: outreach.note_file:" in err
    assert "presence-audit.yaml:9: search.saved.0:" in err
    assert "presence-audit.yaml:10: search.console:" in err
    assert err.count("does not exist") == 5


def test_inspect_linkedin_on_a_page_that_is_not_linkedin_says_so(tmp_path: Path) -> None:
    page = tmp_path / "blog.html"
    page.write_text("<html><head><title>My blog</title></head><body><h1>Hi</h1></body></html>",
                    encoding="utf-8")
    code, out, _ = invoke("inspect", "linkedin", str(page), "--format", "json")
    assert code == 2
    assert json.loads(out)["status"] == "not-a-linkedin-page"


def test_linkedins_profile_not_found_page_is_not_found(tmp_path: Path) -> None:
    page = tmp_path / "missing.html"
    page.write_text(
        "<html><head><title>Profile Not Found | LinkedIn</title>"
        '<link rel="canonical" href="https://www.linkedin.com/404/"></head>'
        '<body><h1 class="top-card-layout__title">Profile Not Found</h1></body></html>',
        encoding="utf-8")
    code, out, _ = invoke("inspect", "linkedin", str(page), "--format", "json")
    profile = json.loads(out)
    assert code == 3
    assert profile["status"] == "not-found" and profile["name"] is None


# -- your own portfolio is yours -------------------------------------------------------------


def test_your_own_portfolio_is_read_despite_robots_txt(tmp_path: Path,
                                                       httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n",
                                                               content_type="text/plain")
    httpserver.expect_request("/").respond_with_data(
        "<html><head><title>Sam Tester — product designer</title></head>"
        "<body><h1>Sam Tester</h1></body></html>", content_type="text/html")
    url = httpserver.url_for("/")
    (tmp_path / "presence-audit.yaml").write_text(textwrap.dedent(f"""\
        person: {{name: Sam Tester}}
        portfolio: {{url: "{url}"}}
        network: {{allow_private: true, cache: false, min_interval_seconds: 0, retries: 0}}
    """), encoding="utf-8")
    _, out, _ = invoke("run", "--select", "portfolio", "--format", "json", "--no-history",
                       cwd=tmp_path)
    results = {r["check_id"]: r for r in json.loads(out)["results"]}
    assert results["portfolio.title-has-name"]["outcome"] == "pass"
    assert results["portfolio.indexable"]["outcome"] == "fail"
    assert "robots.txt" in results["portfolio.indexable"]["message"]


# -- conventions ----------------------------------------------------------------------------


def test_github_format_annotates_failures_and_warnings() -> None:
    code, out, _ = invoke("demo", "--format", "github")
    assert code == 0
    lines = out.splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    _, report, _ = invoke("demo", "--format", "json")
    results = json.loads(report)["results"]
    assert sum(line.startswith("::error ") for line in lines) == sum(
        r["outcome"] == "fail" for r in results)
    assert sum(line.startswith("::warning ") for line in lines) == sum(
        r["outcome"] == "warn" for r in results)
    assert lines[-1].endswith("76/100, almost ready (40 of 40 checks measured)")


@pytest.mark.parametrize(("args", "env", "coloured"), [
    ([], {}, False),
    ([], {"FORCE_COLOR": "1"}, True),
    ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (["--color", "always"], {}, True),
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
])
def test_colour_follows_force_color_no_color_and_the_flag(args: list[str], env: dict[str, str],
                                                          coloured: bool) -> None:
    _, out, _ = invoke("demo", "--format", "terminal", *args, env=env)
    assert ("\x1b[" in out) is coloured


def test_the_config_is_found_up_the_tree_and_named_in_the_report(tmp_path: Path) -> None:
    shutil.copy(OFFLINE / "presence-audit.yaml", tmp_path / "presence-audit.yaml")
    deeper = tmp_path / "notes" / "drafts"
    deeper.mkdir(parents=True)
    code, out, _ = invoke("run", "--from-artifacts", str(OFFLINE), "--no-history",
                          "--format", "markdown", cwd=deeper)
    assert code == 3
    assert "## presence-audit: Sam Tester" in out
    assert "Config: ../../presence-audit.yaml" in out


@pytest.mark.parametrize(("typo", "meant"), [("serch", "search"),
                                             ("search.portfolo-rank", "search.portfolio-rank")])
def test_select_and_ignore_suggest_what_was_meant(typo: str, meant: str) -> None:
    for option in ("--select", "--ignore"):
        code, _, err = invoke("run", "-c", str(OFFLINE / "presence-audit.yaml"), option, typo)
        assert code == 2
        assert f"did you mean '{meant}'?" in err


def test_html_uses_the_configured_thresholds_and_links_fixes_to_checks(tmp_path: Path) -> None:
    _, out, _ = invoke("demo", "--format", "html")
    from bs4 import BeautifulSoup

    dom = BeautifulSoup(out, "html.parser")
    ids = {tag.get("id") for tag in dom.find_all(True)}
    jumps = [a["href"] for a in dom.select("#fixes a")]
    assert jumps and all(href[1:] in ids for href in jumps)
    assert "almost from 70, ready from 90" in dom.select_one("#categories").get_text()
    passes = dom.select("details.passes article.is-pass")
    assert passes and not dom.select("section.category > article.is-pass")


def _demo_config(tmp_path: Path, scoring: str) -> Path:
    from presence_audit.demo import demo_folder

    text = (demo_folder() / "persona.yaml").read_text(encoding="utf-8")
    config = tmp_path / "persona.yaml"
    # Paths in the persona are relative to its folder; keep them working from tmp_path.
    for name in ("linkedin-export", "linkedin-page.html", "artifacts/serps.json"):
        text = text.replace(f" {name}", f" {demo_folder() / name}")
    config.write_text(f"{text}\nscoring: {scoring}\n", encoding="utf-8")
    return config


def test_a_category_below_its_floor_keeps_the_run_from_ready(tmp_path: Path) -> None:
    from presence_audit.demo import demo_folder

    artifacts = str(demo_folder() / "artifacts")
    lenient = "{ready: 70, almost: 60, blocking_severity: none}"
    code, out, _ = invoke("run", "-c", str(_demo_config(tmp_path, lenient)), "--from-artifacts",
                          artifacts, "--no-history", "--format", "json")
    assert (code, json.loads(out)["verdict"]) == (0, "ready")
    floored = "{ready: 70, almost: 60, blocking_severity: none, min_category: {profile: 80}}"
    code, out, _ = invoke("run", "-c", str(_demo_config(tmp_path, floored)), "--from-artifacts",
                          artifacts, "--no-history", "--format", "markdown")
    assert code == 1
    assert "🟡 almost" in out
    assert "Public profiles scored 79, below its floor of 80 (scoring.min_category)" in out


def test_an_unknown_category_floor_is_a_config_error(tmp_path: Path) -> None:
    code, _, err = invoke("run", "-c", str(_demo_config(tmp_path, "{min_category: {profle: 80}}")))
    assert code == 2
    assert "min_category: unknown category 'profle'" in err


def test_a_run_with_history_draws_trends_and_category_deltas(tmp_path: Path) -> None:
    import jsonschema
    from bs4 import BeautifulSoup

    from presence_audit.schema import load_report_schema

    history = str(tmp_path / "h.sqlite3")
    _, out, _ = invoke("demo", "--history", history, "--format", "json")
    first = json.loads(out)
    _, out, _ = invoke("demo", "--snapshot", "later", "--history", history, "--format", "json")
    report = json.loads(out)
    jsonschema.Draft202012Validator(load_report_schema()).validate(report)
    assert [run["score"] for run in report["trend"]] == [first["score"], report["score"]]
    before = {c["id"]: c["score"] for c in first["categories"]}
    moved = [c for c in report["categories"] if c["score"] != before[c["id"]]]
    assert moved
    assert report["changes"]["categories"] == [
        {"id": c["id"], "title": c["title"], "before": before[c["id"]], "after": c["score"],
         "delta": c["score"] - before[c["id"]]} for c in moved]
    # The same report as a person reads it (a third run would compare later with later).
    from presence_audit.render import render

    search = next(c for c in report["changes"]["categories"] if c["id"] == "search")
    line = f"Search presence: {search['before']} → {search['after']} ({search['delta']:+d})"
    assert line in render(report, "markdown")
    dom = BeautifulSoup(render(report, "html"), "html.parser")
    assert f"{search['delta']:+d}" in dom.select_one("#categories").get_text()
    assert dom.select_one("svg.trend polyline") is not None
    assert len(dom.select("svg.spark polyline")) == len(report["categories"])
    assert dom.find("script") is None


def test_markdown_and_html_say_a_shared_reason_once(tmp_path: Path) -> None:
    _, markdown, _ = offline_run(tmp_path, "--format", "markdown")
    checks = markdown.split("### Sources")[0]  # the sources table keeps each source's detail
    assert checks.count("host names do not resolve") == 1
    assert checks.count("not measured: see *Not measured*, above") == 19
    _, html, _ = offline_run(tmp_path, "--format", "html")
    from bs4 import BeautifulSoup

    dom = BeautifulSoup(html, "html.parser")
    assert dom.select_one("#not-measured") is not None
    pointers = dom.select('#checks a[href="#not-measured"]')
    assert len(pointers) == 19
    assert "does not resolve" not in dom.select_one("#checks").get_text()


def test_two_runs_that_measured_nothing_show_no_what_changed(tmp_path: Path) -> None:
    shutil.copy(OFFLINE / "presence-audit.yaml", tmp_path / "presence-audit.yaml")
    history = str(tmp_path / "h.sqlite3")
    args = ("run", "--from-artifacts", str(OFFLINE), "--history", history)
    invoke(*args, "--format", "json", cwd=tmp_path)
    _, report, _ = invoke(*args, "--format", "json", cwd=tmp_path)
    assert "changes" in json.loads(report)  # compared, and nothing to say
    for fmt in ("terminal", "markdown", "html"):
        _, out, _ = invoke(*args, "--format", fmt, cwd=tmp_path)
        assert "What changed" not in out, fmt
    _, out, _ = invoke("diff", "--history", history, cwd=tmp_path)
    assert "not compared" in out  # asked for, the comparison still says what it could not do
