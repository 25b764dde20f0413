"""What changed between two audits: score, outcomes, ranks, results about you, profile fields.

Either side is a *snapshot*: a report, plus — when it comes from the history — the subject it
audited and the artifacts kept with it. Report files carry no artifacts, so between two files
only the score, the outcomes and the ranks are compared; ``results`` and ``profile`` are then
``None`` ("not compared"), never an empty "nothing changed".

A measurement that failed is never compared as a value: a check that ended in ``error`` or
``skip`` contributes no ranks, an (engine, query) pair a check lists under ``unmeasured`` is
reported as not compared, and a profile field that is ``null`` (unknown) is not a change.

Ranks are read from any result whose ``data`` has the shape the rank checks write
(``core.ranks``), so plugins that follow it are compared too.

Results about you are the results on page 1 for the name query (template ``{name}``) that
``presence_audit.text.classify`` classes ``about-you``: not your own pages, not namesakes, not
pages you marked ``not_me``. Both sides are classified with the same subject (the later
run's), so a ``not_me`` added since does not show up as a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from presence_audit.core.model import JSONDict, Subject
from presence_audit.core.ranks import UNMEASURED, is_rank, rank_tables
from presence_audit.text.classify import ABOUT_YOU, Classifier, address_key

PAGE_SIZE = 10
NAME_TEMPLATE = "{name}"
SCORED = {"pass": 2, "warn": 1, "fail": 0}
"""Outcomes that are judgements, best first by value; others are never a regression."""

UNCOMPARED_OUTCOMES = ("error", "skip")
PROFILE_FIELDS = ("headline", "summary_length", "recommendations", "photo")

RankKey = tuple[str, str, str, str]
"""``(check_id, target, engine, query)``."""


@dataclass(frozen=True)
class Snapshot:
    """One side of a comparison. ``artifacts`` is None when none were kept (a report file)."""

    report: Mapping[str, Any]
    label: str
    run_id: int | None = None
    subject: Subject | None = None
    artifacts: Mapping[str, Mapping[str, Any]] | None = None

    def summary(self) -> JSONDict:
        return {
            "label": self.label,
            "run_id": self.run_id,
            "generated_at": self.report.get("generated_at"),
            "score": self.report.get("score"),
            "verdict": self.report.get("verdict"),
        }


@dataclass(frozen=True)
class OutcomeChange:
    check_id: str
    title: str
    before: str
    after: str

    @property
    def regressed(self) -> bool:
        """A measured judgement got worse: pass → warn or fail, warn → fail."""
        if self.before not in SCORED or self.after not in SCORED:
            return False
        return SCORED[self.after] < SCORED[self.before]

    def to_dict(self) -> JSONDict:
        return {**asdict(self), "regressed": self.regressed}


@dataclass(frozen=True)
class RankChange:
    """A measured rank that moved; ``None`` is "measured, not in the results"."""

    check_id: str
    target: str
    engine: str
    query: str
    before: int | None
    after: int | None

    @property
    def worse(self) -> bool:
        if self.before is None:
            return False
        return self.after is None or self.after > self.before

    def to_dict(self) -> JSONDict:
        return {**asdict(self), "worse": self.worse}


@dataclass(frozen=True)
class NotCompared:
    """A rank one side could not measure: listed so that silence is not read as "unchanged"."""

    check_id: str
    target: str
    engine: str
    query: str
    reason: str

    def to_dict(self) -> JSONDict:
        return asdict(self)


@dataclass(frozen=True)
class ResultChange:
    """A result about you that appeared on (or left) page 1 of one engine for one query."""

    engine: str
    query: str
    rank: int
    title: str
    url: str

    def to_dict(self) -> JSONDict:
        return asdict(self)


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any

    def to_dict(self) -> JSONDict:
        return asdict(self)


@dataclass(frozen=True)
class Diff:
    before: Snapshot
    after: Snapshot
    outcomes: list[OutcomeChange]
    ranks: list[RankChange]
    not_compared: list[NotCompared]
    appeared: list[ResultChange] | None
    disappeared: list[ResultChange] | None
    profile: list[FieldChange] | None

    @property
    def score_delta(self) -> int | None:
        """after − before, or None when either is missing or the scores are not comparable."""
        before, after = self.before.report.get("score"), self.after.report.get("score")
        if not isinstance(before, int) or not isinstance(after, int):
            return None
        if self.score_note is not None:
            return None
        return after - before

    @property
    def score_note(self) -> str | None:
        """Why two scores must not be compared: a run narrowed with --select/--ignore (or
        with checks added or removed) is scored over other checks, so its score is another
        quantity, and a "drop" would only be the change of scope."""
        if _check_ids(self.before.report) != _check_ids(self.after.report):
            return "not compared: different checks ran"
        return None

    def category_changes(self) -> list[JSONDict]:
        """Categories scored on both sides whose score moved, with the change; none when the
        two runs covered different checks (their scores are other quantities)."""
        if self.score_note is not None:
            return []
        before = {c.get("id"): c for c in self.before.report.get("categories") or []
                  if isinstance(c, dict)}
        moved: list[JSONDict] = []
        for category in self.after.report.get("categories") or []:
            if not isinstance(category, dict):
                continue
            earlier = before.get(category.get("id"))
            old, new = (earlier or {}).get("score"), category.get("score")
            if isinstance(old, int) and isinstance(new, int) and old != new:
                moved.append({"id": category.get("id"), "title": category.get("title"),
                              "before": old, "after": new, "delta": new - old})
        return moved

    def to_dict(self) -> JSONDict:
        results = None
        if self.appeared is not None and self.disappeared is not None:
            results = {"appeared": [r.to_dict() for r in self.appeared],
                       "disappeared": [r.to_dict() for r in self.disappeared]}
        return {
            "before": self.before.summary(),
            "after": self.after.summary(),
            "score": {"before": self.before.report.get("score"),
                      "after": self.after.report.get("score"), "delta": self.score_delta,
                      "note": self.score_note},
            "categories": self.category_changes(),
            "outcomes": [c.to_dict() for c in self.outcomes],
            "ranks": [c.to_dict() for c in self.ranks],
            "not_compared": [n.to_dict() for n in self.not_compared],
            "results": results,
            "profile": None if self.profile is None else [c.to_dict() for c in self.profile],
        }


def compare(before: Snapshot, after: Snapshot) -> Diff:
    """Everything that changed from ``before`` to ``after``."""
    ranks, not_compared = rank_changes(before, after)
    subject = after.subject or before.subject
    appeared = disappeared = None
    if subject is not None:
        found = result_changes(_artifact(before, "serps"), _artifact(after, "serps"), subject)
        if found is not None:
            appeared, disappeared = found
    return Diff(
        before=before,
        after=after,
        outcomes=outcome_changes(before.report, after.report),
        ranks=ranks,
        not_compared=not_compared,
        appeared=appeared,
        disappeared=disappeared,
        profile=profile_changes(_artifact(before, "linkedin"), _artifact(after, "linkedin")),
    )


def _check_ids(report: Mapping[str, Any]) -> frozenset[str]:
    results = report.get("results")
    if not isinstance(results, list):
        return frozenset()
    return frozenset(str(r.get("check_id")) for r in results if isinstance(r, Mapping))


def _artifact(snapshot: Snapshot, name: str) -> Mapping[str, Any] | None:
    return None if snapshot.artifacts is None else snapshot.artifacts.get(name)


def _results(report: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {str(r.get("check_id")): r for r in _mappings(report.get("results"))}


def outcome_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[OutcomeChange]:
    """Checks present in both reports whose outcome differs, in the later report's order."""
    earlier = _results(before)
    changes = []
    for check_id, result in _results(after).items():
        old = earlier.get(check_id)
        if old is not None and old.get("outcome") != result.get("outcome"):
            changes.append(OutcomeChange(check_id, str(result.get("title", "")),
                                         str(old.get("outcome")), str(result.get("outcome"))))
    return changes


