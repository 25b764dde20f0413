"""The bundled sample persona and the artifacts recorded for her."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presence_audit.core.fileio import checksum
from presence_audit.runner import RunOutcome, RunRequest, RunSettings, run

if TYPE_CHECKING:
    from presence_audit.config.load import LoadedConfig

PERSONA = "persona.yaml"
SETTINGS = "persona.settings.json"
"""What a run reads of ``persona.yaml`` (``config.plain``), with a checksum of the file it was
written from. The demo is the first thing a new user runs, and validating the persona's config
meant importing the config models, most of its start-up; the copy is read only while it
matches the file, so an edited persona is always loaded and validated. A test keeps the copy
current."""


def demo_folder() -> Path:
    # The package is installed as plain files (wheel or editable), so the folder is real.
    return Path(__file__).parent


def load_demo_config() -> LoadedConfig:
    from presence_audit.config.load import load_config

    return load_config(demo_folder() / PERSONA)


def demo_settings() -> RunSettings:
    """The persona's run settings: the checked copy while it matches, else the config itself."""
    from presence_audit.config.plain import PlainSettings

    persona = demo_folder() / PERSONA
    try:
        saved = json.loads((demo_folder() / SETTINGS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    if isinstance(saved, dict) and saved.get("source") == checksum(
            persona.read_text(encoding="utf-8")):
        return PlainSettings.from_dict(saved["settings"], label=str(persona))
    return load_demo_config()


def settings_text() -> str:
    """What ``persona.settings.json`` holds for ``persona.yaml`` as it is now."""
    source = (demo_folder() / PERSONA).read_text(encoding="utf-8")
    saved = {"source": checksum(source), "settings": load_demo_config().plain().to_dict()}
    return json.dumps(saved, indent=2, ensure_ascii=False) + "\n"


SNAPSHOTS = ("first", "later")
"""Recorded states of the persona: ``later`` is a week on, with some things moved."""


def run_demo(generated_at: str | None = None,
             snapshot: str = "first") -> tuple[LoadedConfig, RunOutcome]:
    """The real pipeline, auditing the persona's saved artifacts with the built-in checks."""
    loaded = load_demo_config()
    return loaded, audit_demo(loaded, generated_at=generated_at, snapshot=snapshot)


def audit_demo(settings: RunSettings, *, generated_at: str | None = None,
               snapshot: str = "first") -> RunOutcome:
    """``run_demo`` with the persona's settings given (``demo_settings()``, or its config)."""
    from presence_audit.checks.registry import load_registry

    if snapshot not in SNAPSHOTS:
        raise ValueError(f"unknown demo snapshot {snapshot!r}; choose {' or '.join(SNAPSHOTS)}")
    registry = load_registry(use_entry_points=False)
    if snapshot == "first":
        request = RunRequest(from_artifacts=demo_folder() / "artifacts",
                             generated_at=generated_at)
        return run(settings, registry, request, collectors={})
    import tempfile

    with tempfile.TemporaryDirectory(prefix="presence-audit-demo-") as folder:
        lay_later_snapshot(Path(folder))
        request = RunRequest(from_artifacts=Path(folder), generated_at=generated_at)
        return run(settings, registry, request, collectors={})


def lay_later_snapshot(folder: Path) -> None:
    """Write the later snapshot into ``folder``: the first one with ``artifacts-later/`` on top.

    A file there replaces the first snapshot's artifact of that name, except ``serps.json``,
    whose result lists replace only the lists of the same engine, query and sample. The later
    recording holds just what moved, so edits to the first recording show in both.
    """
    import shutil

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
