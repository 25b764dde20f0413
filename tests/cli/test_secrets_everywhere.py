"""Secrets planted in the config never leave the process: every output is searched for them.

Two ways a secret reaches the tool: the password of a URL in the config, and a token read from
the environment that a server echoes back in a redirect. Each run writes every report format,
saves its artifacts, records its history, caches pages and appends to the job summary; then
every byte of every file written, and both output streams, are searched for the values.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from presence_audit.cli import main

PASSWORD = "pw-Zq81xLeak"
TOKEN = "tok-Hv42yEcho"
PAGE = ("<html><head><title>Ada Example</title></head><body><h1>Ada Example</h1>"
        "<a href='mailto:ada@example.com'>Write to me</a></body></html>")


def _world(server: HTTPServer) -> None:
    def start(request: Request) -> Response:
        # The server echoes the token it was given into the URL it redirects to.
        return Response(status=302, headers={
            "Location": f"/landing?token={request.args.get('auth', '')}"})

    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/").respond_with_handler(start)
    server.expect_request("/landing").respond_with_data(PAGE, content_type="text/html")


def _outputs(root: Path, config: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in root.rglob("*")
            if path.is_file() and path != config}


@pytest.mark.parametrize("scenario", ["userinfo", "echoed-token"])
def test_no_output_holds_a_secret(scenario: str, tmp_path: Path, httpserver: HTTPServer,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _world(httpserver)
    base = httpserver.url_for("/").rstrip("/")
    if scenario == "userinfo":
        url = base.replace("http://", f"http://ada:{PASSWORD}@") + "/"
    else:
        url = base + "/?auth=${PA_TOKEN}"
    monkeypatch.setenv("PA_TOKEN", TOKEN)
    config = tmp_path / "presence-audit.yaml"
    config.write_text(textwrap.dedent(f"""\
        person: {{name: Ada Example}}
        portfolio: {{url: "{url}"}}
        network: {{allow_private: loopback, cache_path: cache/http.sqlite, retries: 0,
                   min_interval_seconds: 0}}
        history: {{path: history.sqlite3}}
        """), encoding="utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    streams = []
    for fmt, suffix in [("json", "json"), ("markdown", "md"), ("html", "html"),
                        ("junit", "xml"), ("terminal", "txt")]:
        result = CliRunner().invoke(main, [
            "run", "-c", str(config), "--select", "portfolio", "--format", fmt,
            "-o", str(tmp_path / f"report.{suffix}"), "--save-artifacts",
            str(tmp_path / "artifacts")], catch_exceptions=False)
        assert result.exit_code in (0, 1, 3), result.stderr
        streams += [result.stdout, result.stderr]
    outputs = _outputs(tmp_path, config)
    for folder in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        outputs.update(_outputs(Path(os.environ[folder]), config))
    assert summary in outputs and tmp_path / "history.sqlite3" in outputs
    assert any(path.suffix == ".sqlite" for path in outputs)
    secret = PASSWORD if scenario == "userinfo" else TOKEN
    leaks = [str(path) for path, data in outputs.items() if secret.encode() in data]
    leaks += [f"stream {i}" for i, text in enumerate(streams) if secret in text]
    assert leaks == []
    # The place the secret was is still visible, masked.
    assert "***" in (tmp_path / "report.json").read_text(encoding="utf-8")
