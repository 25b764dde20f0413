"""The docs are true to the code: the README catalogue and the example config."""

from __future__ import annotations

import os
from pathlib import Path

from presence_audit.catalogue import README_BEGIN, README_END, catalogue_markdown
from presence_audit.checks.registry import load_registry
from presence_audit.config import load_config

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
REGENERATE = os.environ.get("PRESENCE_AUDIT_REGENERATE") == "1"


def readme_with_catalogue(text: str, table: str) -> str:
    head, rest = text.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    return f"{head}{README_BEGIN}\n{table}{README_END}{tail}"


def test_readme_catalogue_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    table = catalogue_markdown(load_registry(use_entry_points=False))
    expected = readme_with_catalogue(text, table)
    if REGENERATE:
        README.write_text(expected, encoding="utf-8")
    assert text == expected, (
        "README catalogue is stale: "
        "run PRESENCE_AUDIT_REGENERATE=1 python -m pytest tests/test_docs.py"
    )


def test_example_config_is_valid_and_names_real_checks_and_options() -> None:
    loaded = load_config(ROOT / "config.example.yaml")
    options = loaded.validate_checks(load_registry(use_entry_points=False))
    assert options["search.portfolio-rank"]["top"] == 3


def test_example_config_sets_every_option_of_every_section() -> None:
    # Every field of every section appears in the example, so it documents them all.
    from presence_audit.config import Config

    text = (ROOT / "config.example.yaml").read_text(encoding="utf-8")
    for section, field in Config.model_fields.items():
        assert f"{section}:" in text
        annotation = field.annotation
        for name, sub in getattr(annotation, "model_fields", {}).items():
            key = sub.alias or name
            assert f"  {key}:" in text, f"config.example.yaml lacks {section}.{key}"


def test_shipped_config_schema_is_current() -> None:
    from importlib.resources import files

    from presence_audit.schema import CONFIG_SCHEMA, config_schema_text

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

    from presence_audit.schema import config_schema_text

    example = yaml.safe_load((ROOT / "config.example.yaml").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(config_schema_text())).validate(example)
