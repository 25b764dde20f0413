"""What a hostile server or hostile files do to the commands a user runs, and what they see.

Each case is one the tool once got wrong: a redirect to the cloud metadata service followed
because private addresses were allowed, a cut-off gzip page judged as complete, a redirect to
``file://`` reported as the user's own mistake (exit 2), config files that exhaust memory or
stack, a FIFO that hangs a read forever.
"""

from __future__ import annotations

import gzip
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from presence_audit.cli import main

PAGE = ("<html><head><title>Ada Example</title></head><body><h1>Ada Example</h1>"
        + "<p>Data engineer.</p>" * 400
        + "<a href='mailto:ada@example.com'>Write to me</a></body></html>").encode()


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    yield httpserver
    httpserver.clear()
    httpserver.stop()


def config(tmp_path: Path, allow: str = "private") -> Path:
    path = tmp_path / "local.yaml"
    path.write_text("person: {name: Ada Example}\n"
                    f"network: {{allow_private: {allow}, cache: false,\n"
                    "          min_interval_seconds: 0, retries: 0, connect_timeout: 2}\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("allow", ["private", "loopback", "true"])
@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/",
                                    "http://[fd00:ec2::254]/latest/meta-data/",
                                    "http://100.100.100.200/latest/meta-data/",
                                    "http://2852039166/", "http://[::ffff:a9fe:a9fe]/"])
def test_no_setting_lets_a_redirect_reach_the_metadata_service(
        server: HTTPServer, tmp_path: Path, allow: str, target: str) -> None:
    server.expect_request("/").respond_with_data("", status=302, headers={"Location": target})
    code, out, err = invoke("inspect", "page", server.url_for("/"), "-c",
                            str(config(tmp_path, allow)), "--format", "json")
    assert code == 3, err
    error = json.loads(out)["data"]["fetch_error"]
    assert error["kind"] == "refused-private-address"
    assert "cloud metadata service" in error["message"]
    assert "under every network.allow_private setting" in error["message"]


def test_allow_private_true_still_works_and_says_it_is_deprecated(
        server: HTTPServer, tmp_path: Path) -> None:
    server.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    code, _, err = invoke("inspect", "page", server.url_for("/"), "-c",
                          str(config(tmp_path, "true")), "--format", "json")
    assert code == 0
    assert "network.allow_private: true is deprecated and means private" in err
    assert "local.yaml:2:" in err


def test_loopback_does_not_open_private_networks(tmp_path: Path) -> None:
    code, out, _ = invoke("inspect", "page", "http://192.168.1.1/", "-c",
                          str(config(tmp_path, "loopback")), "--format", "json")
    assert code == 3
    assert "allow_private is private" in json.loads(out)["data"]["fetch_error"]["message"]


def test_a_cut_off_gzip_page_is_an_error_not_a_page(server: HTTPServer,
                                                    tmp_path: Path) -> None:
    body = gzip.compress(PAGE)
    server.expect_request("/").respond_with_data(
        body[: len(body) // 3], content_type="text/html", headers={"Content-Encoding": "gzip"})
    code, out, _ = invoke("inspect", "page", server.url_for("/"), "-c", str(config(tmp_path)),
                          "--format", "json")
    assert code == 3
    artifact = json.loads(out)
    assert artifact["status"] == "error"
    assert artifact["data"]["fetch_error"]["kind"] == "incomplete-body"


@pytest.mark.parametrize("target", ["file:///etc/passwd", "gopher://127.0.0.1/"])
def test_a_redirect_to_another_scheme_is_the_sources_error_not_a_usage_error(
        server: HTTPServer, tmp_path: Path, target: str) -> None:
    server.expect_request("/").respond_with_data("", status=302, headers={"Location": target})
    code, out, _ = invoke("inspect", "page", server.url_for("/"), "-c", str(config(tmp_path)),
                          "--format", "json")
    assert code == 3
    assert json.loads(out)["data"]["fetch_error"]["kind"] == "bad-redirect"


def _alias_bomb() -> str:
    lines = ["person: {name: Ada}", "x-bomb:", "  a0: &a0 [lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("text", "problem"), [
    (_alias_bomb(), "expands to more than 100,000 values"),
    ("person: {name: Ada}\nchecks: " + "[" * 5000 + "]" * 5000 + "\n",
     "nests deeper than 64 levels"),
    ("person:\n  name: Ada\n  context:\n" + "    - filler text for a long config\n" * 40_000,
     "larger than 1024 KiB"),
    ("person: {name: Ada}\nnetwork: {workers: true}\n", "network.workers"),
    ("person: {name: 1984}\n", "person.name"),
    ("person: {name: Ada}\nnetwork: {allow_private: yes-please}\n", "network.allow_private"),
])
def test_config_bombs_and_wrong_types_exit_2_at_once_naming_the_problem(
        tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "presence-audit.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    code, out, err = invoke("checks", "-c", str(path), "--format", "json")
    assert time.monotonic() - started < 5  # seconds, not the minutes or gigabytes of before
    assert code == 2 and out == ""
    assert problem in err and "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_fifo_in_an_export_or_as_a_config_or_note_is_refused_without_waiting(
        tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    os.mkfifo(export / "Profile.csv")
    code, out, _ = invoke("inspect", "linkedin", str(export), "--format", "json")
    assert code == 3
    assert "named pipe (FIFO)" in json.loads(out)["detail"]
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    code, _, err = invoke("checks", "-c", str(fifo))
    assert code == 2 and "named pipe (FIFO), not a regular file" in err
    code, _, err = invoke("note", "-f", str(fifo))
    assert code == 2 and "named pipe (FIFO), not a regular file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_symlink_to_a_fifo_or_a_device_is_followed_and_refused(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    os.mkfifo(tmp_path / "pipe")
    (export / "Profile.csv").symlink_to(tmp_path / "pipe")
    (export / "Skills.csv").symlink_to("/dev/zero")
    code, out, _ = invoke("inspect", "linkedin", str(export), "--format", "json")
    assert code == 3
    detail = json.loads(out)["detail"]
    assert "(→ " in detail and "not a regular file" in detail
    note = tmp_path / "note.txt"
    note.symlink_to("/dev/zero")
    code, _, err = invoke("note", "-f", str(note))
    assert code == 2 and "is a device, not a regular file" in err
