"""The one HTTP client every collector reads the web through (see ``client.py``).

The names below are loaded on first use: the client brings ``requests`` and ``urllib3``,
which readers of saved pages (``charset``) and of recorded artifacts must not pay for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presence_audit.sources.http.client import HttpClient
    from presence_audit.sources.http.errors import (
        FETCH_ERROR_KINDS,
        FetchError,
        FetchErrorKind,
    )
    from presence_audit.sources.http.response import Response
    from presence_audit.sources.http.robots import RobotsVerdict

_HOMES = {
    "FETCH_ERROR_KINDS": "errors",
    "FetchError": "errors",
    "FetchErrorKind": "errors",
    "HttpClient": "client",
    "Response": "response",
    "RobotsVerdict": "robots",
}

__all__ = [
    "FETCH_ERROR_KINDS",
    "FetchError",
    "FetchErrorKind",
    "HttpClient",
    "Response",
    "RobotsVerdict",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
