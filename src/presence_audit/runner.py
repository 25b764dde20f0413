"""gather → audit → score → report.

The runner decides which checks run, gathers only the artifacts those checks require or can use
(running the collectors concurrently, or reading a folder saved earlier), runs each check on
its artifacts and stamps the result with the identity, severity and weight the configuration
gives it. A check that raises becomes an ``error`` result; a skipped or failed *required*
artifact makes its dependants ``skip`` or ``error`` without calling them, so a check never
has to defend itself against absent input. *Optional* artifacts are handed over in whatever
state they are in, for the check to say what it could not compare.
"""

from __future__ import annotations

import functools
import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from presence_audit import __version__
from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.checks.registry import Registry, UnknownCheckError
from presence_audit.config.errors import ConfigError
from presence_audit.config.keys import KeyPath, dotted
from presence_audit.core.abandon import OverrunError, Pending
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.fileio import write_atomic
from presence_audit.core.model import (
    CATEGORIES,
    Evidence,
    Finding,
    Outcome,
    Report,
    Result,
    Severity,
    Subject,
    utc_now,
)
from presence_audit.core.scoring import (
    Thresholds,
    category_scores,
    top_fixes,
    verdict,
    weighted_score,
)
from presence_audit.text.suggest import did_you_mean

if TYPE_CHECKING:
    from presence_audit.sources.context import Collector, GatherContext


class CheckSettings(Protocol):
    """One check's settings: ``checks.<id>`` of the config."""

    @property
    def enabled(self) -> bool: ...

    @property
    def severity(self) -> Severity | None: ...

    @property
    def weight(self) -> float | None: ...

    @property
    def options(self) -> Mapping[str, Any]: ...


class ScoringSettings(Protocol):
    """The ``scoring`` section of the config."""

    @property
    def ready(self) -> int: ...

    @property
    def almost(self) -> int: ...

    @property
    def blocking_severity(self) -> str: ...

    @property
    def min_category(self) -> Mapping[str, int]: ...


class RunConfig(Protocol):
    @property
    def checks(self) -> Mapping[str, CheckSettings]: ...

    @property
    def scoring(self) -> ScoringSettings: ...

    def subject(self) -> Subject: ...


class RunSettings(Protocol):
    """What a run reads of its configuration: who it is about, each check's settings, the
    scoring, and where a key is (for messages). A loaded config file offers it; so does
    ``config.plain.PlainSettings``, for runs with no file to validate (``note``, ``demo``)."""

    @property
    def config(self) -> RunConfig: ...

    def where(self, key_path: KeyPath) -> str: ...


class PlannedCheck(NamedTuple):
    """A check as this run will run it: options resolved, severity and weight from config."""

    spec: CheckSpec
    options: Mapping[str, Any]
    severity: Severity
    weight: float


class GatherProgress(Protocol):
    """Told when each collector starts and ends (the CLI shows it on stderr)."""

    def started(self, name: str) -> None: ...

    def finished(self, name: str, artifact: Artifact) -> None: ...


@dataclass(frozen=True)
class RunRequest:
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    save_artifacts: Path | None = None
    from_artifacts: Path | None = None
    artifacts: Mapping[str, Artifact] | None = None
    """Artifacts already at hand (a note given on the command line): used as they are."""
    generated_at: str | None = None
    use_cache: bool = True
    progress: GatherProgress | None = None


@dataclass
class RunOutcome:
    report: Report
    artifacts: dict[str, Artifact] = field(default_factory=dict)


def check_options(loaded: RunSettings, registry: Registry) -> dict[str, dict[str, Any]]:
    """Check the ``checks:`` section against the registry; return typed options per id.

    Done after loading because plugins named in ``check_paths`` add ids and options.
    """
    options_by_id: dict[str, dict[str, Any]] = {}
    for check_id, settings in loaded.config.checks.items():
        key_path: KeyPath = ("checks", check_id)
        try:
            spec = registry.get(check_id)
        except UnknownCheckError as exc:
            raise ConfigError(
                f"{loaded.where(key_path)}: checks: {exc}. `presence-audit checks` lists them."
            ) from None
        typed: dict[str, Any] = {}
        for name, value in settings.options.items():
            option_path = (*key_path, "options", name)
            if name not in spec.options:
                hint = did_you_mean(name, list(spec.options))
                known = ", ".join(spec.options) or "none"
                raise ConfigError(
                    f"{loaded.where(option_path)}: {dotted(option_path)}: unknown option "
                    f"{name!r}{hint}; {check_id} takes: {known}"
                )
            try:
                typed[name] = spec.options[name].coerce(value)
            except ValueError as exc:
                raise ConfigError(
                    f"{loaded.where(option_path)}: {dotted(option_path)}: {exc}"
                ) from None
        options_by_id[check_id] = typed
    return options_by_id


