"""The runner: what gets gathered, how missing input and broken checks become results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import make_check_module, registry_of
from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.registry import UnknownCheckError
from presence_audit.config.load import LoadedConfig, parse_config
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Finding, Outcome, Severity
from presence_audit.runner import RunRequest, SaveError, plan_checks, run
from presence_audit.sources.context import GatherContext


def loaded_config(extra: str = "") -> LoadedConfig:
    return parse_config("person: {name: Ada Example}\n" + extra)


def ok_artifact(name: str, **data: object) -> Artifact:
    return Artifact(name=name, status=ArtifactStatus.OK, source="test", data=dict(data))


def reads_value(ctx: CheckContext) -> Finding:
    value = ctx.artifact("thing").data["value"]
    outcome = Outcome.PASS if value >= ctx.options["minimum"] else Outcome.FAIL
    return Finding(outcome, f"value {value}", fix="raise it")


THING_CHECK = make_check_module(
    "search.thing", requires=("thing",), run=reads_value,
    options={"minimum": Option(int, 3, "Smallest acceptable value.")},
)


def test_gathers_only_what_enabled_checks_need() -> None:
    calls: list[str] = []

    def collector(name: str):  # type: ignore[no-untyped-def]
        def collect(context: GatherContext) -> Artifact:
            calls.append(name)
            return ok_artifact(name, value=5)
        return collect

    other = make_check_module("profile.other", requires=("other",))
    registry = registry_of(THING_CHECK, other)
    loaded = loaded_config("checks:\n  profile.other: {enabled: false}\n")
    outcome = run(loaded, registry, RunRequest(),
                  collectors={"thing": collector("thing"), "other": collector("other")})
    assert calls == ["thing"]
    assert [r.check_id for r in outcome.report.results] == ["search.thing"]
    assert outcome.report.results[0].outcome is Outcome.PASS


def test_options_severity_and_weight_come_from_config() -> None:
    loaded = loaded_config(
        "checks:\n  search.thing:\n    severity: high\n    weight: 4\n"
        "    options: {minimum: 9}\n"
    )
    outcome = run(loaded, registry_of(THING_CHECK), RunRequest(),
                  collectors={"thing": lambda _: ok_artifact("thing", value=5)})
    result = outcome.report.results[0]
    assert result.outcome is Outcome.FAIL
    assert result.severity is Severity.HIGH
    assert result.weight == 4
    assert result.fix == "raise it"


@pytest.mark.parametrize(
    ("artifact", "expected", "fragment"),
    [
        (Artifact.skipped("thing", "test", "not configured"), Outcome.SKIP, "not configured"),
        (Artifact.failed("thing", "test", "HTTP 999"), Outcome.ERROR, "HTTP 999"),
    ],
)
def test_skipped_or_failed_artifacts_make_dependants_skip_or_error(
    artifact: Artifact, expected: Outcome, fragment: str
) -> None:
    def must_not_run(ctx: CheckContext) -> Finding:
        raise AssertionError("a check must not run without its artifact")

    module = make_check_module("search.thing", requires=("thing",), run=must_not_run)
    outcome = run(loaded_config(), registry_of(module), RunRequest(),
                  collectors={"thing": lambda _: artifact})
    result = outcome.report.results[0]
    assert result.outcome is expected
    assert fragment in result.message


def test_missing_collector_is_an_error_not_a_crash() -> None:
    outcome = run(loaded_config(), registry_of(THING_CHECK), RunRequest(), collectors={})
    assert outcome.report.results[0].outcome is Outcome.ERROR
    assert "no collector" in outcome.report.results[0].message


def test_collector_that_raises_becomes_an_error_and_the_audit_completes() -> None:
    def boom(context: GatherContext) -> Artifact:
        raise OSError("disk on fire")

    independent = make_check_module("profile.independent")
    outcome = run(loaded_config(), registry_of(THING_CHECK, independent), RunRequest(),
                  collectors={"thing": boom})
    by_id = {r.check_id: r for r in outcome.report.results}
    assert by_id["search.thing"].outcome is Outcome.ERROR
    assert "disk on fire" in by_id["search.thing"].message
    assert by_id["profile.independent"].outcome is Outcome.PASS
    assert outcome.report.sources[0].status == "error"


def test_a_collector_that_outlives_the_deadline_is_abandoned_and_reported(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    import presence_audit.runner as runner_module

    monkeypatch.setattr(runner_module, "COLLECTOR_GRACE_SECONDS", 0.2)
    release = threading.Event()

    def hangs(context: GatherContext) -> Artifact:
        release.wait(30)
        return ok_artifact("thing", value=1)

    started = time.monotonic()
    try:
        outcome = run(loaded_config("network: {deadline_seconds: 0.3}\n"),
                      registry_of(THING_CHECK), RunRequest(), collectors={"thing": hangs})
    finally:
        release.set()
    assert time.monotonic() - started < 5
    result = outcome.report.results[0]
    assert result.outcome is Outcome.ERROR
    assert "time budget (network.deadline_seconds) ran out; abandoned" in result.message


@pytest.mark.parametrize(
    ("behaviour", "fragment"),
    [
        (lambda ctx: 1 / 0, "ZeroDivisionError"),
        (lambda ctx: "pass", "not a Finding"),
        (lambda ctx: Finding("pass", "m"), "outcome 'pass' is not an Outcome"),  # type: ignore[arg-type]
        (lambda ctx: Finding(Outcome.PASS, "m", evidence=["seen"]), "evidence"),  # type: ignore[list-item]
        (lambda ctx: Finding(Outcome.PASS, "m", data={"ids": {1}}), "not JSON-serialisable"),
        (lambda ctx: Finding(Outcome.WARN, "m", score="high"), "score"),  # type: ignore[arg-type]
        (lambda ctx: Finding(Outcome.WARN, "m", score=float("nan")), "score"),
    ],
)
def test_a_broken_check_becomes_an_error_result(behaviour, fragment) -> None:  # type: ignore[no-untyped-def]
    module = make_check_module("search.broken", run=behaviour)
    healthy = make_check_module("search.healthy")
    outcome = run(loaded_config(), registry_of(module, healthy), RunRequest(), collectors={})
    by_id = {r.check_id: r for r in outcome.report.results}
    assert by_id["search.broken"].outcome is Outcome.ERROR
    assert fragment in by_id["search.broken"].message
    assert by_id["search.healthy"].outcome is Outcome.PASS
    json.dumps(outcome.report.to_dict())  # the report can still be written


def test_select_and_ignore_take_ids_and_categories() -> None:
    registry = registry_of(make_check_module("search.a"), make_check_module("search.b"),
                           make_check_module("profile.c"))
    loaded = loaded_config()
    ids = [p.spec.id for p in plan_checks(loaded, registry, select=["search"])]
    assert ids == ["search.a", "search.b"]
    ids = [p.spec.id for p in plan_checks(loaded, registry, ignore=["search.a"])]
    assert ids == ["search.b", "profile.c"]
    with pytest.raises(UnknownCheckError, match=r"did you mean 'search\.a'"):
        plan_checks(loaded, registry, select=["search.aa"])


def test_saved_artifacts_replay_to_the_same_results(tmp_path: Path) -> None:
    registry = registry_of(THING_CHECK)
    first = run(loaded_config(), registry, RunRequest(save_artifacts=tmp_path),
                collectors={"thing": lambda _: ok_artifact("thing", value=7)})
    saved = json.loads((tmp_path / "thing.json").read_text(encoding="utf-8"))
    assert saved["data"] == {"value": 7}

    def must_not_gather(context: GatherContext) -> Artifact:
        raise AssertionError("--from-artifacts must not gather")

    second = run(loaded_config(), registry, RunRequest(from_artifacts=tmp_path),
                 collectors={"thing": must_not_gather})
    assert [r.to_dict() for r in second.report.results] == [
        r.to_dict() for r in first.report.results
    ]


def test_a_folder_that_cannot_take_the_artifacts_fails_before_gathering(
    tmp_path: Path,
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    gathered: list[str] = []

    def collect(context: GatherContext) -> Artifact:
        gathered.append("thing")
        return ok_artifact("thing", value=7)

    with pytest.raises(SaveError, match=r"cannot create .*a-file"):
        run(loaded_config(), registry_of(THING_CHECK),
            RunRequest(save_artifacts=tmp_path / "a-file" / "saved"),
            collectors={"thing": collect})
    assert gathered == []


@pytest.mark.parametrize(("content", "fragment"), [(None, "not found"),
                                                    ("{not json", "not a saved artifact")])
def test_missing_or_corrupt_saved_artifact_is_an_error(
    tmp_path: Path, content: str | None, fragment: str
) -> None:
    if content is not None:
        (tmp_path / "thing.json").write_text(content, encoding="utf-8")
    outcome = run(loaded_config(), registry_of(THING_CHECK),
                  RunRequest(from_artifacts=tmp_path), collectors={})
    result = outcome.report.results[0]
    assert result.outcome is Outcome.ERROR
    assert fragment in result.message


def test_partial_source_problems_make_the_report_incomplete() -> None:
    artifact = ok_artifact("thing", value=5)
    artifact.problems.append("bing: timeout")
    outcome = run(loaded_config(), registry_of(THING_CHECK), RunRequest(),
                  collectors={"thing": lambda _: artifact})
    report = outcome.report
    assert report.results[0].outcome is Outcome.PASS
    assert report.incomplete
    assert report.verdict == "incomplete"
    assert report.sources[0].status == "error"
    assert "bing: timeout" in report.sources[0].detail


def test_optional_artifacts_are_gathered_and_handed_over_in_any_state() -> None:
    seen: dict[str, str | None] = {}

    def reads_both(ctx: CheckContext) -> Finding:
        for name in ("extra", "absent"):
            artifact = ctx.optional(name)
            seen[name] = None if artifact is None else artifact.status.value
        return Finding(Outcome.PASS, "compared what was there")

    module = make_check_module("search.both", requires=("thing",), run=reads_both,
                               OPTIONAL=("extra",))
    outcome = run(loaded_config(), registry_of(module), RunRequest(), collectors={
        "thing": lambda _: ok_artifact("thing", value=1),
        "extra": lambda _: Artifact.failed("extra", "test", "HTTP 999"),
    })
    assert outcome.report.results[0].outcome is Outcome.PASS  # a failed optional never errors
    assert seen == {"extra": "error", "absent": None}
    assert [s.artifact for s in outcome.report.sources] == ["thing", "extra"]


def test_select_and_ignore_that_leave_nothing_are_a_usage_error() -> None:
    from presence_audit.config.errors import ConfigError

    registry = registry_of(make_check_module("search.a"))
    with pytest.raises(ConfigError, match="leave no check to run"):
        plan_checks(loaded_config(), registry, select=["search"], ignore=["search.a"])
