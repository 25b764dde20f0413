"""The house plan holds: packages documented, no import cycles, plugins on the plugin API."""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import ROOT
from presence_audit.checks.registry import load_registry
from presence_audit.config.load import parse_config
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Outcome
from presence_audit.runner import RunRequest, run

PACKAGE = ROOT / "src" / "presence_audit"
LOOSE_MODULES = {"__init__.py", "__main__.py", "plugin.py", "runner.py"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            found.update(id(inner) for inner in ast.walk(node))
    return found


def _imports(path: Path, modules: set[str]) -> Iterator[str]:
    """Project modules ``path`` imports anywhere (functions too), TYPE_CHECKING blocks aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                target = candidate if candidate in modules else base
                if target in modules:
                    yield target
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in modules)


def _graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(paths)
    return {name: set(_imports(path, modules)) - {name} for name, path in paths.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the list of modules along it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target):], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_no_module_imports_itself_back_lazy_imports_included() -> None:
    cycle = _cycle(_graph())
    assert cycle is None, "import cycle: " + " → ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_only_a_handful_of_loose_modules_sit_beside_the_packages() -> None:
    loose = {p.name for p in PACKAGE.glob("*.py")}
    assert loose <= LOOSE_MODULES, f"loose modules: {sorted(loose - LOOSE_MODULES)}"


def _readme_layout() -> set[str]:
    text = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    table = text.split("<!-- layout:begin -->", 1)[1].split("<!-- layout:end -->", 1)[0]
    return set(re.findall(r"^\| `presence_audit/([^`]*)` \|", table, flags=re.MULTILINE))


def test_the_readme_layout_lists_every_package_and_nothing_else() -> None:
    packages = {f"{p.parent.relative_to(PACKAGE).as_posix()}/" for p in PACKAGE.rglob("__init__.py")
                if p.parent != PACKAGE}
    expected = packages | (LOOSE_MODULES - {"__init__.py", "__main__.py"})
    listed = _readme_layout()
    assert listed == expected, (
        f"missing from the layout in docs/development.md: {sorted(expected - listed)}; "
        f"listed but not in the tree: {sorted(listed - expected)}"
    )


def _project_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("presence_audit"):
            found.add(node.module or "")
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("presence_audit"))
    return found


def test_the_example_plugin_imports_only_the_plugin_api() -> None:
    assert _project_imports(ROOT / "checks" / "owned_snippets.py") == {"presence_audit.plugin"}


def test_the_import_finder_sees_imports_inside_functions() -> None:
    assert "presence_audit.sources.collectors" in _graph()["presence_audit.cli.audit"]


THIRD_PARTY = '''\
"""Your portfolio is on the first page somewhere.

What it checks
--------------
Whether any measured result list shows a page of your portfolio's site.

Why it matters
--------------
People look you up.

How to fix
----------
Put your name in your portfolio's title.

Example
-------
A list with adaexample.dev at #4 passes.
"""

from presence_audit.plugin import (
    SERPS_ARTIFACT, CheckContext, Evidence, Finding, Option, Outcome, lists_from_artifact,
    same_site,
)

ID = "curation.portfolio-anywhere"
TITLE = "Portfolio somewhere on page 1"
CATEGORY = "curation"
SEVERITY = "low"
WEIGHT = 1
REQUIRES = (SERPS_ARTIFACT,)
OPTIONS = {"page": Option(int, 10, "Ranks 1..page count as page 1.")}


def check(ctx: CheckContext) -> Finding:
    site = ctx.subject.portfolio_url or ""
    lists = [item for item in lists_from_artifact(ctx.artifact(SERPS_ARTIFACT).data) if item.ok]
    hits = [r for item in lists for r in item.results
            if r.rank <= ctx.options["page"] and same_site(r.url, site)]
    if hits:
        return Finding(Outcome.PASS, f"#{hits[0].rank}", evidence=[Evidence(hits[0].url)])
    return Finding(Outcome.FAIL, "not on page 1", fix="Put your name in its title.")
'''


@pytest.mark.parametrize(("rank", "outcome"), [(4, Outcome.PASS), (12, Outcome.FAIL)])
def test_a_plugin_written_against_the_plugin_api_loads_and_runs(tmp_path: Path, rank: int,
                                                                outcome: Outcome) -> None:
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "portfolio_anywhere.py").write_text(THIRD_PARTY, encoding="utf-8")
    loaded = parse_config(textwrap.dedent("""\
        person: {name: Ada Example}
        portfolio: {url: https://adaexample.dev}
    """))
    registry = load_registry([folder], use_entry_points=False)
    assert registry.problems == []
    spec = registry.get("curation.portfolio-anywhere")
    assert "``page``: int, default 10." in spec.sections["Options"]
    serps = Artifact(name="serps", status=ArtifactStatus.OK, source="test", data={"lists": [{
        "query": "Ada Example", "template": "{name}", "engine": "brave", "status": "ok",
        "results": [{"rank": rank, "title": "Ada", "url": "https://adaexample.dev/"}]}]})
    report = run(loaded, registry, RunRequest(select=["curation.portfolio-anywhere"]),
                 collectors={"serps": lambda _: serps}).report
    [result] = report.results
    assert result.outcome is outcome


def test_the_plugin_apis_records_stay_dataclasses() -> None:
    # Private records may be NamedTuples (cheaper to define); the ones plugins receive keep
    # the dataclass behaviour they were published with (replace, asdict, no tuple equality).
    import dataclasses

    from presence_audit import plugin

    records = [getattr(plugin, name) for name in plugin.__all__
               if isinstance(getattr(plugin, name), type)
               and getattr(plugin, name).__module__.startswith("presence_audit")]
    named_tuples = [r.__name__ for r in records if issubclass(r, tuple)]
    assert named_tuples == []
    assert all(dataclasses.is_dataclass(r) for r in records
               if r.__name__ in {"NameMatch", "Classification", "Evidence", "Finding",
                                 "SearchResult", "Subject", "CheckContext", "Option"})
