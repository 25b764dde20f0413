"""Mistakes a new user makes: each exits 2 with the reason, before anything is gathered or kept."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from presence_audit.cli import main
from presence_audit.demo import demo_folder


def invoke(*args: str, cwd: Path | None = None, stdin: str | None = None
           ) -> tuple[int, str, str]:
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


def demo_config(folder: Path, extra: str = "") -> Path:
    path = folder / "presence-audit.yaml"
    path.write_text(textwrap.dedent(f"""\
        person: {{name: Ada Example, profession: data engineer}}
        history: {{path: history.sqlite3}}
        {extra}"""), encoding="utf-8")
    return path


def test_from_artifacts_on_a_folder_without_artifacts_names_what_it_looked_for(
        tmp_path: Path) -> None:
    config = demo_config(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = invoke("run", "-c", str(config), "--from-artifacts", str(empty))
    assert code == 2 and out == ""
    assert f"--from-artifacts: {empty} holds no saved artifacts" in err
    assert "serps.json" in err and "--save-artifacts" in err
    assert not (tmp_path / "history.sqlite3").exists()


def test_from_artifacts_with_some_artifacts_audits_them(tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    serps = demo_folder() / "artifacts" / "serps.json"
    (saved / "serps.json").write_text(serps.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = invoke("run", "-c", str(demo_config(tmp_path)), "--from-artifacts",
                          str(saved), "--select", "search", "--format", "json")
    assert code in (0, 1, 3)
    assert '"check_id": "search.portfolio-rank"' in out


@pytest.mark.parametrize("how", ["-o", "output.file"])
def test_a_report_into_a_missing_folder_exits_2_before_the_run(tmp_path: Path,
                                                               how: str) -> None:
    target = tmp_path / "no-such-folder" / "report.md"
    extra = f"output: {{file: {target}}}" if how == "output.file" else ""
    config = demo_config(tmp_path, extra)
    args = ["-o", str(target)] if how == "-o" else []
    code, out, err = invoke("run", "-c", str(config), "--from-artifacts",
                            str(demo_folder() / "artifacts"), *args)
    assert code == 2 and out == ""
    assert f"cannot write the report to {target}: there is no folder" in err
    assert not (tmp_path / "history.sqlite3").exists()  # nothing was recorded


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_query_is_a_usage_error(query: str) -> None:
    code, out, err = invoke("search", query)
    assert code == 2 and out == ""
    assert "QUERY is empty" in err


@pytest.mark.parametrize("value", ["www.meetup.com/lisbon-data/", "meetup", "ftp://x.example/"])
def test_ack_takes_only_http_addresses_and_keeps_nothing_else(value: str) -> None:
    from presence_audit.preflight.acks import default_path

    code, out, err = invoke("preflight", "--demo", "--ack", value)
    assert code == 2 and out == ""
    assert f"--ack: {value!r} is not an http(s) URL" in err
    demo_acks = default_path().with_name(f"demo-{default_path().name}")
    assert not demo_acks.exists()


def test_init_without_answers_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    code, _, err = invoke("init", "-c", str(path), stdin="Ada Example\n")
    assert code == 2
    assert "no answer to" in err and "--yes" in err
    assert "Traceback" not in err and "Aborted" not in err
    assert not path.exists()


def test_init_names_the_config_file_in_its_next_step(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    code, _, err = invoke("init", "-c", str(path), "--yes", "--name", "Ada Example")
    assert code == 0
    assert f"Next: presence-audit run -c {path}" in err
    code, _, err = invoke("init", "--yes", "--name", "Ada Example", cwd=tmp_path)
    assert code == 0
    assert err.strip().endswith("Next: presence-audit run")


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.clear()
    httpserver.stop()


def test_inspect_keeps_a_relative_cache_path_next_to_the_config(server: HTTPServer,
                                                                 tmp_path: Path) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_data(
        "<html><head><title>Jo Rivera</title></head></html>",
        content_type="text/html; charset=utf-8")
    settings, elsewhere = tmp_path / "settings", tmp_path / "elsewhere"
    settings.mkdir()
    elsewhere.mkdir()
    config = settings / "presence-audit.yaml"
    config.write_text("person: {name: Jo Rivera}\n"
                      "network: {allow_private: true, min_interval_seconds: 0, retries: 0,\n"
                      "          cache_path: http-cache.sqlite}\n", encoding="utf-8")
    code, out, _ = invoke("inspect", "page", server.url_for("/"), "-c", str(config),
                          cwd=elsewhere)
    assert code == 0, out
    assert (settings / "http-cache.sqlite").is_file()
    assert not (elsewhere / "http-cache.sqlite").exists()
