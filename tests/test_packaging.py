"""Packaging tells the truth: every third-party module the package imports is declared, every
declared dependency is imported (or its data read), and the licence the metadata names ships."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "presence_audit"
# Read for their data rather than imported: tldextract's bundled Public Suffix List snapshot.
DATA_ONLY = {"tldextract"}


def _declared() -> set[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)^\]", text, re.S | re.M)
    assert block is not None
    names = re.findall(r'"([A-Za-z0-9_.-]+)', block.group(1))
    return {_normal(name) for name in names}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m != "presence_audit"}


def test_every_imported_distribution_is_declared_and_every_declared_one_used() -> None:
    owners = packages_distributions()
    imported = {_normal(dist) for module in _imported_modules()
                for dist in owners.get(module, [module])}
    declared = _declared()
    assert imported - declared == set(), "imported but not declared"
    assert declared - imported - DATA_ONLY == set(), "declared but never imported"


def test_the_licence_the_metadata_names_ships() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in text
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "presence-audit contributors" in licence
