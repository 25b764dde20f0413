"""The phrase files: one per supported language, each with the lists every text rule reads."""

from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from presence_audit.text.phrases import ONE_WORD, WILDCARD, FoldedText, Phrasebook, bundled

LANGUAGES = ("en", "es", "pt", "de", "fr")
RULE_LISTS = (
    "greetings", "sign_offs", "compliments", "shared_context", "known", "possessives",
    "reader_work", "intros", "conversation", "invitations", "not_asks", "reasons",
    "pleasantries", "templates", "mass_openers", "pleasantry_openers", "abbreviations",
    "name_particles", "first_person", "third_person", "offers", "contacts",
    "headline_prepositions", "headline_defaults", "student_words", "role_nouns",
    "headline_offers",
)


def load(language: str) -> dict[str, object]:
    folder = files("presence_audit.text").joinpath("phrase_data")
    data: dict[str, object] = yaml.safe_load(folder.joinpath(f"{language}.yaml").read_text(
        encoding="utf-8"))
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_list_a_rule_reads(language: str) -> None:
    data = load(language)
    assert data["language"] == language
    missing = [kind for kind in RULE_LISTS if not data.get(kind)]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_was_read_as_a_yaml_boolean_or_number(language: str) -> None:
    # `no`, `on` and `yes` are YAML booleans unless quoted: "no" is Portuguese for "in the".
    data = load(language)
    for kind, values in data.items():
        if isinstance(values, list):
            assert all(isinstance(v, str) for v in values), kind


@pytest.mark.parametrize(("phrase", "text", "found"), [
    (f"i came across {WILDCARD} your profile", "I came across and loved your profile", True),
    (f"i came across {WILDCARD} your profile", "I came across a b c d your profile", False),
    (f"i'm {ONE_WORD} a", "I'm Ada, a data engineer", True),
    (f"i'm {ONE_WORD} a", "I'm reaching out for a job", False),
])
def test_wildcards_stand_for_words(phrase: str, text: str, found: bool) -> None:
    book = Phrasebook({"intros": (phrase,)})
    assert bool(book.find("intros", FoldedText.of(text))) is found


def test_styled_letters_fold_like_plain_ones() -> None:
    book = bundled().merged({"sign_offs": ["simran"]})
    assert book.find("sign_offs", FoldedText.of("Thanks, 𝕾𝖎𝖒𝖗𝖆𝖓"))
