"""Fixtures shared by every test module."""

from __future__ import annotations

import pytest


@pytest.fixture
def no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
