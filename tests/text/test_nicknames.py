"""First-name forms read from the nicknames dataset's file agree with the package's own reading."""

from __future__ import annotations

import functools

import pytest
from nicknames import NickNamer, name_triplets

from presence_audit.text import nicknames
from presence_audit.text.nicknames import forms_of


@functools.lru_cache(maxsize=1)
def namer() -> NickNamer:
    return NickNamer()


def package_forms(name: str) -> tuple[str, ...]:
    key = name.strip().casefold()
    forms = set(namer().nicknames_of(key)) | set(namer().canonicals_of(key))
    forms.discard(key)
    return tuple(sorted(forms))


def test_every_name_in_the_dataset_has_the_packages_forms() -> None:
    names = {name for triplet in name_triplets() for name in (triplet.name1, triplet.name2)}
    assert len(names) > 1000
    for name in names:
        assert forms_of(name) == package_forms(name), name


@pytest.mark.parametrize(("name", "form"), [
    ("Geoffrey", "geoff"), ("Kate", "katherine"), ("  ROBERT ", "bob"), ("Bob", "robert"),
])
def test_short_and_long_forms(name: str, form: str) -> None:
    assert form in forms_of(name)


def test_unknown_and_empty_names_have_no_forms() -> None:
    assert forms_of("Xqzwv") == ()
    assert forms_of("  ") == ()


def test_without_the_file_the_package_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nicknames, "package_file", lambda package, name: None)
    nicknames._lowered_rows.cache_clear()
    nicknames.forms_of.cache_clear()
    try:
        assert "geoff" in forms_of("Geoffrey")
        assert forms_of("Geoffrey") == package_forms("Geoffrey")
    finally:
        nicknames._lowered_rows.cache_clear()
        nicknames.forms_of.cache_clear()
