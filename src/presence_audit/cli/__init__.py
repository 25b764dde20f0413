"""The ``presence-audit`` command: parse, call the library, map outcomes to exit codes.

Each command lives in a module of this package (``run`` and ``demo`` share one, as do
``checks`` and ``explain``, ``history`` and ``diff``) that is imported only when the command
runs. ``--help`` lists the commands from ``SUMMARIES`` without importing any of them (a test
holds each summary equal to its command's own help); the console script (``cli.launch``)
answers a bare ``--help`` from the same table without importing click at all
(``cli.quick_help``), and runs ``note`` and ``demo`` with plain arguments without it too
(``cli.direct``, calling ``cli.note_run`` and ``cli.demo_run``, as the click commands do); the
click group itself is ``cli.group``. The command modules import only ``click`` and light
pieces at their top (the helpers that need no click are ``cli.shared``), so start-up loads
none of requests, rich, ddgs, pydantic or yaml (tests hold us to that, command by command).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from presence_audit.cli.commands import COMMANDS, SUMMARIES

if TYPE_CHECKING:
    from presence_audit.cli.group import LazyGroup, main

__all__ = ["COMMANDS", "SUMMARIES", "LazyGroup", "main"]


def __getattr__(name: str) -> Any:
    # The click group is imported when asked for, so that the console script
    # (``cli.launch``) can answer ``--help`` without importing click.
    if name in ("LazyGroup", "main"):
        return getattr(importlib.import_module("presence_audit.cli.group"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
