"""`presence-audit --help` answered without click reads exactly as click's own help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from presence_audit.cli import main
from presence_audit.cli.quick_help import quick_help, width_for

SCRIPT = Path(sys.executable).with_name("presence-audit")


def clicks_help(width: int) -> str:
    context = click.Context(main, info_name="presence-audit", terminal_width=width,
                            **main.context_settings)
    return main.get_help(context) + "\n"


@pytest.mark.parametrize("width", range(50, 79))
def test_the_quick_help_is_clicks_help_at_every_width(width: int) -> None:
    assert quick_help(width) == clicks_help(width)


@pytest.mark.parametrize("columns", [1, 20, 49, 50, 52, 53, 60, 79, 80, 81, 120, 400])
def test_the_width_is_the_one_click_picks(columns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert width_for(columns) == click.HelpFormatter().width


@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed here")
@pytest.mark.parametrize("columns", ["60", "120"])
def test_the_installed_script_prints_it_without_importing_click(columns: str,
                                                                 tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": columns}
    done = subprocess.run([sys.executable, "-X", "importtime", str(SCRIPT), "--help"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "presence_audit.cli.quick_help" in imported
    assert "click" not in imported
    assert done.stdout == clicks_help(width_for(int(columns)))
