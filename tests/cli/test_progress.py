"""The gathering display on stderr, and how `run` wires it and --no-cache."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console
from rich.live import Live

from presence_audit.cli import main
from presence_audit.cli.progress import LiveProgress, gather_progress
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.demo import demo_folder


def terminal() -> Console:
    return Console(file=io.StringIO(), force_terminal=True, width=100, color_system=None)


def shown(progress: LiveProgress) -> str:
    screen = Console(record=True, width=100, color_system=None, file=io.StringIO())
    screen.print(progress)
    return screen.export_text()


def test_one_line_per_source_with_its_status() -> None:
    progress = LiveProgress(terminal())
    try:
        progress.started("serps")
        progress.started("portfolio")
        assert "serps" in shown(progress) and "running" in shown(progress)
        progress.finished("serps", Artifact(name="serps", status=ArtifactStatus.OK,
                                            source="ddgs", detail="6 result lists"))
        progress.finished("portfolio", Artifact.failed(
            "portfolio", "page", "\x1b]0;owned\x07could not connect\n to ada.example"))
        progress.started("github")
        progress.finished("github", Artifact.skipped("github", "none", "not configured"))
        lines = shown(progress).splitlines()
    finally:
        progress.close()
    assert [line.split()[1:3] for line in lines] == [
        ["serps", "ok"], ["portfolio", "error"], ["github", "skipped"]]
    assert lines[0].rstrip().endswith("6 result lists")
    assert lines[1].rstrip().endswith("could not connect to ada.example")
    assert "owned" not in lines[1] and "\x1b" not in "".join(lines)


def test_a_source_that_measured_nothing_shows_as_the_report_shows_it() -> None:
    progress = LiveProgress(terminal())
    try:
        progress.started("serps")
        progress.finished("serps", Artifact(
            name="serps", status=ArtifactStatus.OK, source="ddgs",
            detail="nothing could be measured: all 2 result lists failed",
            problems=["duckduckgo: timeout"]))
        [line] = shown(progress).splitlines()
    finally:
        progress.close()
    assert line.split()[1:3] == ["serps", "error"]
    assert "✓" not in line and "✗" in line


def test_the_display_runs_on_a_terminal_and_stops_with_the_block() -> None:
    console = terminal()
    with gather_progress(quiet=False, console=console) as progress:
        assert isinstance(progress, LiveProgress)
        progress.started("serps")
    assert "serps" in console.file.getvalue()  # type: ignore[attr-defined]
    with Live(console=console):  # rich refuses a second live display while one is running
        pass


@pytest.mark.parametrize(("quiet", "console"), [
    (True, Console(file=io.StringIO(), force_terminal=True)),
    (False, Console(file=io.StringIO(), force_terminal=False)),
])
def test_silent_when_quiet_or_not_a_terminal(quiet: bool, console: Console) -> None:
    with gather_progress(quiet=quiet, console=console) as progress:
        assert progress is None
    assert console.file.getvalue() == ""  # type: ignore[attr-defined]


def requests_of_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *flags: str) -> list[Any]:
    from presence_audit import runner

    seen: list[Any] = []
    original = runner.run

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[2])
        return original(*args, **kwargs)

    monkeypatch.setattr(runner, "run", spy)
    config = tmp_path / "presence-audit.yaml"
    config.write_text(textwrap.dedent("""\
        person: {name: Ada Example}
        history: {enabled: false}
        """), encoding="utf-8")
    result = CliRunner().invoke(main, [
        "run", "-c", str(config), "--format", "json",
        "--from-artifacts", str(demo_folder() / "artifacts"), *flags,
    ])
    assert result.exit_code in (0, 1, 3), result.output
    return seen


def test_run_no_cache_reaches_the_runner(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    [request] = requests_of_run(tmp_path, monkeypatch, "--no-cache")
    assert request.use_cache is False
    assert request.progress is None  # the test's stderr is not a terminal
    [request] = requests_of_run(tmp_path, monkeypatch)
    assert request.use_cache is True


def test_a_running_source_shows_what_it_is_doing_and_for_how_long() -> None:
    from rich.console import Console

    from presence_audit.cli.progress import LiveProgress

    console = Console(width=100, record=True, force_terminal=False)
    progress = LiveProgress(console)
    progress.started("serps")
    progress.note("serps", "brave: 'Ada Example' (2 of 4)")
    console.print(progress)
    progress.close()
    shown = console.export_text()
    assert "serps" in shown and "running 0 s" in shown
    assert "brave: 'Ada Example' (2 of 4)" in shown
