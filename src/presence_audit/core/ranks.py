"""The shape in which rank checks record ranks, and the one reader ``diff`` and ``history`` use.

A rank check's ``data`` holds, per target, a table ``{engine: {query: rank | None}}`` — ``None``
meaning "measured, not in the results" — plus ``unmeasured: {engine: {query: reason}}`` for
the pairs it could not measure. The target is either the portfolio's domain
(``{"domain": …, "ranks": table}``) or one profile per label (``{"profiles": {label:
{"ranks": table, …}}}``). Plugins that write the same shape are compared across runs too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

RankTable = dict[str, dict[str, "int | None"]]
"""``{engine: {query: best rank or None}}``."""

RANKS = "ranks"
DOMAIN = "domain"
PROFILES = "profiles"
UNMEASURED = "unmeasured"


def is_rank(value: Any) -> bool:
    """A position in a result list: 1 or more (a "rank 0" is no measurement)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def rank_tables(data: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """``(target, table)`` for every rank table in a result's ``data``, whoever wrote it."""
    tables: list[tuple[str, Mapping[str, Any]]] = []
    if isinstance(data.get(RANKS), Mapping):
        tables.append((str(data.get(DOMAIN) or ""), data[RANKS]))
    profiles = data.get(PROFILES)
    for label, profile in (profiles.items() if isinstance(profiles, Mapping) else ()):
        if isinstance(profile, Mapping) and isinstance(profile.get(RANKS), Mapping):
            tables.append((str(label), profile[RANKS]))
    return tables
