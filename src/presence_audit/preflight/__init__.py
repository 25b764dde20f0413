"""``preflight``: one go / no-go checklist minutes before you send a connection request.

Built from the same checks as ``run`` — your profile, your presence in search, your note —
read from the artifacts of the last ``run`` when they are fresh, so it answers in about a
second; plus, optionally, a reading of the person you are about to contact.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presence_audit.preflight.acks import AckError, AckStore
    from presence_audit.preflight.checklist import Checklist, Item, Mark
    from presence_audit.preflight.run import PreflightRequest, run_preflight

_HOMES = {
    "AckError": "acks", "AckStore": "acks",
    "Checklist": "checklist", "Item": "checklist", "Mark": "checklist",
    "PreflightRequest": "run", "run_preflight": "run",
}
"""Where each name lives. Imported when first asked for, so that ``note``, which only uses
``lint_note``, does not load the config models that a full preflight reads."""

__all__ = ["AckError", "AckStore", "Checklist", "Item", "Mark", "PreflightRequest",
           "run_preflight"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
