"""The phrase files: one per supported language, each with the lists every text rule reads."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from presence_audit.text import phrases
from presence_audit.text.phrases import (
    COMPILED,
    ONE_WORD,
    WILDCARD,
    FoldedText,
    Phrasebook,
    bundled,
    compiled_text,
)

LANGUAGES = ("en", "es", "pt", "de", "fr")
RULE_LISTS = (
    "greetings", "sign_offs", "postscripts", "compliments", "shared_context", "known",
    "possessives", "reader_work", "intros", "conversation", "invitations", "not_asks", "reasons",
    "pleasantries", "templates", "mass_openers", "pleasantry_openers", "abbreviations",
    "name_particles", "first_person", "third_person", "offers", "contacts",
    "headline_prepositions", "headline_defaults", "student_words", "role_nouns",
    "headline_offers", "conditionals", "openings", "here_words", "not_self_words",
    "bare_connects", "connect_words", "activity_subjects", "activity_adverbs",
    "not_activity_verbs", "thanks_for", "shared_interests", "question_words",
    "offer_verbs", "exchanges", "topic_markers", "through_words",
    "negations", "relative_you",
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


def test_the_compiled_phrase_lists_are_current() -> None:
    path = Path(str(files("presence_audit.text").joinpath("phrase_data", COMPILED)))
    if os.environ.get("PRESENCE_AUDIT_REGENERATE") == "1":
        path.write_text(compiled_text(), encoding="utf-8")
    assert path.read_text(encoding="utf-8") == compiled_text(), (
        f"{path.name} is stale: run PRESENCE_AUDIT_REGENERATE=1 python -m pytest "
        "tests/text/test_phrase_data.py")


def test_an_edited_phrase_file_counts_before_the_compiled_lists_are_remade(
        monkeypatch: pytest.MonkeyPatch) -> None:
    sources = phrases._bundled_sources()
    edited = [(name, text + "\nbare_connects:\n  - entirely new phrase\n" if name == "en.yaml"
               else text) for name, text in sources]
    monkeypatch.setattr(phrases, "_bundled_sources", lambda: edited)
    bundled.cache_clear()
    try:
        assert "entirely new phrase" in bundled().get("bare_connects")
    finally:
        bundled.cache_clear()


def test_the_compiled_lists_are_the_files_merged() -> None:
    bundled.cache_clear()
    assert bundled() == phrases._from_sources(phrases._bundled_sources())
