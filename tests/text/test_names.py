"""Name matching: what counts as naming the person, and what it reports having matched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presence_audit.text.folding import fold
from presence_audit.text.names import NameMatch, match_name, similarity

ADA = ("Ada Example", "A. Example")


@pytest.mark.parametrize(
    ("text", "names", "matched", "name", "kind"),
    [
        ("Ada Example — Data engineer", ADA, "Ada Example", "Ada Example", "exact"),
        ("ADA EXAMPLE", ADA, "ADA EXAMPLE", "Ada Example", "exact"),
        ("Âda Ëxample's blog", ADA, "Âda Ëxample", "Ada Example", "exact"),
        ("ada-example", ADA, "ada-example", "Ada Example", "exact"),
        ("Home of Ada\n  Example", ADA, "Ada\n  Example", "Ada Example", "exact"),
        ("Ada M. Example", ADA, "Ada M. Example", "Ada Example", "middle"),
        ("Ada Maria Example", ADA, "Ada Maria Example", "Ada Example", "middle"),
        ("Ada Maria Luisa Example", ADA, "Ada Maria Luisa Example", "Ada Example", "middle"),
        # The alias is configured, so "A. Example" is an exact match of it.
        ("by A. Example", ADA, "A. Example", "A. Example", "exact"),
        ("by A. Example", ("Ada Example",), "A. Example", "Ada Example", "initials"),
        ("A. M. Example", ("Ada Example",), "A. M. Example", "Ada Example", "initials"),
        ("Ada Exampel", ADA, "Ada Exampel", "Ada Example", "fuzzy"),
        # Configured middle names may be dropped or shortened.
        ("Ada Example", ("Ada Maria Example",), "Ada Example", "Ada Maria Example", "middle"),
        ("Ada M Example", ("Ada Maria Example",), "Ada M Example", "Ada Maria Example",
         "middle"),
        ("A. Example", ("Ada Maria Example",), "A. Example", "Ada Maria Example", "initials"),
        ("José Müller", ("Jose Mueller",), "José Müller", "Jose Mueller", "fuzzy"),
        ("Seán O’Brien", ("Sean O'Brien",), "Seán O’Brien", "Sean O'Brien", "exact"),
        ("Sean OBrien", ("Sean O'Brien",), "Sean OBrien", "Sean O'Brien", "exact"),
        ("adaex on GitHub", ("Ada Example", "adaex"), "adaex", "adaex", "exact"),
    ],
)
def test_names_that_match(text: str, names: tuple[str, ...], matched: str, name: str,
                          kind: str) -> None:
    found = match_name(text, names)
    assert found is not None
    assert (found.matched, found.name, found.kind) == (matched, name, kind)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Adam Example", ADA),  # short words never match fuzzily
        ("Ada loves Example", ADA),  # lower-case words in between are not a middle name
        ("Example, Ada", ADA),
        ("Ada Lovelace", ADA),
        ("Ada Exemplary", ("Ada Example",)),  # too far from the name to be a misspelling
        ("Ada Lovelace Example", ("Ada Maria Example",)),
        ("B. Example", ("Ada Example",)),
        ("Addy Exampel", ("Ada Example",)),  # every word fuzzy is too loose
        ("", ADA),
        ("— | —", ADA),
    ],
)
def test_text_that_does_not_name_the_person(text: str, names: tuple[str, ...]) -> None:
    assert match_name(text, names) is None


def test_the_best_kind_wins_over_position_and_order() -> None:
    found = match_name("A. Example, also known as Ada Example", ("Ada Example",))
    assert found is not None
    assert (found.matched, found.kind) == ("Ada Example", "exact")


def test_earlier_configured_names_win_ties() -> None:
    found = match_name("Ada Example and Ada E", ("Ada E", "Ada Example"))
    assert found is not None
    assert found.name == "Ada E"


def test_fuzzy_matches_carry_their_score() -> None:
    found = match_name("Ada Exampel", ("Ada Example",))
    assert found is not None
    assert 85 <= found.score < 100
    assert found.via == f'fuzzy match ({found.score:.0f}) of "Ada Example"'


@pytest.mark.parametrize(
    ("found", "described"),
    [
        (NameMatch("Ada Example", "Ada Example", "exact"),
         '"Ada Example" (exact match of "Ada Example")'),
        (NameMatch("Ada\n M. Example", "Ada Example", "middle"),
         '"Ada M. Example" (match with a middle name or initial of "Ada Example")'),
        (NameMatch("A. Example", "Ada Example", "initials"),
         '"A. Example" (initials of "Ada Example")'),
    ],
)
def test_evidence_says_what_matched_and_how(found: NameMatch, described: str) -> None:
    assert found.describe() == described


def test_fold_ignores_case_accents_and_apostrophes() -> None:
    assert fold("José O'Brien STRAẞE", apostrophes=False) == "jose obrien strasse"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdeéü -", max_size=14), st.text(alphabet="abcdeéü -", max_size=14))
def test_similarity_is_rapidfuzz_ratio(a: str, b: str) -> None:
    fuzz = pytest.importorskip("rapidfuzz.fuzz")
    assert similarity(a, b) == fuzz.ratio(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("example", "exampel"), ("mueller", "muller"), ("ada example", "ada examples"),
    ("katherine", "kathryn"), ("", ""), ("abc", ""), ("jordan", "acme"),
])
def test_similarity_of_names_is_rapidfuzz_ratio(a: str, b: str) -> None:
    fuzz = pytest.importorskip("rapidfuzz.fuzz")
    assert similarity(a, b) == fuzz.ratio(a, b)