def plan_checks(
    loaded: RunSettings, registry: Registry, select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[PlannedCheck]:
    """Enabled checks, narrowed by ``select`` and trimmed by ``ignore``, in catalogue order.

    ``select`` and ``ignore`` take check ids or whole categories (``search``). Raises
    ``UnknownCheckError`` for an id that names nothing, so a typo never silently runs all.
    """
    options_by_id = check_options(loaded, registry)
    selected = _expand(select, registry) if select else None
    ignored = _expand(ignore, registry)
    planned = []
    for spec in registry:
        settings = loaded.config.checks.get(spec.id)
        if settings is not None and not settings.enabled:
            continue
        if (selected is not None and spec.id not in selected) or spec.id in ignored:
            continue
        planned.append(PlannedCheck(
            spec=spec,
            options=spec.resolve_options(options_by_id.get(spec.id, {})),
            severity=settings.severity if settings and settings.severity else spec.severity,
            weight=settings.weight if settings and settings.weight is not None else spec.weight,
        ))
    if not planned and (select or ignore):
        # An empty audit would exit 3 ("could not measure"), which is not what happened.
        raise ConfigError("--select/--ignore leave no check to run")
    return planned


def _expand(ids: Iterable[str], registry: Registry) -> set[str]:
    expanded: set[str] = set()
    for item in ids:
        if item in CATEGORIES:
            expanded.update(s.id for s in registry if s.category == item)
        elif item in registry:
            expanded.add(registry.get(item).id)
        else:
            names = [*CATEGORIES, *(spec.id for spec in registry)]
            raise UnknownCheckError(item, _closest(item, names))
    return expanded


def _closest(item: str, names: Sequence[str]) -> str | None:
    """The id or category ``item`` was most likely meant to be (``serch`` → ``search``)."""
    import difflib

    close = difflib.get_close_matches(item, names, n=1, cutoff=0.6)
    return close[0] if close else None


def required_artifacts(planned: Sequence[PlannedCheck]) -> list[str]:
    """Artifact names the planned checks need or can use, each once, in first-needed order."""
    return list(dict.fromkeys(
        name for p in planned for name in (*p.spec.requires, *p.spec.optional)
    ))


COLLECTOR_GRACE_SECONDS = 5.0
"""How long past the deadline a collector may take to report its own, more precise, failure."""


def gather(
    names: Sequence[str], context: GatherContext, collectors: Mapping[str, Collector],
    progress: GatherProgress | None = None,
) -> dict[str, Artifact]:
    """Run the collectors for the needed artifacts concurrently; one that raises yields an error.

    Sources are independent, so they run side by side; politeness towards each site is the
    HTTP client's job (per-host limits), not the order collectors happen to run in.
    """

    def collect(name: str) -> Artifact:
        if progress is not None:
            progress.started(name)
        collector = collectors.get(name)
        if collector is None:
            artifact = _not_produced(name)
        else:
            try:
                artifact = collector(context)
            except Exception as exc:  # one broken source must not take the audit down
                artifact = Artifact.failed(name, "collector", f"collector failed: {exc}")
        if progress is not None:
            progress.finished(name, artifact)
        return artifact

    if not names:
        return {}
    # Daemon threads, not a pool: a collector stuck past the run's deadline (a provider whose
    # own client ignores it) is abandoned and reported, and must not hold the process either.
    pending = {name: Pending(functools.partial(collect, name), f"gather-{name}")
               for name in names}
    deadline = context.deadline
    artifacts: dict[str, Artifact] = {}
    for name, call in pending.items():
        try:
            artifacts[name] = call.result(deadline.remaining() + COLLECTOR_GRACE_SECONDS)
        except OverrunError:
            artifact = Artifact.failed(
                name, "deadline", f"{name} was still being gathered when the run's "
                f"{deadline.seconds:g} s time budget (network.deadline_seconds) ran out; "
                "abandoned")
            if progress is not None:
                progress.finished(name, artifact)
            artifacts[name] = artifact
    return artifacts


def _not_produced(name: str) -> Artifact:
    return Artifact.failed(name, "none", f"no collector produces the artifact {name!r}")


def load_artifacts(names: Sequence[str], folder: Path) -> dict[str, Artifact]:
    """Artifacts saved by ``--save-artifacts``; a missing or unreadable one is an error."""
    artifacts: dict[str, Artifact] = {}
    for name in names:
        path = folder / f"{name}.json"
        try:
            artifact = Artifact.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            artifact = Artifact.failed(name, "saved", f"{path} not found")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            artifact = Artifact.failed(name, "saved", f"{path} is not a saved artifact: {exc}")
        if artifact.name != name:
            artifact = Artifact.failed(name, "saved", f"{path} holds {artifact.name!r}")
        artifacts[name] = artifact
    return artifacts


class SaveError(OSError):
    """Artifacts could not be saved; the message names the folder or file and why."""


def writable_folder(folder: Path) -> None:
    """Create ``folder`` if need be; raise ``SaveError`` when it cannot be written into."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"cannot create {folder}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SaveError(f"cannot write into {folder}")


def save_artifacts(artifacts: Mapping[str, Artifact], folder: Path) -> None:
    """Each artifact as ``folder/NAME.json``, written atomically, or ``SaveError``."""
    writable_folder(folder)
    for name, artifact in artifacts.items():
        path = folder / f"{name}.json"
        text = json.dumps(artifact.to_dict(), indent=2, ensure_ascii=False) + "\n"
        try:
            write_atomic(path, text)
        except OSError as exc:
            raise SaveError(f"cannot write {path}: {exc.strerror or exc}") from None


def audit(
    planned: Sequence[PlannedCheck], artifacts: Mapping[str, Artifact], subject: Subject
) -> list[Result]:
    return [run_check(p, artifacts, subject) for p in planned]


def run_check(
    planned: PlannedCheck, artifacts: Mapping[str, Artifact], subject: Subject
) -> Result:
    spec = planned.spec
    for name in spec.requires:
        artifact = artifacts.get(name)
        if artifact is None:
            return _stamp(planned, Finding(Outcome.ERROR, f"the {name!r} artifact is missing"))
        if artifact.status is ArtifactStatus.SKIPPED:
            return _stamp(planned, Finding(Outcome.SKIP, artifact.detail or f"{name} skipped"))
        if artifact.status is ArtifactStatus.ERROR:
            return _stamp(planned, Finding(
                Outcome.ERROR, f"could not obtain {name}: {artifact.detail}",
            ))
    context = CheckContext(
        subject=subject,
        artifacts={name: artifacts[name] for name in (*spec.requires, *spec.optional)
                   if name in artifacts},
        options=planned.options,
    )
    try:
        # Typed as object: plugins are third-party code and may return anything.
        finding: object = spec.run(context)
    except Exception as exc:  # a buggy check is reported, not fatal (Lighthouse does the same)
        return _stamp(planned, Finding(
            Outcome.ERROR, f"the check raised {type(exc).__name__}: {exc}",
        ))
    if not isinstance(finding, Finding):
        return _stamp(planned, Finding(
            Outcome.ERROR, f"the check returned {type(finding).__name__}, not a Finding",
        ))
    problem = _malformed(finding)
    if problem is not None:
        # Caught here, or the report could not be written and the whole run would fail.
        return _stamp(planned, Finding(
            Outcome.ERROR, f"the check returned a malformed Finding: {problem}",
        ))
    return _stamp(planned, finding)


def _malformed(finding: Finding) -> str | None:
    """What keeps a plugin's Finding out of the report (its types are not enforced), or None."""
    # Read as objects: the annotations promise what a plugin need not have kept.
    outcome: object = finding.outcome
    texts: tuple[object, ...] = (finding.message, finding.fix)
    evidence: object = finding.evidence
    score: object = finding.score
    data: object = finding.data
    if not isinstance(outcome, Outcome):
        return f"outcome {outcome!r} is not an Outcome"
    if not all(isinstance(text, str) for text in texts):
        return "message and fix must be text"
    if not isinstance(evidence, (list, tuple)) or not all(
        isinstance(e, Evidence) and isinstance(e.text, str)
        and all(isinstance(v, (str, type(None))) for v in (e.url, e.source))
        for e in evidence
    ):
        return "evidence must be a list of Evidence with text"
    if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))
                              or not math.isfinite(score)):
        return "score must be a number from 0 to 1"
    if not isinstance(data, dict):
        return "data must be a dict"
    try:
        json.dumps(data)
    except (TypeError, ValueError) as exc:
        return f"data is not JSON-serialisable ({exc})"
    return None


