"""The bundled sample persona and the artifacts recorded for her."""

from __future__ import annotations

import json
import shutil
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Any

from presence_audit.config.load import LoadedConfig, load_config
from presence_audit.runner import RunOutcome, RunRequest, run


def demo_folder() -> Path:
    # The package is installed as plain files (wheel or editable), so the folder is real.
    return Path(str(files("presence_audit.demo")))


def load_demo_config() -> LoadedConfig:
    return load_config(demo_folder() / "persona.yaml")


SNAPSHOTS = ("first", "later")
"""Recorded states of the persona: ``later`` is a week on, with some things moved."""


def run_demo(generated_at: str | None = None,
             snapshot: str = "first") -> tuple[LoadedConfig, RunOutcome]:
    """The real pipeline, auditing the persona's saved artifacts with the built-in checks."""
    from presence_audit.checks.registry import load_registry

    if snapshot not in SNAPSHOTS:
        raise ValueError(f"unknown demo snapshot {snapshot!r}; choose {' or '.join(SNAPSHOTS)}")
    loaded = load_demo_config()
    registry = load_registry(use_entry_points=False)
    if snapshot == "first":
        request = RunRequest(from_artifacts=demo_folder() / "artifacts",
                             generated_at=generated_at)
        return loaded, run(loaded, registry, request, collectors={})
    with tempfile.TemporaryDirectory(prefix="presence-audit-demo-") as folder:
        lay_later_snapshot(Path(folder))
        request = RunRequest(from_artifacts=Path(folder), generated_at=generated_at)
        return loaded, run(loaded, registry, request, collectors={})


def lay_later_snapshot(folder: Path) -> None:
    """Write the later snapshot into ``folder``: the first one with ``artifacts-later/`` on top.

    A file there replaces the first snapshot's artifact of that name, except ``serps.json``,
    whose result lists replace only the lists of the same engine, query and sample. The later
    recording holds just what moved, so edits to the first recording show in both.
    """
    for path in (demo_folder() / "artifacts").glob("*.json"):
        shutil.copyfile(path, folder / path.name)
    for path in (demo_folder() / "artifacts-later").glob("*.json"):
        if path.name == "serps.json":
            _merge_result_lists(folder / path.name, path)
        else:
            shutil.copyfile(path, folder / path.name)


def _merge_result_lists(first: Path, later: Path) -> None:
    def key(item: dict[str, Any]) -> tuple[Any, ...]:
        return item.get("engine"), item.get("query"), item.get("sample", 1)

    merged = json.loads(first.read_text(encoding="utf-8"))
    update = json.loads(later.read_text(encoding="utf-8"))
    moved = {key(item): item for item in update["data"]["lists"]}
    lists = [moved.pop(key(item), item) for item in merged["data"]["lists"]]
    merged.update({k: v for k, v in update.items() if k != "data"})
    merged["data"]["lists"] = lists + list(moved.values())
    first.write_text(json.dumps(merged, ensure_ascii=False), encoding="utf-8")
