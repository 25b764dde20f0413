"""Render a report dict (``Report.to_dict()``) in one of the output formats.

Each format is a module of this package with ``render(report) -> str``. Modules are imported
only when chosen, so that importing this package (as every command does) does not pull in rich.
The report readings that every human-facing format shares are in ``render.common``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

FORMATS = ("terminal", "markdown", "json", "html", "junit", "github")
"""Format names, each the name of its module in this package."""


def render(
    report: Mapping[str, Any],
    fmt: str,
    *,
    color: bool | None = None,
    width: int | None = None,
    details: bool = False,
) -> str:
    """Render ``report`` as ``fmt``; ``color``, ``width`` and ``details`` (every check in
    full) apply to the terminal only."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    renderer: Callable[..., str] = import_module(f"{__name__}.{fmt}").render
    if fmt == "terminal":
        return renderer(report, color=color, width=width, details=details)
    return renderer(report)
