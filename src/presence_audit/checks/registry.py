"""The one registry every check goes through: built-ins, entry points and ``check_paths`` files.

Built-ins are listed explicitly, each category package naming its modules in ``MODULES`` (no
import-time self-registration); outside checks come from the ``presence_audit.checks``
entry-point group and from ``*.py`` files in configured folders, loaded by file path without
touching ``sys.path``. A plugin that fails to import or
breaks the metadata contract is recorded in ``Registry.problems`` and left out; the run goes on.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from presence_audit.checks.base import CheckDefinitionError, CheckSpec
from presence_audit.checks.installed import entry_points
from presence_audit.core.model import CATEGORIES
from presence_audit.text.suggest import closest

ENTRY_POINT_GROUP = "presence_audit.checks"


def builtin_modules(categories: Iterable[str] | None = None) -> tuple[str, ...]:
    """Every built-in check module (of ``categories``): each category package lists its own
    in ``MODULES``."""
    names: list[str] = []
    wanted = set(CATEGORIES if categories is None else categories)
    for category in (c for c in CATEGORIES if c in wanted):
        package = importlib.import_module(f"presence_audit.checks.{category}")
        names += [f"{package.__name__}.{module}" for module in package.MODULES]
    return tuple(names)


class UnknownCheckError(KeyError):
    """An id that names no registered check."""

    def __init__(self, check_id: str, suggestion: str | None) -> None:
        super().__init__(check_id)
        self.check_id = check_id
        self.suggestion = suggestion

    def __str__(self) -> str:
        hint = f" (did you mean {self.suggestion!r}?)" if self.suggestion else ""
        return f"unknown check id {self.check_id!r}{hint}"


@dataclass
class Registry:
    """An explicit ``{id: spec}`` mapping plus plugin problems.

    Iterating yields the checks in catalogue order: by category in report order, then in the
    order they were added, so a plugin's check is listed (and run) with its category.
    """

    checks: dict[str, CheckSpec] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, spec: CheckSpec) -> None:
        if spec.id in self.checks:
            raise CheckDefinitionError(
                f"{spec.origin}: check id {spec.id!r} is already registered by "
                f"{self.checks[spec.id].origin}"
            )
        self.checks[spec.id] = spec

    def add_module(self, module: ModuleType, origin: str) -> None:
        """Validate and add a plugin module; a broken one becomes a recorded problem."""
        try:
            self.add(CheckSpec.from_module(module, origin))
        except CheckDefinitionError as exc:
            self.problems.append(str(exc))

    def get(self, check_id: str) -> CheckSpec:
        try:
            return self.checks[check_id]
        except KeyError:
            raise UnknownCheckError(check_id, self.suggest(check_id)) from None

    def suggest(self, check_id: str) -> str | None:
        return closest(check_id, self.checks)

    def __iter__(self) -> Iterator[CheckSpec]:
        order = list(CATEGORIES)
        return iter(sorted(self.checks.values(), key=lambda spec: order.index(spec.category)))

    def __contains__(self, check_id: object) -> bool:
        return check_id in self.checks

    def __len__(self) -> int:
        return len(self.checks)


def load_registry(
    check_paths: Sequence[Path] = (), *, use_entry_points: bool = True,
    categories: Iterable[str] | None = None,
) -> Registry:
    """Built-ins, then installed entry points, then files in ``check_paths``.

    ``categories`` narrows the built-ins to those a command runs (``note`` runs the outreach
    checks): importing every check module is a good part of a short command's start-up.
    Plugins are loaded whatever their category, as their category is known only then.
    """
    registry = Registry()
    for name in builtin_modules(categories):
        # A broken built-in is a bug in this package: let it raise.
        registry.add(CheckSpec.from_module(importlib.import_module(name)))
    if use_entry_points:
        for origin, module in _entry_point_modules(registry):
            registry.add_module(module, origin)
    for origin, module in _path_modules(check_paths, registry):
        registry.add_module(module, origin)
    return registry


def _entry_point_modules(registry: Registry) -> Iterable[tuple[str, ModuleType]]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        origin = f"entry point {ep.name!r} ({ep.value})"
        try:
            loaded = ep.load()
        except Exception as exc:  # a plugin's import error must not take the run down
            registry.problems.append(f"{origin}: failed to import: {_summarise(exc)}")
            continue
        if not isinstance(loaded, ModuleType):
            registry.problems.append(f"{origin}: must point at a check module")
            continue
        yield origin, loaded


def _path_modules(
    check_paths: Sequence[Path], registry: Registry
) -> Iterable[tuple[str, ModuleType]]:
    for folder in check_paths:
        if not folder.is_dir():
            registry.problems.append(f"check_paths: {folder} is not a folder")
            continue
        for path in sorted(folder.glob("*.py")):
            if path.name.startswith("_"):
                continue
            try:
                yield str(path), _import_file(path)
            except Exception as exc:  # a plugin's import error must not take the run down
                registry.problems.append(f"{path}: failed to import: {_summarise(exc)}")


def _import_file(path: Path) -> ModuleType:
    # A private, path-derived module name keeps two folders' "my_check.py" apart and never
    # shadows an installed module; registering it in sys.modules lets dataclasses and
    # pickling inside the plugin resolve their own module.
    name = "presence_audit_local_checks._" + "_".join(
        part.replace("-", "_").replace(".", "_") for part in path.resolve().parts[1:]
    )
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def _summarise(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
