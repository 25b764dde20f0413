"""What a check is: a module with readable constants and one pure ``check`` function.

A check module looks like this (see ``search/portfolio_rank.py`` for a real one)::

    \"\"\"One-line title.

    What it checks
    --------------
    ...
    Why it matters / How to fix / Options / Example: one section each.
    \"\"\"
    ID = "search.portfolio-rank"
    TITLE = "Portfolio ranks for your name"
    CATEGORY = "search"
    SEVERITY = "high"
    WEIGHT = 3
    REQUIRES = ("serps",)          # judged only when these were obtained
    OPTIONAL = ()                  # optional: read when present, in whatever state they are
    OPTIONS = {"top": Option(int, 3, "Ranks 1..top count as top results.")}

    def check(ctx: CheckContext) -> Finding: ...

``CheckSpec.from_module`` validates that contract for built-ins and plugins alike.
"""

from __future__ import annotations

import inspect
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from presence_audit.core.artifacts import Artifact
from presence_audit.core.model import CATEGORIES, Finding, Severity, Subject

DOC_SECTIONS = ("What it checks", "Why it matters", "How to fix", "Options", "Example")
ID_PATTERN = re.compile(r"[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*")
OPTION_TYPES: tuple[type, ...] = (bool, int, float, str, list)


class CheckDefinitionError(Exception):
    """A check module does not meet the contract; the message says what is wrong."""


@dataclass(frozen=True)
class Option:
    """A check option: its type, its default and one line of documentation."""

    type: type
    default: Any
    help: str

    def coerce(self, value: Any) -> Any:
        """Return ``value`` as this option's type, or raise ``ValueError`` saying why."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if self.type is not bool and isinstance(value, bool):
            raise ValueError(f"expected {self.type.__name__}, got a boolean")
        if not isinstance(value, self.type):
            raise ValueError(f"expected {self.type.__name__}, got {type(value).__name__}")
        return value


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may look at.

    Required artifacts are always ``ok``; optional ones are handed over in whatever state
    they are (``ok``, ``error`` or ``skipped``) so the check can say what it could not compare.
    """

    subject: Subject
    artifacts: Mapping[str, Artifact]
    options: Mapping[str, Any]

    def artifact(self, name: str) -> Artifact:
        return self.artifacts[name]

    def optional(self, name: str) -> Artifact | None:
        """An optional artifact, or None when this run did not gather it at all."""
        return self.artifacts.get(name)


CheckFunction = Callable[[CheckContext], Finding]


