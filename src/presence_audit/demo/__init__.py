"""The bundled sample persona and the artifacts recorded for her."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from presence_audit.config import LoadedConfig, load_config
from presence_audit.runner import RunOutcome, RunRequest, run


def demo_folder() -> Path:
    # The package is installed as plain files (wheel or editable), so the folder is real.
    return Path(str(files("presence_audit.demo")))


def load_demo_config() -> LoadedConfig:
    return load_config(demo_folder() / "persona.yaml")


def run_demo(generated_at: str | None = None) -> tuple[LoadedConfig, RunOutcome]:
    """The real pipeline, auditing the persona's saved artifacts with the built-in checks."""
    from presence_audit.checks.registry import load_registry

    loaded = load_demo_config()
    registry = load_registry(use_entry_points=False)
    request = RunRequest(from_artifacts=demo_folder() / "artifacts", generated_at=generated_at)
    return loaded, run(loaded, registry, request)
