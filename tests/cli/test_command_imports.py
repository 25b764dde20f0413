"""Each command imports what it uses and no more: start-up is what a person waits for.

``demo``, ``preflight`` and ``run --from-artifacts`` read recorded artifacts, so they load no
collector and no HTTP stack; ``note`` without a config loads no config models; ``--help``
loads no command module at all. Each command runs in a
fresh interpreter, which reports the modules it ended with.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from presence_audit.demo import demo_folder

HTTP_STACK = ("requests", "urllib3", "requests_cache", "protego", "ddgs", "primp",
              "presence_audit.sources.http.client", "presence_audit.sources.collectors")
PARSERS = ("bs4", "lxml", "tldextract")


def command_modules() -> tuple[str, ...]:
    from presence_audit.cli import COMMANDS

    return tuple(target.split(":")[0] for target in COMMANDS.values())


def modules_after(args: list[str], cwd: Path) -> set[str]:
    code = textwrap.dedent(f"""
        import json, sys
        from presence_audit.cli import main
        try:
            main({args!r})
        except SystemExit as exc:
            assert exc.code in (0, 1, 3), exc.code
        print("MODULES:" + json.dumps(sorted(sys.modules)), file=sys.stderr)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=cwd, env={**os.environ, "COLUMNS": "100"})
    return set(json.loads(done.stderr.strip().splitlines()[-1].removeprefix("MODULES:")))


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n in modules or any(m.startswith(n + ".") for m in modules))


def test_each_summary_is_its_commands_own_help() -> None:
    import click

    from presence_audit.cli import COMMANDS, SUMMARIES, main

    assert list(SUMMARIES) == list(COMMANDS)
    context = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(context, name)
        assert command is not None
        assert SUMMARIES[name] == command.get_short_help_str(limit=1000), name


def test_help_reads_the_command_table_and_imports_no_command_module(tmp_path: Path) -> None:
    modules = modules_after(["--help"], tmp_path)
    heavy = ("pydantic", "yaml", "rich", "jinja2", "rapidfuzz", *HTTP_STACK, *PARSERS)
    assert loaded(modules, heavy) == []
    assert loaded(modules, command_modules()) == []


@pytest.mark.parametrize("args", [
    ["demo", "--format", "json"],
    ["preflight", "--demo", "--format", "json"],
    ["run", "-c", str(demo_folder() / "persona.yaml"), "--from-artifacts",
     str(demo_folder() / "artifacts"), "--format", "json", "--no-history", "--quiet"],
], ids=["demo", "preflight --demo", "run --from-artifacts"])
def test_recorded_artifacts_need_no_collector_and_no_http_stack(
        args: list[str], tmp_path: Path) -> None:
    modules = modules_after(args, tmp_path)
    assert loaded(modules, (*HTTP_STACK, "bs4", "tldextract", "rich", "jinja2")) == []


def test_note_without_a_config_imports_no_config_models(tmp_path: Path) -> None:
    # The pre-commit hook's case: a note file in a repository with no presence-audit.yaml.
    modules = modules_after(["note", "Hi Sam, I lead data at Foo. Shall we talk?"], tmp_path)
    assert loaded(modules, ("pydantic", "presence_audit.config.schema",
                            "presence_audit.config.load", "importlib.metadata",
                            "presence_audit.checks.search", *HTTP_STACK, *PARSERS)) == []


def test_note_with_a_config_reads_it(tmp_path: Path) -> None:
    (tmp_path / "presence-audit.yaml").write_text("person:\n  name: Ada Example\n",
                                                  encoding="utf-8")
    modules = modules_after(["note", "Hi Sam, I lead data at Foo. Shall we talk?"], tmp_path)
    assert loaded(modules, ("pydantic", "presence_audit.config.load")) == [
        "presence_audit.config.load", "pydantic"]


def test_demo_reads_its_saved_settings_without_the_config_models(tmp_path: Path) -> None:
    modules = modules_after(["demo", "--format", "json"], tmp_path)
    assert loaded(modules, ("pydantic", "presence_audit.config.load", "yaml",
                            "importlib.metadata")) == []


def test_demo_needs_none_of_the_libraries_its_data_is_too_small_for(tmp_path: Path) -> None:
    # Names' words are short (rapidfuzz), five medians (statistics), files beside the
    # modules (importlib.resources).
    modules = modules_after(["demo", "--format", "json"], tmp_path)
    assert loaded(modules, ("rapidfuzz", "statistics", "importlib.resources")) == []
