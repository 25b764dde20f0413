"""The user's cache and data folders: one platformdirs call each, the same shape on every OS.

Every cache (pages, search lists, artifacts) lives under :func:`cache_folder` and everything
kept for later (the history, reviewed results) under :func:`data_folder`. ``appauthor=False``
everywhere: otherwise Windows nests the app name twice (``presence-audit\\presence-audit``)
for some folders and not for others.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "presence-audit"


def cache_folder() -> Path:
    """``~/.cache/presence-audit`` on Linux (``$XDG_CACHE_HOME``), the user cache folder
    elsewhere."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def data_folder() -> Path:
    """``~/.local/share/presence-audit`` on Linux (``$XDG_DATA_HOME``), the user data folder
    elsewhere."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)
