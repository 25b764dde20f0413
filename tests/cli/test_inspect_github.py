"""`inspect github LOGIN` as users and scripts see it: the token is used, never printed."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from presence_audit.cli import main


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["inspect", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@responses.activate
def test_inspect_github(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECT_GH_TOKEN", "ghp_do_not_print_me")
    responses.get("https://api.github.com/users/ada-example", json={
        "login": "ada-example", "name": "Ada Example", "bio": None, "blog": "",
        "html_url": "https://github.com/ada-example",
        "avatar_url": "https://avatars.githubusercontent.com/u/1?v=4"})
    config = tmp_path / "presence-audit.yaml"
    config.write_text(textwrap.dedent("""\
        person: {name: Ada Example}
        profiles: {github_token_env: INSPECT_GH_TOKEN}
        network: {cache: false, retries: 0, min_interval_seconds: 0}
    """), encoding="utf-8")
    code, out, _ = invoke("github", "https://github.com/ada-example", "--format", "json",
                          "-c", str(config))
    assert code == 0
    data = json.loads(out)
    assert (data["login"], data["bio"], data["authenticated"]) == ("ada-example", None, True)
    assert "ghp_do_not_print_me" not in out
    assert responses.calls[0].request.headers["Authorization"] == "Bearer ghp_do_not_print_me"
    code, out, _ = invoke("github", "ada-example", "-c", str(config))
    assert code == 0
    assert "bio" in out and "none" in out


@responses.activate
def test_inspect_github_failures(tmp_path: Path) -> None:
    responses.get("https://api.github.com/users/nobody-here", status=404,
                  json={"message": "Not Found"})
    config = tmp_path / "presence-audit.yaml"
    config.write_text("person: {name: A}\nnetwork: {cache: false, retries: 0}\n",
                      encoding="utf-8")
    code, out, _ = invoke("github", "nobody-here", "-c", str(config))
    assert code == 3
    assert "not-found" in out
    code, _, err = invoke("github", "not a login!")
    assert code == 2
    assert "is not a GitHub login" in err


def test_a_token_given_as_token_env_is_refused_and_never_echoed() -> None:
    result = CliRunner().invoke(main, ["inspect", "github", "ada-example", "--token-env",
                                       "ghp_pasted_by_mistake_0123"])
    assert result.exit_code == 2
    assert "NAME of an environment variable" in result.stderr
    assert "ghp_pasted_by_mistake_0123" not in result.stdout + result.stderr
