"""The check catalogue and per-check docs, generated from the registry.

``presence-audit checks``, ``presence-audit explain`` and the README's catalogue table all come
from here, so the docs cannot drift from the code (a test compares the README with it).
"""

from __future__ import annotations

import inspect
import io
import json
import re

from presence_audit.checks.base import CheckSpec
from presence_audit.checks.registry import Registry
from presence_audit.render.sanitize import clean_text

README_BEGIN = "<!-- catalogue:begin -->"
README_END = "<!-- catalogue:end -->"


def catalogue_json(registry: Registry) -> str:
    rows = [
        {
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
        for spec in registry
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False)


def catalogue_markdown(registry: Registry) -> str:
    """The README table: id, category, default severity, title."""
    lines = ["| id | category | severity | title |", "|---|---|---|---|"]
    lines += [
        f"| `{spec.id}` | {spec.category} | {spec.severity.value} | {spec.title} |"
        for spec in registry
    ]
    return "\n".join(lines) + "\n"


def catalogue_terminal(registry: Registry) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("id", "category", "severity", "title"):
        table.add_column(column)
    for spec in registry:
        # Plugin metadata is third-party text: print it literally.
        table.add_row(*(Text(clean_text(v)) for v in
                        (spec.id, spec.category, spec.severity.value, spec.title)))
    buffer = io.StringIO()
    Console(file=buffer, width=120, highlight=False).print(table)
    return buffer.getvalue()


def explain_text(spec: CheckSpec) -> str:
    """Header facts, options with defaults, then the docstring (the check's manual)."""
    lines = [
        f"{spec.id} — {spec.title}",
        "",
        f"category: {spec.category} · default severity: {spec.severity.value} · "
        f"weight: {spec.weight:g} · needs: {', '.join(spec.requires) or 'nothing'}"
        + (f" · uses when available: {', '.join(spec.optional)}" if spec.optional else ""),
        f"origin: {spec.origin}",
    ]
    if spec.options:
        lines += ["", "options (defaults):"]
        lines += [f"  {name} = {opt.default!r}  — {opt.help}" for name, opt in spec.options.items()]
    lines += ["", plain(inspect.cleandoc(spec.doc)), ""]
    # Plugin metadata and docstrings are third-party text: no escape sequence gets through.
    return clean_text("\n".join(lines))


_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)


def plain(text: str) -> str:
    """Docstring text for people: ``literal`` markup shown as `literal`."""
    return _LITERAL.sub(r"`\1`", text)