def _stamp(planned: PlannedCheck, finding: Finding) -> Result:
    spec = planned.spec
    return Result(
        check_id=spec.id,
        title=spec.title,
        category=spec.category,
        outcome=finding.outcome,
        severity=planned.severity,
        weight=planned.weight,
        message=finding.message,
        fix=finding.fix if finding.outcome in (Outcome.WARN, Outcome.FAIL) else "",
        evidence=list(finding.evidence),
        data=dict(finding.data),
        score=finding.score,
    )


def build_report(
    subject: Subject, results: list[Result], artifacts: Mapping[str, Artifact], *,
    thresholds: Thresholds, warnings: Sequence[str] = (), generated_at: str | None = None,
    requires: Mapping[str, Sequence[str]] | None = None,
) -> Report:
    """The report of one audit. ``requires`` (check id → the artifacts it needs) lets the
    report name the root cause of each check that could not be measured."""
    from presence_audit.core.unmeasured import root_causes

    score = weighted_score(results)
    sources = [a.source_status() for a in artifacts.values()]
    report = Report(
        subject_name=subject.name,
        tool_version=__version__,
        generated_at=generated_at or utc_now(),
        score=score,
        verdict="",
        categories=category_scores(results),
        results=results,
        sources=sources,
        top_fixes=top_fixes(results),
        warnings=[*warnings, *(f"{a.name}: {w}" for a in artifacts.values() for w in a.warnings)],
        unmeasured=root_causes(results, artifacts, requires or {}),
        thresholds={"ready": thresholds.ready, "almost": thresholds.almost,
                    **({"min_category": dict(thresholds.min_category)}
                       if thresholds.min_category else {})},
    )
    report.verdict = verdict(score, results, thresholds, report.incomplete)
    return report