@dataclass(frozen=True)
class RankReadings:
    """A report's ranks: measured values, and the pairs that could not be measured."""

    measured: dict[RankKey, int | None]
    unmeasured: dict[RankKey, str]


def rank_readings(report: Mapping[str, Any]) -> RankReadings:
    """Every rank a report's checks measured, keyed by (check, target, engine, query)."""
    measured: dict[RankKey, int | None] = {}
    unmeasured: dict[RankKey, str] = {}
    for check_id, result in _results(report).items():
        if result.get("outcome") in UNCOMPARED_OUTCOMES:
            continue
        data = _mapping(result.get("data"))
        tables = rank_tables(data)
        for target, ranks in tables:
            for engine, queries in ranks.items():
                for query, rank in _mapping(queries).items():
                    if rank is None or is_rank(rank):
                        measured[(check_id, target, str(engine), str(query))] = rank
        targets = [target for target, _ in tables]
        for engine, queries in _mapping(data.get(UNMEASURED)).items():
            for query, reason in _mapping(queries).items():
                for target in targets:
                    unmeasured[(check_id, target, str(engine), str(query))] = str(reason)
    return RankReadings(measured, unmeasured)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _mappings(value: Any) -> list[Mapping[str, Any]]:
    """The objects in a JSON list; anything else in it (or instead of it) is passed over.

    Reports and artifacts may come from files people edited: an odd value there is not
    something to compare, and must not stop the run that compares it.
    """
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def rank_changes(before: Snapshot, after: Snapshot) -> tuple[list[RankChange], list[NotCompared]]:
    """Ranks measured on both sides that moved, and pairs one side could not measure."""
    old, new = rank_readings(before.report), rank_readings(after.report)
    changes = [
        RankChange(*key, old.measured[key], rank)
        for key, rank in new.measured.items()
        if key in old.measured and old.measured[key] != rank
    ]
    not_compared = []
    for key, reason in new.unmeasured.items():
        if key in old.measured or key in old.unmeasured:
            not_compared.append(NotCompared(*key, f"{after.label}: could not measure — {reason}"))
    for key, reason in old.unmeasured.items():
        if key in new.measured:
            not_compared.append(NotCompared(*key,
                                            f"{before.label}: could not measure — {reason}"))
    return changes, not_compared


