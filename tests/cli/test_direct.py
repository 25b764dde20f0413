"""`note` and `demo` run without click give what click gives, and leave the rest to click."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import click
import pytest

from presence_audit.cli import direct, main

NOTE = "Hi Sam, I enjoyed your talk on testing. I lead QA at Acme. Shall we talk? Ada"


def click_command(name: str) -> click.Command:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    return command


def declared(option: direct.Option) -> dict[str, object]:
    return {"flags": set(option.flags), "name": option.name, "kind": option.kind,
            "default": option.default, "choices": option.choices, "bounds": option.bounds}


def clicks_own(param: click.Option, defaults: dict[str, object]) -> dict[str, object]:
    kind, choices, bounds = "text", (), (0, 0)
    if param.is_flag:
        kind = "flag"
    elif isinstance(param.type, click.Choice):
        kind, choices = "choice", tuple(param.type.choices)
    elif isinstance(param.type, click.IntRange):
        kind, bounds = "int", (param.type.min, param.type.max)
    elif isinstance(param.type, click.Path):
        assert not param.type.dir_okay and not param.type.exists
        kind = "path"
    else:
        assert param.type is click.STRING, param.name
    assert not param.multiple and param.envvar is None, param.name
    return {"flags": set(param.opts) | set(param.secondary_opts), "name": param.name,
            "kind": kind, "default": defaults[str(param.name)], "choices": choices,
            "bounds": bounds}


@pytest.mark.parametrize("name", sorted(direct.COMMANDS))
def test_the_table_states_each_option_as_the_click_command_declares_it(name: str) -> None:
    command = direct.COMMANDS[name]
    params = click_command(name).params
    # What the command's function is given when an option is not: click's own parse of nothing.
    defaults = click_command(name).make_context(name, []).params
    options = [p for p in params if isinstance(p, click.Option) and p.name != "help"]
    arguments = [p for p in params if isinstance(p, click.Argument)]
    assert sorted((declared(o) for o in command.options), key=str) == sorted(
        (clicks_own(o, defaults) for o in options), key=str)
    assert [(a.name, a.nargs) for a in arguments] == (
        [(command.arguments, -1)] if command.arguments else [])


Outcome = tuple[object, str, str]


def outcome(run: Callable[[], object], capsys: pytest.CaptureFixture[str]) -> Outcome:
    """(exit status, stdout, stderr); a command that returns exits 0, as the script does."""
    code: object = 0
    try:
        run()
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def through_click(args: list[str]) -> Callable[[], object]:
    return lambda: main(args, prog_name="presence-audit")


def directly(args: list[str]) -> Callable[[], object]:
    def run() -> None:
        assert direct.run(args), args
    return run


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "other.txt").write_text("Hi.", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("person:\n  nmae: Ada\n", encoding="utf-8")
    return tmp_path


PLAIN = [
    ["note", NOTE], ["note", "--format", "json", NOTE], ["note", NOTE, "--format=json"],
    ["note", "-f", "note.txt"], ["note", "-fnote.txt", "--color", "never"],
    ["note", "--name", "Ada", "--limit", "200", NOTE], ["note", "--name=Ada", "--", NOTE],
    ["note", "--explain", NOTE], ["note", "--files", "note.txt", "other.txt"],
    ["note", "--files"], ["note", NOTE, "extra"], ["note"], ["note", "-f", "missing.txt"],
    ["note", "-f", "note.txt", NOTE], ["note", "-c", "bad.yaml", NOTE],
    ["note", "--format", "json", "--explain", NOTE],
    ["demo", "--format", "json"], ["demo", "--format", "markdown", "--snapshot", "later"],
    ["demo", "--exit-code", "--format", "json"], ["demo", "-v", "--format", "markdown"],
]


_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?Z?")


def at_any_moment(result: Outcome) -> Outcome:
    """The outcome with its timestamps blanked: two runs a moment apart may straddle a second,
    and nothing else in them may differ."""
    code, out, err = result
    return code, _MOMENT.sub("<moment>", out), _MOMENT.sub("<moment>", err)


@pytest.mark.parametrize("args", PLAIN, ids=lambda args: " ".join(args)[:60])
def test_plain_arguments_give_what_click_gives(
        args: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert direct.parse(direct.COMMANDS[args[0]], args[1:]) is not None
    by_click = at_any_moment(outcome(through_click(args), capsys))
    assert at_any_moment(outcome(directly(args), capsys)) == by_click


@pytest.mark.parametrize("command", ["note", "demo"])
def test_a_report_file_is_written_alike(
        command: str, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tail = [NOTE] if command == "note" else []
    by_click = outcome(through_click([command, "-o", "a.json", *tail]), capsys)
    assert outcome(directly([command, "-o", "b.json", *tail]), capsys)[0] == by_click[0]
    first, second = (json.loads((workdir / name).read_text(encoding="utf-8"))
                     for name in ("a.json", "b.json"))
    for report in (first, second):
        report.pop("generated_at", None)
        report.pop("run", None)
    assert first == second


@pytest.mark.parametrize("args", [
    ["note", "--help"], ["note", "-h"], ["note", "--limit", "5000", NOTE],
    ["note", "--limit", "many", NOTE], ["note", "--format", "pdf", NOTE],
    ["note", "--colour", "never", NOTE], ["note", "--explain=yes", NOTE],
    ["note", "--name", "-Ada", NOTE], ["note", "--name"], ["note", "-f", "."],
    ["note", "-x", NOTE], ["demo", "extra"], ["demo", "--snapshot", "Later"],
    ["demo", "-vx"], ["run"], ["history", "-n", "5"], [],
], ids=lambda args: " ".join(args)[:60] or "nothing")
def test_anything_else_is_left_to_click(args: list[str], workdir: Path) -> None:
    assert direct.run(args) is False


def test_the_script_lints_a_note_without_importing_click(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("presence-audit")
    if not script.exists():
        pytest.skip("the console script is not installed beside this interpreter")
    code = ("import runpy, sys, atexit, json\n"
            "atexit.register(lambda: print('MODULES:' + json.dumps(sorted(sys.modules)),"
            " file=sys.stderr))\n"
            f"sys.argv = [{str(script)!r}, 'note', {NOTE!r}]\n"
            "from presence_audit.cli.launch import main\n"
            "main()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=tmp_path, env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode in (0, 1), done.stderr
    assert "Connection note" in done.stdout
    modules = json.loads(done.stderr.strip().splitlines()[-1].removeprefix("MODULES:"))
    assert [m for m in modules if m == "click" or m.startswith("click.")] == []


class FullDisk:
    """A standard output behind `> /dev/full`."""

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


@pytest.mark.parametrize("run", [through_click, directly], ids=["click", "direct"])
def test_a_report_that_cannot_be_written_is_a_clear_error(
        run: Callable[[list[str]], Callable[[], object]], workdir: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdout", FullDisk())
    code, _, err = outcome(run(["note", "--format", "json", NOTE]), capsys)
    assert code == 2
    assert err == ("presence-audit: error: cannot write the report to standard output: "
                   "No space left on device\n")