def thresholds_of(loaded: RunSettings) -> Thresholds:
    scoring = loaded.config.scoring
    blocking = None if scoring.blocking_severity == "none" else Severity(scoring.blocking_severity)
    return Thresholds(ready=scoring.ready, almost=scoring.almost, blocking_severity=blocking,
                      min_category=tuple(sorted(scoring.min_category.items())))


def run(
    loaded: RunSettings, registry: Registry, request: RunRequest,
    collectors: Mapping[str, Collector],
) -> RunOutcome:
    """The whole pipeline for one configuration, gathering with the ``collectors`` given.

    With ``request.from_artifacts`` or ``request.artifacts`` nothing is gathered and
    ``collectors`` may be empty; gathering needs a loaded config file (its sources and network
    settings).
    """
    planned = plan_checks(loaded, registry, request.select, request.ignore)
    names = required_artifacts(planned)
    if request.save_artifacts is not None:
        writable_folder(request.save_artifacts)  # fail now, not after minutes of gathering
    if request.from_artifacts is not None:
        artifacts = load_artifacts(names, request.from_artifacts)
    elif request.artifacts is not None:
        given = request.artifacts
        artifacts = {name: given.get(name) or _not_produced(name) for name in names}
    else:
        from presence_audit.config.load import LoadedConfig
        from presence_audit.sources.context import GatherContext

        if not isinstance(loaded, LoadedConfig):
            raise TypeError("gathering needs a loaded config file")
        context = GatherContext(loaded, use_cache=request.use_cache,
                                note=getattr(request.progress, "note", None))
        try:
            artifacts = gather(names, context, collectors, request.progress)
        finally:
            context.close()
    if request.save_artifacts is not None:
        save_artifacts(artifacts, request.save_artifacts)
    subject = loaded.config.subject()
    results = audit(planned, artifacts, subject)
    report = build_report(subject, results, artifacts, thresholds=thresholds_of(loaded),
                          warnings=registry.problems, generated_at=request.generated_at,
                          requires={p.spec.id: p.spec.requires for p in planned})
    return RunOutcome(report=report, artifacts=artifacts)
