"""Build the checklist: artifacts from the last run when fresh, the rest gathered, then judged.

Artifacts come, in order of preference, from a folder of recorded artifacts (the demo's),
from the cache ``run`` leaves behind (``artifact_cache``: fresh when obtained within
``max_age`` and obtained successfully), or from the collectors, gathered concurrently as
``run`` does. Whatever was gathered here is cached in turn. The note is never cached: it is
the one given now, or the config's ``outreach.note_file``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from presence_audit import __version__
from presence_audit.checks.registry import Registry
from presence_audit.config.load import LoadedConfig
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact, ArtifactStatus
from presence_audit.core.model import JSONDict, utc_now
from presence_audit.preflight import artifact_cache
from presence_audit.preflight.acks import AckStore
from presence_audit.preflight.checklist import FIXED_ITEMS, Checklist, Context, items_for
from presence_audit.runner import audit, gather, load_artifacts, plan_checks, required_artifacts
from presence_audit.sources.context import Collector, GatherContext
from presence_audit.sources.note import collect_note, with_shared_context

if TYPE_CHECKING:
    from presence_audit.sources.http import HttpClient

LINKEDIN_ARTIFACT = "linkedin"
"""Your own profile: its positions and schools make the shared context with a target."""


@dataclass(frozen=True)
class PreflightRequest:
    note: Artifact | None = None
    """The note to lint; None: the config's ``outreach.note_file``, if any."""
    target: str | None = None
    """A saved page or an http(s) URL of the person you are about to contact."""
    acknowledge: Sequence[str] = ()
    """Result URLs to mark reviewed before judging."""
    max_age: dt.timedelta = artifact_cache.DEFAULT_MAX_AGE
    recorded: Path | None = None
    """A folder of recorded artifacts, used whatever their age (the demo); nothing gathered."""
    generated_at: str | None = None


@dataclass
class Sourcing:
    """Where each artifact came from, for the checklist's sources list."""

    artifacts: dict[str, Artifact] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)

    def add(self, found: Mapping[str, Artifact], origin: str) -> None:
        for name, artifact in found.items():
            self.artifacts[name] = artifact
            self.origins[name] = origin

    def describe(self, now: dt.datetime) -> list[JSONDict]:
        rows = []
        for name, artifact in self.artifacts.items():
            age = artifact_cache.age_of(artifact, now)
            # As the report's sources say it: a search in which nothing could be measured is
            # an error, not ok; and one gathered during this preflight is not from the future.
            shown = artifact.source_status()
            rows.append({
                "artifact": name,
                "status": shown.status,
                "detail": shown.detail,
                "origin": self.origins[name],
                "age_hours": (round(max(0.0, age.total_seconds()) / 3600, 1)
                              if age is not None else None),
            })
        return rows


def checklist_ids(registry: Registry) -> list[str]:
    """The checks a preflight runs: the fixed items' checks that exist, and all outreach."""
    return [*(s.check_id for s in FIXED_ITEMS if s.check_id in registry), "outreach"]


def run_preflight(
    loaded: LoadedConfig, registry: Registry, request: PreflightRequest, *,
    acks: AckStore, collectors: Mapping[str, Collector] | None = None,
    cache_root: Path | None = None, now: dt.datetime | None = None,
) -> Checklist:
    """The checklist for ``loaded``'s person, with the target read when one is given."""
    from presence_audit.preflight.target import TargetError

    now = now or dt.datetime.now(dt.timezone.utc)
    if request.acknowledge:
        acks.add(request.acknowledge)
    planned = plan_checks(loaded, registry, checklist_ids(registry))
    names = [n for n in required_artifacts(planned) if n != NOTE_ARTIFACT]
    if request.target and LINKEDIN_ARTIFACT not in names:
        names.append(LINKEDIN_ARTIFACT)
    context = GatherContext(loaded)
    try:
        sourcing = _source(loaded, names, request, context, collectors, cache_root, now)
        note = request.note or _configured_note(request, context)
        target: JSONDict | None = None
        if request.target:
            try:
                target, terms = _read_target(loaded, request.target, lambda: context.http,
                                             sourcing.artifacts.get(LINKEDIN_ARTIFACT))
                note = with_shared_context(note, terms)
            except TargetError as exc:
                target = {"source": request.target, "status": "error", "detail": str(exc)}
    finally:
        context.close()
    origin = "given" if request.note else "recorded" if request.recorded else "config"
    sourcing.add({NOTE_ARTIFACT: note}, origin)
    subject = loaded.config.subject()
    results = audit(planned, sourcing.artifacts, subject)
    items = items_for(results, [p.spec.id for p in planned], list(registry.checks),
                      Context(reviewed=acks.load()),
                      no_note=note.detail if note.status is ArtifactStatus.SKIPPED else None)
    return Checklist(
        subject=subject.name,
        generated_at=request.generated_at or utc_now(),
        tool_version=__version__,
        items=items,
        sources=sourcing.describe(now),
        target=target,
        warnings=list(registry.problems),
    )


def _configured_note(request: PreflightRequest, context: GatherContext) -> Artifact:
    """The recorded note (the demo's) or the config's ``outreach.note_file``."""
    if request.recorded is not None and (request.recorded / f"{NOTE_ARTIFACT}.json").is_file():
        return load_artifacts([NOTE_ARTIFACT], request.recorded)[NOTE_ARTIFACT]
    return collect_note(context)


def _source(
    loaded: LoadedConfig, names: Sequence[str], request: PreflightRequest,
    context: GatherContext, collectors: Mapping[str, Collector] | None,
    cache_root: Path | None, now: dt.datetime,
) -> Sourcing:
    sourcing = Sourcing()
    if request.recorded is not None:
        sourcing.add(load_artifacts(names, request.recorded), "recorded")
        return sourcing
    sourcing.add(artifact_cache.recall(loaded, names, request.max_age, root=cache_root,
                                       now=now), "cached")
    missing = [n for n in names if n not in sourcing.artifacts]
    if not missing:
        return sourcing
    if collectors is None:
        # Imported only on a cache miss: the collectors pull in every source's parser.
        from presence_audit.sources.collectors import COLLECTORS

        collectors = COLLECTORS
    gathered = gather(missing, context, collectors)
    sourcing.add(gathered, "gathered")
    artifact_cache.remember(loaded, gathered, root=cache_root)
    return sourcing


def _read_target(
    loaded: LoadedConfig, source: str, http: Callable[[], HttpClient],
    linkedin: Artifact | None,
) -> tuple[JSONDict, list[str]]:
    """The target section of the checklist and the terms you share with them."""
    from presence_audit.preflight.target import (
        find_preferences,
        my_facts,
        opening_lines,
        read_target,
        shared_context,
        terms_of,
    )

    them = read_target(source, http)
    mine = linkedin if linkedin is not None and linkedin.status is ArtifactStatus.OK else None
    shared = shared_context(my_facts(loaded, mine), them)
    facts = them.to_dict()
    section: JSONDict = {
        "source": source,
        "status": "ok",
        "detail": f"read as a {facts.pop('source')}",
        **facts,
        "preferences": [p.to_dict() for p in find_preferences(them)],
        "shared": [s.to_dict() for s in shared],
        "openings": opening_lines(shared, them),
    }
    return section, terms_of(shared)
