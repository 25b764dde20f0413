"""Helpers for tests: check modules built in memory, and a registry made of them."""

from __future__ import annotations

import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from presence_audit.checks.base import CheckContext, CheckSpec, Option
from presence_audit.checks.registry import Registry
from presence_audit.core.model import Finding, Outcome

TESTS = Path(__file__).resolve().parent
"""The test suite's folder; ``fixtures/`` and ``golden/`` are in it."""
ROOT = TESTS.parent
"""The repository."""
FIXTURES = TESTS / "fixtures"

DOC = """{title}

What it checks
--------------
Something measurable.

Why it matters
--------------
Because.

How to fix
----------
Do the thing.

Options
-------
{options}

Example
-------
An example.
"""


def make_check_module(
    check_id: str = "search.sample",
    *,
    requires: tuple[str, ...] = (),
    run: Callable[[CheckContext], Any] | None = None,
    severity: str = "medium",
    weight: float = 1,
    options: dict[str, Option] | None = None,
    **overrides: Any,
) -> types.ModuleType:
    """A module that satisfies the check contract unless ``overrides`` break it."""
    module = types.ModuleType(f"fake_{check_id.replace('.', '_').replace('-', '_')}")
    options = options or {}
    module.__doc__ = DOC.format(
        title=check_id,
        options="\n".join(f"{name}: {opt.help}" for name, opt in options.items()) or "None.",
    )
    module.ID = check_id  # type: ignore[attr-defined]
    module.TITLE = f"Title of {check_id}"  # type: ignore[attr-defined]
    module.CATEGORY = check_id.split(".", maxsplit=1)[0]  # type: ignore[attr-defined]
    module.SEVERITY = severity  # type: ignore[attr-defined]
    module.WEIGHT = weight  # type: ignore[attr-defined]
    module.REQUIRES = requires  # type: ignore[attr-defined]
    module.OPTIONS = options  # type: ignore[attr-defined]
    module.check = run or (lambda ctx: Finding(Outcome.PASS, "fine"))  # type: ignore[attr-defined]
    for name, value in overrides.items():
        if value is None:
            delattr(module, name)
        else:
            setattr(module, name, value)
    return module


def registry_of(*modules: types.ModuleType) -> Registry:
    registry = Registry()
    for module in modules:
        registry.add(CheckSpec.from_module(module, origin="test"))
    return registry


@dataclass
class FakeDdgs:
    """Stands in for ``ddgs.DDGS``: records how it was built and called, answers as told."""

    answer: list[dict[str, Any]] | BaseException = field(default_factory=list)
    built: list[dict[str, Any]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)

    def __call__(self, **kwargs: Any) -> FakeDdgs:
        self.built.append(kwargs)
        return self

    def text(self, query: str, **kwargs: Any) -> list[dict[str, Any]]:
        self.calls.append({"query": query, **kwargs})
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


@pytest.fixture
def fake_ddgs(monkeypatch: pytest.MonkeyPatch) -> FakeDdgs:
    import ddgs

    fake = FakeDdgs()
    monkeypatch.setattr(ddgs, "DDGS", fake)
    return fake


def demo_with_changes() -> dict[str, Any]:
    """The later demo snapshot compared with the first, as `demo --history` renders it."""
    from presence_audit.demo import run_demo
    from presence_audit.history.diff import Snapshot
    from presence_audit.history.regressions import assess

    snapshots = []
    for snapshot in ("first", "later"):
        loaded, outcome = run_demo(generated_at="2026-11-26T09:00:00Z", snapshot=snapshot)
        snapshots.append(Snapshot(
            outcome.report.to_dict(), f"{snapshot} run", subject=loaded.config.subject(),
            artifacts={n: a.to_dict() for n, a in outcome.artifacts.items()},
        ))
    assessment = assess(loaded.config.regressions, snapshots[:1], snapshots[1])
    assert assessment is not None
    return {**snapshots[1].report, "changes": assessment.changes()}
