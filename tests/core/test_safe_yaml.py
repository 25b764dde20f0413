"""The C loader reads every bundled YAML file exactly as the pure-Python safe loader does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import presence_audit
from presence_audit.core.safe_yaml import safe_load

PACKAGE = Path(presence_audit.__file__).resolve().parent
BUNDLED = sorted(PACKAGE.rglob("*.yaml"))


def test_there_are_bundled_files_to_compare() -> None:
    assert len(BUNDLED) >= 3


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_bundled_yaml_reads_the_same_with_either_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)


def test_it_refuses_what_the_safe_loader_refuses() -> None:
    with pytest.raises(yaml.YAMLError):
        safe_load("!!python/object/apply:os.system ['true']")
