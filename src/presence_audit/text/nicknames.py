"""Short and long forms of first names, from the ``nicknames`` dataset (Old Dominion University's
hand-curated English names and nicknames): ``Geoff`` and ``Jeff`` for ``Geoffrey``, ``Katherine``
for ``Kate``. Only English names are covered; other languages' short forms are not guessed.

The dataset's ``names.csv`` is read directly, with the package's own rules (lower-cased,
trimmed, ``has_nickname`` rows only), without importing the package: its import asks
``importlib.metadata`` for its version, ~35 ms of every lint that knows the sender's name.
When the file cannot be found where the package keeps it, the package itself is asked.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from presence_audit.core.fileio import package_file

Lookup = dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _tables() -> tuple[Lookup, Lookup]:
    """(nicknames by canonical name, canonical names by nickname)."""
    path = package_file("nicknames", "names.csv")
    if path is None:
        return _from_package()
    nicknames: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as file:
        rows = csv.reader(file)
        next(rows, None)  # the header: name1,relationship,name2
        for row in rows:
            if len(row) == 3 and row[1] == "has_nickname":
                nicknames.setdefault(row[0].lower().strip(), set()).add(row[2].lower().strip())
    canonicals: dict[str, set[str]] = {}
    for canonical, forms in nicknames.items():
        for form in forms:
            canonicals.setdefault(form, set()).add(canonical)
    return _frozen(nicknames), _frozen(canonicals)


def _from_package() -> tuple[Lookup, Lookup]:
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
    nicknames, canonicals = _tables()
    forms = set(nicknames.get(key, ())) | set(canonicals.get(key, ()))
    forms.discard(key)
    return tuple(sorted(forms))
