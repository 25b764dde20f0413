"""Why checks could not be measured, one entry per root cause.

An offline run fails the same way everywhere: every engine, GitHub and the portfolio "do not
resolve". Listing that once per check buries it (an early report printed it 40 times); the
report instead carries each root cause once, with the sources it stopped and the checks that
could not be measured because of it. Renderers print one line per entry.

A cause is read from the failed artifact's own record of the failure (the typed ``kind`` a
fetch or search failed with), never from the wording of a check's message.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.core.model import Outcome, Result, Unmeasured

SOURCE_LABELS = {
    "serps": "the search engines",
    "portfolio": "your portfolio",
    "github": "GitHub",
    "linkedin": "LinkedIn",
    "profile_pages": "your other profiles",
    "note": "your note",
}
# Failures that say more about this machine or this run than about any one source: one line
# however many sources they stopped.
_OFFLINE_MARKERS = ("does not resolve", "name or service not known", "nodename nor servname",
                    "temporary failure in name resolution")
_SHARED_CAUSES = {
    "offline": "could not be reached: no network? (host names do not resolve)",
    "deadline": "ran out of time: the run's network deadline passed (network.deadline_seconds)",
}
_MAX_DETAIL = 160


def root_causes(
    results: Sequence[Result], artifacts: Mapping[str, Artifact],
    requires: Mapping[str, Sequence[str]],
) -> list[Unmeasured]:
    """Each unmeasured check under the first failed artifact it required, grouped by cause.

    ``requires`` maps check ids to the artifacts they need. A check that failed on its own
    (it raised, or its input was malformed) is its own cause, worded by its message.
    """
    entries: dict[str, Unmeasured] = {}
    for result in results:
        if result.outcome is not Outcome.ERROR:
            continue
        failed = next((name for name in requires.get(result.check_id, ())
                       if name in artifacts and _failed(artifacts[name])), None)
        if failed is None:
            key, text, source = f"check:{result.check_id}", _short(result.message), None
        else:
            key, text = _cause_of(failed, artifacts[failed])
            source = failed
        entry = entries.setdefault(key, Unmeasured(text))
        if source is not None and source not in entry.sources:
            entry.sources.append(source)
        entry.checks.append(result.check_id)
    return [_worded(entry) for entry in entries.values()]


def _failed(artifact: Artifact) -> bool:
    return artifact.status is ArtifactStatus.ERROR or (
        artifact.status is ArtifactStatus.OK and bool(artifact.problems))


def _cause_of(name: str, artifact: Artifact) -> tuple[str, str]:
    failures = list(_failures(artifact))
    messages = " ".join(message.lower() for _, message in failures)
    if any(marker in messages for marker in _OFFLINE_MARKERS):
        return "offline", _SHARED_CAUSES["offline"]
    if failures and all(kind == "deadline" for kind, _ in failures):
        return "deadline", _SHARED_CAUSES["deadline"]
    label = SOURCE_LABELS.get(name, name)
    detail = failures[0][1] if failures else artifact.detail
    return f"source:{name}", f"{label}: {_short(detail)}"


def _failures(artifact: Artifact) -> Iterator[tuple[str, str]]:
    """(kind, message) of every failure the artifact recorded, most specific first."""
    data: Mapping[str, Any] = artifact.data if isinstance(artifact.data, Mapping) else {}
    for key in ("fetch_error", "error"):
        error = data.get(key)
        if isinstance(error, Mapping):
            yield str(error.get("kind", "")), str(error.get("message", ""))
    for item in data.get("lists") or []:
        error = item.get("error") if isinstance(item, Mapping) else None
        if isinstance(error, Mapping):
            yield str(error.get("kind", "")), str(error.get("message", ""))
    if artifact.status is ArtifactStatus.ERROR and artifact.detail:
        yield "", artifact.detail
    for problem in artifact.problems:
        yield "", problem


def _worded(entry: Unmeasured) -> Unmeasured:
    """Shared causes name the sources they stopped: "the search engines and GitHub could…"."""
    if entry.sources and any(entry.cause == text for text in _SHARED_CAUSES.values()):
        labels = [SOURCE_LABELS.get(s, s) for s in entry.sources]
        joined = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        entry.cause = f"{joined[:1].upper()}{joined[1:]} {entry.cause}"
    return entry


def _short(text: str) -> str:
    one_line = " ".join(str(text).split())
    return one_line if len(one_line) <= _MAX_DETAIL else one_line[:_MAX_DETAIL - 1] + "…"