@dataclass(frozen=True)
class CheckSpec:
    """A validated check: metadata, options and the function, from whatever module held it."""

    id: str
    title: str
    category: str
    severity: Severity
    weight: float
    requires: tuple[str, ...]
    options: Mapping[str, Option]
    doc: str
    run: CheckFunction
    origin: str = "built-in"
    sections: Mapping[str, str] = field(default_factory=dict)
    optional: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The docstring's first line."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.title

    @classmethod
    def from_module(cls, module: ModuleType, origin: str = "built-in") -> CheckSpec:
        """Validate a check module's constants, docstring and function into a spec."""
        where = f"{origin} ({getattr(module, '__name__', '?')})"

        def constant(name: str, kind: type | tuple[type, ...]) -> Any:
            if not hasattr(module, name):
                raise CheckDefinitionError(f"{where}: missing constant {name}")
            value = getattr(module, name)
            if not isinstance(value, kind):
                raise CheckDefinitionError(f"{where}: {name} has the wrong type")
            return value

        check_id = constant("ID", str)
        if not ID_PATTERN.fullmatch(check_id):
            raise CheckDefinitionError(
                f"{where}: ID {check_id!r} must look like 'category.kebab-name'"
            )
        category = constant("CATEGORY", str)
        if category not in CATEGORIES:
            raise CheckDefinitionError(
                f"{where}: CATEGORY {category!r} is not one of {', '.join(CATEGORIES)}"
            )
        if check_id.split(".", 1)[0] != category:
            raise CheckDefinitionError(
                f"{where}: ID {check_id!r} must start with its category {category!r}"
            )
        try:
            severity = Severity(constant("SEVERITY", str))
        except ValueError:
            raise CheckDefinitionError(
                f"{where}: SEVERITY must be one of low, medium, high"
            ) from None
        weight = constant("WEIGHT", (int, float))
        if isinstance(weight, bool) or not (math.isfinite(weight) and weight >= 0):
            raise CheckDefinitionError(f"{where}: WEIGHT must be a finite number ≥ 0")
        requires = tuple(constant("REQUIRES", (tuple, list)))
        if not all(isinstance(r, str) for r in requires):
            raise CheckDefinitionError(f"{where}: REQUIRES must list artifact names")
        optional = getattr(module, "OPTIONAL", ())
        if (not isinstance(optional, (tuple, list)) or not all(isinstance(o, str) for o in optional)
                or set(optional) & set(requires)):
            raise CheckDefinitionError(
                f"{where}: OPTIONAL must list artifact names that REQUIRES does not"
            )
        options = dict(constant("OPTIONS", dict))
        for name, option in options.items():
            if not isinstance(option, Option) or option.type not in OPTION_TYPES:
                raise CheckDefinitionError(
                    f"{where}: option {name!r} must be an Option of bool, int, float, str or list"
                )
            try:
                option.coerce(option.default)
            except ValueError as exc:
                raise CheckDefinitionError(
                    f"{where}: option {name!r} default: {exc}"
                ) from None
        run = getattr(module, "check", None)
        if not callable(run):
            raise CheckDefinitionError(f"{where}: missing function check(ctx)")
        doc, sections = _documentation(module.__doc__ or "", options)
        missing = [s for s in DOC_SECTIONS if s not in sections]
        if missing:
            raise CheckDefinitionError(
                f"{where}: docstring lacks section(s): {', '.join(missing)}"
            )
        return cls(
            id=check_id,
            title=constant("TITLE", str),
            category=category,
            severity=severity,
            weight=float(weight),
            requires=requires,
            optional=tuple(optional),
            options=options,
            doc=doc,
            run=run,
            origin=origin,
            sections=sections,
        )

    def resolve_options(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Defaults overlaid with ``given`` (already validated by the config loader)."""
        resolved = {name: option.default for name, option in self.options.items()}
        resolved.update(given)
        return resolved


_UNDERLINE = re.compile(r"^-{3,}$")


def parse_doc_sections(doc: str) -> dict[str, str]:
    """Split a numpydoc-style docstring (``Title`` over a ``-----`` line) into sections."""
    lines = inspect.cleandoc(doc).splitlines()
    sections: dict[str, str] = {}
    current: str | None = None
    body: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1].strip()) and line.strip():
            if current is not None:
                sections[current] = "\n".join(body).strip()
            current, body = line.strip(), []
            i += 2
            continue
        if current is not None:
            body.append(line)
        i += 1
    if current is not None:
        sections[current] = "\n".join(body).strip()
    return sections


def _documentation(doc: str, options: Mapping[str, Option]) -> tuple[str, dict[str, str]]:
    """The docstring and its sections, with the ``Options`` section made from ``options``.

    An option's help is written once, in code: a docstring that does not document the options
    itself gets them listed from the ``Option`` objects, before any prose of its own.
    """
    sections = parse_doc_sections(doc)
    prose = sections.get("Options", "")
    if documented_options_in(prose):
        return doc, sections
    if not options:
        if prose:
            return doc, sections
        sections["Options"] = "None."
    else:
        sections["Options"] = f"{options_doc(options)}\n{prose}".strip()
    return with_section(doc, "Options", sections["Options"]), sections


def documented_options(spec: CheckSpec) -> set[str]:
    """Option names the ``Options`` section documents as ``name`` lines (``top: …``)."""
    return documented_options_in(spec.sections.get("Options", ""))


def documented_options_in(text: str) -> set[str]:
    return set(re.findall(r"^(?:``)?([a-z_][a-z0-9_]*)(?:``)?\s*[:(]", text, flags=re.MULTILINE))


def options_doc(options: Mapping[str, Option]) -> str:
    """The ``Options`` section made from the options themselves: name, type, default, help."""
    return "\n".join(
        f"``{name}``: {option.type.__name__}, default {_literal(option.default)}. {option.help}"
        for name, option in options.items()
    )


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def with_section(doc: str, title: str, body: str) -> str:
    """``doc`` (cleaned) with section ``title`` set to ``body``: replaced, or put before
    ``Example`` (or at the end) when the docstring has none."""
    text = inspect.cleandoc(doc)
    block = f"{title}\n{'-' * len(title)}\n{body}\n"
    existing = re.compile(rf"^{re.escape(title)}\n-{{3,}}\n.*?(?=^\S[^\n]*\n-{{3,}}\n|\Z)",
                          re.MULTILINE | re.DOTALL)
    if existing.search(text):
        return existing.sub(lambda _: block + "\n", text, count=1).rstrip() + "\n"
    example = re.search(r"^Example\n-{3,}\n", text, re.MULTILINE)
    if example:
        return f"{text[:example.start()]}{block}\n{text[example.start():]}"
    return f"{text.rstrip()}\n\n{block}"


def how_to_fix(doc: str | None) -> str:
    """A docstring's "How to fix" section on one line: the fix its findings show.

    The check's manual and its reports then say the same thing, written once.
    """
    return " ".join(parse_doc_sections(doc or "").get("How to fix", "").split())
