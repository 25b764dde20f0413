"""The demo's saved run settings: current, equal in effect to the persona's config, and ignored
once the persona changes."""

from __future__ import annotations

import os

import pytest

from presence_audit import demo
from presence_audit.config.load import LoadedConfig
from presence_audit.config.plain import PlainSettings
from presence_audit.demo import (
    SETTINGS,
    audit_demo,
    demo_folder,
    demo_settings,
    load_demo_config,
    settings_text,
)

FIXED_TIME = "2026-11-26T09:00:00Z"


def test_the_saved_settings_are_current() -> None:
    path = demo_folder() / SETTINGS
    if os.environ.get("PRESENCE_AUDIT_REGENERATE") == "1":
        path.write_text(settings_text(), encoding="utf-8")
    assert path.read_text(encoding="utf-8") == settings_text(), (
        f"{SETTINGS} is stale: run PRESENCE_AUDIT_REGENERATE=1 python -m pytest "
        "tests/demo/test_demo_settings.py")
    assert isinstance(demo_settings(), PlainSettings)


@pytest.mark.parametrize("snapshot", ["first", "later"])
def test_the_saved_settings_audit_as_the_config_does(snapshot: str) -> None:
    plain = audit_demo(demo_settings(), generated_at=FIXED_TIME, snapshot=snapshot)
    full = audit_demo(load_demo_config(), generated_at=FIXED_TIME, snapshot=snapshot)
    assert plain.report.to_dict() == full.report.to_dict()


def test_an_edited_persona_is_loaded_from_its_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "checksum", lambda text: "edited")
    assert isinstance(demo_settings(), LoadedConfig)
