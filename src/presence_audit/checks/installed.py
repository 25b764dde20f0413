"""Installed plugins' entry points, without importing ``importlib.metadata`` when there are none.

Importing ``importlib.metadata`` and scanning every installed distribution costs ~40 ms, a
quarter of linting a note, to find, nearly always, that no plugin is installed. Whether any
distribution on ``sys.path`` declares the group at all is a glance at the same
``entry_points.txt`` files it would read (~2 ms); only then is it asked for the entry points.
Anything the glance cannot see into — a zip archive on the path, a finder that reports
distributions of its own — counts as declared, so a plugin is never missed.
"""

from __future__ import annotations

import importlib.machinery
import re
import sys
from pathlib import Path
from typing import Any


def entry_points(*, group: str) -> list[Any]:
    """The installed entry points of ``group`` (``importlib.metadata.EntryPoint`` objects)."""
    if not declared(group):
        return []
    from importlib.metadata import entry_points as installed

    return list(installed(group=group))


def declared(group: str, path: list[str] | None = None) -> bool:
    """Whether a distribution on ``path`` (``sys.path``) may declare entry points of ``group``."""
    if any(hasattr(finder, "find_distributions") and finder is not importlib.machinery.PathFinder
           for finder in sys.meta_path):
        return True
    header = re.compile(rf"^\s*\[\s*{re.escape(group)}\s*\]", re.MULTILINE)
    for entry in sys.path if path is None else path:
        folder = Path(entry or ".")
        if not folder.is_dir():
            if folder.exists():
                return True  # a zip archive: only importlib.metadata looks inside
            continue
        try:
            names = [child.name for child in folder.iterdir()]
        except OSError:
            return True
        for name in names:
            if name.endswith((".dist-info", ".egg-info")) and _declares(
                    folder / name / "entry_points.txt", header):
                return True
    return False


def _declares(path: Path, header: re.Pattern[str]) -> bool:
    try:
        return header.search(path.read_text(encoding="utf-8", errors="replace")) is not None
    except FileNotFoundError:
        return False
    except OSError:
        return True  # unreadable here; importlib.metadata will say what it makes of it
