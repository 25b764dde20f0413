"""The catalogue's facts about each check, read from the registry as plain data.

``presence-audit checks`` and ``explain``, ``note --explain`` and the README's catalogue table
all render these dicts (``render.catalogue``), so the docs cannot drift from the code.
"""

from __future__ import annotations

import inspect
from typing import Any

from presence_audit.checks.base import CheckSpec
from presence_audit.checks.registry import Registry


def entry(spec: CheckSpec) -> dict[str, Any]:
    """One check's row of ``checks --format json``."""
    return {
        "id": spec.id,
        "title": spec.title,
        "category": spec.category,
        "severity": spec.severity.value,
        "weight": spec.weight,
        "requires": list(spec.requires),
        "optional": list(spec.optional),
        "options": {
            name: {"type": opt.type.__name__, "default": opt.default, "help": opt.help}
            for name, opt in spec.options.items()
        },
        "origin": spec.origin,
        "summary": spec.summary,
    }


def entries(registry: Registry) -> list[dict[str, Any]]:
    """Every registered check's row, in catalogue order."""
    return [entry(spec) for spec in registry]


def manual(spec: CheckSpec) -> dict[str, Any]:
    """A check's row plus its documentation: the whole docstring and its named sections."""
    return {**entry(spec), "doc": inspect.cleandoc(spec.doc), "sections": dict(spec.sections)}
