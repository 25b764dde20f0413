"""Fixtures shared by every test module."""

from __future__ import annotations

import pytest

from helpers import FakeDdgs


@pytest.fixture
def no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def fake_ddgs(monkeypatch: pytest.MonkeyPatch) -> FakeDdgs:
    """``ddgs.DDGS`` replaced at the provider boundary: no test reaches a search engine."""
    import ddgs

    fake = FakeDdgs()
    monkeypatch.setattr(ddgs, "DDGS", fake)
    return fake
