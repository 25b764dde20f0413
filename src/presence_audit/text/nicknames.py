"""Short and long forms of first names, from the ``nicknames`` dataset (Old Dominion University's
hand-curated English names and nicknames): ``Geoff`` and ``Jeff`` for ``Geoffrey``, ``Katherine``
for ``Kate``. Only English names are covered; other languages' short forms are not guessed.

The dataset's ``names.csv`` is read directly, with the package's own rules (lower-cased,
trimmed, ``has_nickname`` rows only) applied to the rows that hold the name, without importing
the package: its import asks ``importlib.metadata`` for its version, ~35 ms of every lint that
knows the sender's name.
When the file cannot be found where the package keeps it, the package itself is asked.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from presence_audit.core.fileio import package_file

Lookup = dict[str, frozenset[str]]
NICKNAME = "has_nickname"


@lru_cache(maxsize=1)
def _lowered_rows() -> str | None:
    """The dataset's rows, lower-cased; None when the file is not where the package keeps it."""
    path = package_file("nicknames", "names.csv")
    return None if path is None else path.read_text(encoding="utf-8").lower()


def _rows_mentioning(rows: str, key: str) -> list[str]:
    """The lines of ``rows`` in which ``key`` occurs. A row can only name ``key`` if it holds
    it, and one name is in a few dozen of the ~2,700 rows: parsing those alone spares building
    the whole table, the slower part of a lint that knows the sender's name."""
    lines: list[str] = []
    at = rows.find(key)
    while at != -1:
        start = rows.rfind("\n", 0, at) + 1
        end = rows.find("\n", at)
        end = len(rows) if end == -1 else end
        lines.append(rows[start:end])
        at = rows.find(key, end)
    return lines


def _forms_in_file(rows: str, key: str) -> set[str]:
    forms: set[str] = set()
    for row in csv.reader(_rows_mentioning(rows, key)):
        if len(row) == 3 and row[1] == NICKNAME:
            canonical, nickname = row[0].strip(), row[2].strip()
            if canonical == key:
                forms.add(nickname)
            if nickname == key:
                forms.add(canonical)
    return forms


@lru_cache(maxsize=1)
def _package_tables() -> tuple[Lookup, Lookup]:
    """(nicknames by canonical name, canonical names by nickname), as the package reads them."""
    from nicknames import NickNamer

    namer = NickNamer()
    return _frozen(namer.nickname_lookup), _frozen(namer.canonical_lookup)


def _frozen(table: dict[str, set[str]]) -> Lookup:
    return {key: frozenset(values) for key, values in table.items()}


@lru_cache(maxsize=512)
def forms_of(name: str) -> tuple[str, ...]:
    """Nicknames and canonical names of ``name`` (case-insensitive), without ``name`` itself."""
    key = name.strip().casefold()
    if not key:
        return ()
    rows = _lowered_rows()
    if rows is not None:
        forms = _forms_in_file(rows, key)
    else:
        nicknames, canonicals = _package_tables()
        forms = set(nicknames.get(key, ())) | set(canonicals.get(key, ()))
    forms.discard(key)
    return tuple(sorted(forms))
