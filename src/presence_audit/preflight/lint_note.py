"""Linting one connection note: the outreach checks on a ``note`` artifact, as a report.

The report is the same as ``run``'s — same model, renderers, scoring and exit codes — so
``presence-audit note`` can gate a script exactly as ``run`` does. It works without a config
file: the note carries its own limit and sender name.
"""

from __future__ import annotations

from collections.abc import Iterable

from presence_audit.checks.base import CheckSpec
from presence_audit.checks.registry import Registry
from presence_audit.config.load import LoadedConfig
from presence_audit.config.schema import Config, PersonConfig
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.runner import RunOutcome, RunRequest, run

UNNAMED_SUBJECT = "Connection note"
"""The report's subject when neither a config nor ``--name`` says whose note it is."""


def standalone_config(sender_name: str | None) -> LoadedConfig:
    """The defaults, for linting a note when there is no config file."""
    person = PersonConfig(name=sender_name or UNNAMED_SUBJECT)
    return LoadedConfig(config=Config(person=person), path=None, nodes=None)


def lint_note(
    loaded: LoadedConfig, registry: Registry, note: Artifact, *, generated_at: str | None = None,
) -> RunOutcome:
    """Run the enabled outreach checks on ``note`` (a ``note`` artifact)."""
    request = RunRequest(select=["outreach"], generated_at=generated_at)
    return run(loaded, registry, request, collectors={NOTE_ARTIFACT: lambda _context: note})


def outreach_specs(registry: Registry) -> list[CheckSpec]:
    return [spec for spec in registry if spec.category == "outreach"]


def explain_rules(specs: Iterable[CheckSpec], fmt: str) -> str:
    """The advice behind each rule — its "Why it matters" and "How to fix" — as text.

    Docstrings of plugins are third-party text: cleaned for a terminal, escaped for Markdown.
    """
    from presence_audit.catalogue import plain
    from presence_audit.render.sanitize import clean_text, escape_markdown

    blocks: list[str] = []
    if fmt == "markdown":
        blocks.append("## Why these rules")
        for spec in specs:
            blocks.append(f"### {escape_markdown(spec.id)} — {escape_markdown(spec.title)}")
            for section in ("Why it matters", "How to fix"):
                text = plain(spec.sections.get(section, ""))
                if text:
                    blocks.append(f"**{section}.** {escape_markdown(text)}")
        return "\n\n" + "\n\n".join(blocks) + "\n"
    blocks.append("Why these rules")
    for spec in specs:
        lines = [f"{spec.id} — {spec.title}"]
        for section in ("Why it matters", "How to fix"):
            text = " ".join(plain(spec.sections.get(section, "")).split())
            if text:
                lines.append(f"  {section}: {text}")
        blocks.append(clean_text("\n".join(lines)))
    return "\n" + "\n\n".join(blocks) + "\n"