def result_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, subject: Subject,
) -> tuple[list[ResultChange], list[ResultChange]] | None:
    """Results about you that appeared on or left page 1, per engine and name query.

    Only (engine, query) pairs measured on both sides are compared; None when no pair was
    (a side kept no result lists, or could not search for the name), so that "nothing
    appeared" is never said of searches that did not happen.
    """
    classifier = Classifier(subject)
    old, new = _page_one(before, classifier), _page_one(after, classifier)
    if old is None or new is None:
        return None
    pairs = [pair for pair in new if pair in old]
    if not pairs:
        return None
    appeared: list[ResultChange] = []
    disappeared: list[ResultChange] = []
    for pair in pairs:
        appeared.extend(r for key, r in new[pair].items() if key not in old[pair])
        disappeared.extend(r for key, r in old[pair].items() if key not in new[pair])
    return appeared, disappeared


Page = dict[tuple[str, str], dict[str, ResultChange]]


def _page_one(artifact: Mapping[str, Any] | None, classifier: Classifier) -> Page | None:
    if artifact is None or artifact.get("status") != "ok":
        return None
    pages: Page = {}
    for item in _mappings(_mapping(artifact.get("data")).get("lists")):
        if item.get("template") != NAME_TEMPLATE or item.get("status") != "ok":
            continue
        ranked = [r for r in _mappings(item.get("results"))
                  if is_rank(r.get("rank")) and isinstance(r.get("url"), str)]
        if not ranked:
            # An "ok" list with no result in it measured nothing, like an empty answer.
            continue
        engine, query = str(item.get("engine")), str(item.get("query"))
        page = pages.setdefault((engine, query), {})
        for result in _about_you(ranked, classifier):
            key = address_key(result["url"])
            rank = result["rank"]
            if key not in page or rank < page[key].rank:
                page[key] = ResultChange(engine, query, rank, str(result.get("title") or ""),
                                         result["url"])
    return pages


def _about_you(results: Iterable[Mapping[str, Any]],
               classifier: Classifier) -> Iterable[Mapping[str, Any]]:
    """The results on page 1 that are about the subject; each has a rank and a URL."""
    for result in results:
        if result["rank"] > PAGE_SIZE:
            continue
        found = classifier.classify(result["url"], str(result.get("title") or ""),
                                    str(result.get("snippet") or ""))
        if found.label == ABOUT_YOU:
            yield result


def profile_fields(artifact: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The compared fields of a ``linkedin`` artifact (None values are unknown), or None.

    An artifact that was not obtained, or a profile page that was blocked, tells nothing. A
    headline or summary the profile shows to be empty (listed in the profile's ``absent``)
    is known: ``""`` and length 0.
    """
    if artifact is None or artifact.get("status") != "ok":
        return None
    data = _mapping(artifact.get("data"))
    if data.get("status", "ok") != "ok":
        return None
    # A field listed in ``absent`` was shown to be empty: known, unlike a bare null.
    listed = data.get("absent")
    absent = {str(name) for name in listed} if isinstance(listed, list) else set()
    headline = "" if "headline" in absent else data.get("headline")
    summary = "" if "summary" in absent else data.get("summary")
    recommendations = data.get("recommendations")
    present = _mapping(data.get("photo")).get("present")
    return {
        "headline": " ".join(headline.split()) if isinstance(headline, str) else None,
        "summary_length": len(summary.strip()) if isinstance(summary, str) else None,
        "recommendations": recommendations if isinstance(recommendations, int)
        and not isinstance(recommendations, bool) else None,
        "photo": present if isinstance(present, bool) else None,
    }


def profile_changes(before: Mapping[str, Any] | None,
                    after: Mapping[str, Any] | None) -> list[FieldChange] | None:
    """Profile fields known on both sides that differ; None when a side has no profile."""
    old, new = profile_fields(before), profile_fields(after)
    if old is None or new is None:
        return None
    return [
        FieldChange(name, old[name], new[name])
        for name in PROFILE_FIELDS
        if old[name] is not None and new[name] is not None and old[name] != new[name]
    ]
