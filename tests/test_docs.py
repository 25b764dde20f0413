"""The docs are true to the code: the README catalogue and the example config."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import ROOT
from presence_audit.checks.catalogue import entries
from presence_audit.checks.registry import load_registry
from presence_audit.config.load import load_config
from presence_audit.render.catalogue import README_BEGIN, README_END, markdown
from presence_audit.runner import check_options

README = ROOT / "README.md"
REGENERATE = os.environ.get("PRESENCE_AUDIT_REGENERATE") == "1"


def readme_with_catalogue(text: str, table: str) -> str:
    head, rest = text.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    return f"{head}{README_BEGIN}\n{table}{README_END}{tail}"


def test_readme_catalogue_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    table = markdown(entries(load_registry(use_entry_points=False)))
    expected = readme_with_catalogue(text, table)
    if REGENERATE:
        README.write_text(expected, encoding="utf-8")
    assert text == expected, (
        "README catalogue is stale: "
        "run PRESENCE_AUDIT_REGENERATE=1 python -m pytest tests/test_docs.py"
    )


def test_example_config_is_valid_and_names_real_checks_and_options() -> None:
    loaded = load_config(ROOT / "config.example.yaml")
    options = check_options(loaded, load_registry(use_entry_points=False))
    assert options["search.portfolio-rank"]["top"] == 3


def test_example_config_shows_every_option_of_every_check_at_its_default() -> None:
    registry = load_registry(use_entry_points=False)
    given = check_options(load_config(ROOT / "config.example.yaml"), registry)
    for check_id in registry.checks:
        for name, option in registry.get(check_id).options.items():
            assert name in given.get(check_id, {}), f"config.example.yaml lacks {check_id}.{name}"
            assert given[check_id][name] == option.default, (check_id, name)


def test_example_config_sets_every_option_of_every_section() -> None:
    # Every field of every section appears in the example, so it documents them all.
    from presence_audit.config.schema import Config

    text = (ROOT / "config.example.yaml").read_text(encoding="utf-8")
    for section, field in Config.model_fields.items():
        assert f"{section}:" in text
        annotation = field.annotation
        for name, sub in getattr(annotation, "model_fields", {}).items():
            key = sub.alias or name
            assert f"  {key}:" in text, f"config.example.yaml lacks {section}.{key}"


def test_shipped_config_schema_is_current() -> None:
    from importlib.resources import files

    from presence_audit.config.json_schema import config_schema_text
    from presence_audit.schema import CONFIG_SCHEMA

    path = Path(str(files("presence_audit.schema").joinpath(CONFIG_SCHEMA)))
    expected = config_schema_text()
    if REGENERATE:
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, (
        "config.schema.json is stale: "
        "run PRESENCE_AUDIT_REGENERATE=1 python -m pytest tests/test_docs.py"
    )


def test_config_schema_accepts_the_example_config() -> None:
    import json

    import jsonschema
    import yaml

    from presence_audit.config.json_schema import config_schema_text

    example = yaml.safe_load((ROOT / "config.example.yaml").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(config_schema_text())).validate(example)


def _readme_command_rows() -> dict[tuple[str, ...], str]:
    """The Commands table's rows by command path (``("inspect", "page")``), whole row text."""
    import re

    text = README.read_text(encoding="utf-8").split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        match = re.match(r"\| `presence-audit ((?:inspect )?[a-z]+)", line)
        if match:
            rows[tuple(match.group(1).split())] = line
    return rows


def test_readme_commands_table_shows_every_flag_each_command_has() -> None:
    import re

    import click

    from presence_audit.cli import main

    rows = _readme_command_rows()
    context = click.Context(main)
    listed: set[tuple[str, ...]] = set()
    for name in main.list_commands(context):
        command = main.get_command(context, name)
        assert command is not None
        leaves = ([((name, sub), command.get_command(context, sub))
                   for sub in command.list_commands(context)]
                  if isinstance(command, click.Group) else [((name,), command)])
        for path, leaf in leaves:
            assert path in rows, f"README's commands table lacks `presence-audit {' '.join(path)}`"
            listed.add(path)
            shown = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", rows[path]))
            options = [p for p in leaf.params if isinstance(p, click.Option)]
            flags = {flag for option in options for flag in option.opts} - {"-h", "--help"}
            assert shown <= flags, (path, shown - flags)
            for option in options:
                if option.name != "help":
                    assert shown & set(option.opts), (path, option.opts)
    assert listed == set(rows)
