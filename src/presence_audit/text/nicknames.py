"""Short and long forms of first names, from the ``nicknames`` dataset (Old Dominion University's
hand-curated English names and nicknames): ``Geoff`` and ``Jeff`` for ``Geoffrey``, ``Katherine``
for ``Kate``. Only English names are covered; other languages' short forms are not guessed."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _namer() -> Any:
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=512)
def forms_of(name: str) -> tuple[str, ...]:
    """Nicknames and canonical names of ``name`` (case-insensitive), without ``name`` itself."""
    key = name.strip().casefold()
    if not key:
        return ()
    namer = _namer()
    forms = set(namer.nicknames_of(key)) | set(namer.canonicals_of(key))
    forms.discard(key)
    return tuple(sorted(forms))
