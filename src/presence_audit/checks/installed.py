"""Installed plugins' entry points, without importing ``importlib.metadata`` when there are none.

Importing ``importlib.metadata`` and scanning every installed distribution costs ~40 ms, a
quarter of linting a note, to find, nearly always, that no plugin is installed. Whether any
distribution on ``sys.path`` declares the group at all is a glance at the same
``entry_points.txt`` files it would read (~1 ms); only then is it asked for the entry points.
Anything the glance cannot see into — a zip archive on the path, a finder that reports
distributions of its own — counts as declared, so a plugin is never missed.
"""

from __future__ import annotations

import importlib.machinery
import os
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
    name = group.encode("utf-8")
    for entry in sys.path if path is None else path:
        # os.scandir rather than Path.iterdir: a Path for each of a site-packages' hundreds
        # of entries was most of the glance's time.
        try:
            with os.scandir(entry or ".") as children:
                infos = [child.path for child in children
                         if child.name.endswith((".dist-info", ".egg-info"))]
        except FileNotFoundError:
            continue
        except OSError:  # a zip archive (only importlib.metadata looks inside), or unreadable
            return True
        if any(_declares(Path(info, "entry_points.txt"), name, group) for info in infos):
            return True
    return False


def _declares(path: Path, name: bytes, group: str) -> bool:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True  # unreadable here; importlib.metadata will say what it makes of it
    if name not in data:  # the header names the group: most files never mention it
        return False
    header = re.compile(rf"^\s*\[\s*{re.escape(group)}\s*\]", re.MULTILINE)
    return header.search(data.decode("utf-8", errors="replace")) is not None
