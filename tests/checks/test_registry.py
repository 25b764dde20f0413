"""One registry for built-ins and plugins, with the metadata contract enforced for both."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from helpers import ROOT, make_check_module, registry_of
from presence_audit.checks.base import (
    DOC_SECTIONS,
    CheckDefinitionError,
    CheckSpec,
    Option,
    documented_options,
)
from presence_audit.checks.registry import ENTRY_POINT_GROUP, builtin_modules, load_registry
from presence_audit.config.load import parse_config
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Outcome
from presence_audit.runner import RunRequest, run

EXAMPLE_PLUGINS = ROOT / "checks"


def test_builtins_load_in_catalogue_order() -> None:
    registry = load_registry(use_entry_points=False)
    assert len(registry) == len(builtin_modules())
    assert registry.problems == []
    assert all(spec.origin == "built-in" for spec in registry)


@pytest.mark.parametrize("spec", list(load_registry(use_entry_points=False)),
                         ids=lambda s: s.id)
def test_every_builtin_check_documents_exactly_its_options(spec: CheckSpec) -> None:
    assert documented_options(spec) == set(spec.options), (
        f"{spec.id}: the Options section must document each option as 'name: …'"
    )
    for section in DOC_SECTIONS:
        assert spec.sections[section], f"{spec.id}: empty {section!r} section"


@pytest.mark.parametrize("module_name", builtin_modules())
def test_every_builtin_check_has_its_own_test_module(module_name: str) -> None:
    # presence_audit.checks.search.portfolio_rank → tests/checks/search/test_portfolio_rank.py
    category, name = module_name.split(".")[-2:]
    assert (ROOT / "tests" / "checks" / category / f"test_{name}.py").is_file()


@pytest.mark.parametrize(
    ("override", "fragment"),
    [
        ({"ID": "Bad Id"}, "must look like"),
        ({"ID": "search.sample\n"}, "must look like"),
        ({"ID": "profile.mismatch"}, "must start with its category"),
        ({"CATEGORY": "vibes", "ID": "vibes.x"}, "CATEGORY 'vibes'"),
        ({"SEVERITY": "critical"}, "SEVERITY"),
        ({"WEIGHT": -1}, "WEIGHT"),
        ({"WEIGHT": float("inf")}, "WEIGHT"),
        ({"TITLE": None}, "missing constant TITLE"),
        ({"check": None}, "missing function check"),
        ({"OPTIONS": {"top": 3}}, "option 'top'"),
        ({"OPTIONS": {"top": Option(int, "three", "x")}}, "default"),
        ({"__doc__": "Only a title."}, "lacks section"),
        ({"OPTIONAL": "serps"}, "OPTIONAL"),  # a string is not a list of names
    ],
)
def test_metadata_contract_is_enforced(override: dict[str, object], fragment: str) -> None:
    module = make_check_module("search.sample")
    for name, value in override.items():
        if value is None:
            delattr(module, name)
        else:
            setattr(module, name, value)
    with pytest.raises(CheckDefinitionError, match=fragment):
        CheckSpec.from_module(module)


def test_checks_are_listed_by_category_whatever_order_they_were_added_in() -> None:
    # A plugin's check comes after every built-in, yet belongs with its category.
    registry = registry_of(make_check_module("profile.first"), make_check_module("search.b"),
                           make_check_module("outreach.c"), make_check_module("search.a"))
    assert [spec.id for spec in registry] == ["search.b", "search.a", "profile.first",
                                              "outreach.c"]


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(CheckDefinitionError, match="already registered"):
        registry_of(make_check_module("search.same"), make_check_module("search.same"))


def test_example_plugin_loads_from_check_paths_and_runs() -> None:
    registry = load_registry([EXAMPLE_PLUGINS], use_entry_points=False)
    assert registry.problems == []
    spec = registry.get("curation.owned-snippets")
    assert spec.origin.endswith("owned_snippets.py")

    loaded = parse_config(textwrap.dedent("""\
        person: {name: Ada Example, profession: data engineer}
        portfolio: {url: https://adaexample.dev}
    """))
    serps = Artifact(name="serps", status=ArtifactStatus.OK, source="test", data={"lists": [{
        "query": "Ada Example", "template": "{name}", "engine": "bing", "results": [
            {"rank": 1, "title": "Ada Example — Data Engineer", "url": "https://adaexample.dev/"},
            {"rank": 2, "title": "Home", "url": "https://blog.adaexample.dev/"},
            {"rank": 3, "title": "Ada Example, painter", "url": "https://paint.example.org/"},
        ]}]})
    outcome = run(loaded, registry, RunRequest(select=["curation.owned-snippets"]),
                  collectors={"serps": lambda _: serps})
    [result] = outcome.report.results
    assert result.outcome is Outcome.WARN
    assert result.data == {"owned_results": 2, "describing": 1}


@pytest.mark.parametrize(
    ("results", "outcome"),
    [([], Outcome.ERROR),  # an empty list is what a block looks like: nothing was measured
     ([{"rank": 1, "title": "Home", "url": "https://adaexample.dev/old/"},
       {"rank": 2, "title": "Ada Example, data engineer", "url": "https://adaexample.dev/"}],
      Outcome.PASS)],  # a page under person.not_me is not yours
)
def test_example_plugin_reads_only_measured_lists_and_honours_not_me(
    results: list[dict[str, object]], outcome: Outcome
) -> None:
    loaded = parse_config(textwrap.dedent("""\
        person: {name: Ada Example, profession: data engineer,
                 not_me: ["https://adaexample.dev/old"]}
        portfolio: {url: https://adaexample.dev}
    """))
    serps = Artifact(name="serps", status=ArtifactStatus.OK, source="test", data={"lists": [{
        "query": "Ada Example", "template": "{name}", "engine": "bing", "status": "ok",
        "results": results}]})
    report = run(loaded, load_registry([EXAMPLE_PLUGINS], use_entry_points=False),
                 RunRequest(select=["curation.owned-snippets"]),
                 collectors={"serps": lambda _: serps}).report
    [result] = report.results
    assert result.outcome is outcome, result.message


def test_broken_plugins_are_reported_and_the_rest_still_load(tmp_path: Path) -> None:
    (tmp_path / "raises.py").write_text("raise RuntimeError('boom at import')\n")
    (tmp_path / "incomplete.py").write_text("ID = 'search.incomplete'\n")
    (tmp_path / "_private_helper.py").write_text("raise RuntimeError('never imported')\n")
    registry = load_registry([tmp_path, EXAMPLE_PLUGINS, tmp_path / "absent"],
                             use_entry_points=False)
    assert "curation.owned-snippets" in registry
    problems = "\n".join(registry.problems)
    assert "raises.py: failed to import: RuntimeError: boom at import" in problems
    assert "incomplete.py" in problems and "missing constant" in problems
    assert "absent is not a folder" in problems
    assert "never imported" not in problems


def test_plugins_load_without_touching_sys_path(tmp_path: Path) -> None:
    import sys

    before = list(sys.path)
    load_registry([EXAMPLE_PLUGINS], use_entry_points=False)
    assert sys.path == before


class FakeEntryPoint:
    def __init__(self, name: str, target: object) -> None:
        self.name = name
        self.value = f"fake:{name}"
        self._target = target

    def load(self) -> object:
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


def test_entry_point_plugins_go_through_the_same_door(monkeypatch: pytest.MonkeyPatch) -> None:
    good = make_check_module("profile.from-entry-point")
    points = [FakeEntryPoint("good", good), FakeEntryPoint("bad", ImportError("no such lib")),
              FakeEntryPoint("odd", 42)]

    def fake_entry_points(*, group: str) -> list[FakeEntryPoint]:
        assert group == ENTRY_POINT_GROUP
        return points

    monkeypatch.setattr("presence_audit.checks.registry.entry_points", fake_entry_points)
    registry = load_registry()
    assert "profile.from-entry-point" in registry
    assert registry.get("profile.from-entry-point").origin.startswith("entry point 'good'")
    problems = "\n".join(registry.problems)
    assert "'bad'" in problems and "ImportError: no such lib" in problems
    assert "'odd'" in problems and "must point at a check module" in problems


def test_optional_artifacts_must_not_repeat_required_ones() -> None:
    module = make_check_module("search.sample", requires=("serps",), OPTIONAL=("serps",))
    with pytest.raises(CheckDefinitionError, match="OPTIONAL"):
        CheckSpec.from_module(module)
