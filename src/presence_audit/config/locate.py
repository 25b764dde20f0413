"""Where the config file is: ``-c FILE``, else ``presence-audit.yaml`` here or above."""

from __future__ import annotations

from pathlib import Path

DEFAULT_CONFIG_FILE = "presence-audit.yaml"


def find_config(start: Path | None = None) -> Path | None:
    """``presence-audit.yaml`` in ``start`` (the current folder) or the nearest folder above
    it, as ruff and yamllint find theirs; None when there is none up to the root."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / DEFAULT_CONFIG_FILE
        if path.is_file():
            return path
    return None
