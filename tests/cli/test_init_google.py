"""`init` explains the three routes to Google and writes what the chosen ones need."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from presence_audit.cli import main
from presence_audit.config.load import parse_config


def test_the_routes_are_explained_and_the_chosen_ones_configured(tmp_path: Path) -> None:
    path = tmp_path / "presence-audit.yaml"
    answers = "Ada Example\n\n\n\n\n\n\nsaved console\n"  # account left blank
    result = CliRunner().invoke(main, ["init", "-c", str(path)], input=answers,
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "Three ways to see what Google shows for your name" in result.stderr
    assert "startpage" in result.stderr
    search = parse_config(path.read_text(encoding="utf-8"), path).config.search
    assert search.saved == ["serps/*.html"]
    assert search.console == "search-console-export.zip"
    assert "startpage" not in search.engines


def test_startpage_is_added_as_an_engine_and_an_unknown_route_is_refused(
        tmp_path: Path) -> None:
    path = tmp_path / "presence-audit.yaml"
    result = CliRunner().invoke(main, ["init", "-y", "--name", "Ada Example", "--google",
                                       "startpage", "-c", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    search = parse_config(path.read_text(encoding="utf-8"), path).config.search
    assert search.engines == ["duckduckgo", "brave", "startpage"]
    assert search.saved == [] and search.console is None

    refused = CliRunner().invoke(main, ["init", "-y", "--name", "Ada", "--google", "bing",
                                        "-c", str(tmp_path / "other.yaml")])
    assert refused.exit_code == 2
    assert "choose from saved, console, startpage" in refused.stderr
