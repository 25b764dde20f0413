"""Matching a text against only the phrases whose key word it contains finds the same hits as
matching it against the whole list."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from presence_audit.text.phrases import KINDS, FoldedText, Hit, Phrasebook, bundled, phrase_pattern

CORPUS = Path(__file__).parents[1] / "corpus"


def full_pattern_hits(book: Phrasebook, kind: str, text: FoldedText) -> list[Hit]:
    pattern = phrase_pattern(book.get(kind))
    return [] if pattern is None else [text.hit(m) for m in pattern.finditer(text.folded)]


def corpus_texts(name: str) -> list[str]:
    items = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))["items"]
    return [str(item["text"]) for item in items]


@pytest.mark.parametrize(("corpus", "kinds"), [
    ("notes.yaml", KINDS),
    ("headlines.yaml", KINDS),
    # About sections are long and matching them against every whole list is slow: the lists
    # the summary rule reads are the ones that matter there.
    ("about.yaml", ("first_person", "third_person", "offers", "contacts", "role_nouns")),
])
def test_the_corpus_finds_what_the_whole_lists_find(corpus: str, kinds: tuple[str, ...]) -> None:
    book = bundled()
    texts = corpus_texts(corpus)
    assert len(texts) >= 40
    for text in texts:
        folded = FoldedText.of(text)
        for kind in kinds:
            assert book.find(kind, folded) == full_pattern_hits(book, kind, folded), (kind, text)


def vocabulary() -> list[str]:
    book = bundled()
    words = {w for kind in KINDS for p in book.get(kind) for w in p.split()}
    return sorted(words)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0), min_size=1, max_size=25),
       st.sampled_from(["intros", "proposals", "sign_offs", "shared_context", "templates"]))
def test_texts_made_of_phrase_words_match_alike(picks: list[int], kind: str) -> None:
    words = vocabulary()
    text = FoldedText.of(" ".join(words[i % len(words)] for i in picks))
    book = bundled()
    assert book.find(kind, text) == full_pattern_hits(book, kind, text)


@pytest.mark.parametrize("seed", range(5))
def test_phrases_glued_together_match_alike(seed: int) -> None:
    # Whole phrases side by side, so many alternatives compete for the same positions.
    book = bundled()
    chooser = random.Random(seed)
    phrases = list(book.get("intros") + book.get("conversation") + book.get("reasons"))
    text = FoldedText.of(", ".join(chooser.sample(phrases, 12)) + "?")
    for kind in ("intros", "conversation", "reasons", "not_asks"):
        assert book.find(kind, text) == full_pattern_hits(book, kind, text)


def test_equally_long_phrases_are_tried_in_one_order() -> None:
    pattern = phrase_pattern(["bb", "aa", "ccc"])
    assert pattern is not None
    assert pattern.pattern.index("ccc") < pattern.pattern.index("aa") < pattern.pattern.index("bb")


@pytest.mark.parametrize(("text", "quoted"), [
    ("Hi, I m looking for a data engineer.", "I m looking for"),
    ("hi i m looking for a data engineer", "i m looking for"),
])
def test_i_m_without_its_apostrophe_matches_as_i_m_and_quotes_as_written(
        text: str, quoted: str) -> None:
    folded = FoldedText.of(text)
    assert len(folded.folded) == len(folded.origin)
    hits = bundled().find("reasons", folded)
    assert quoted in [h.text for h in hits]


@pytest.mark.parametrize("text", ["Kim Tran", "Sam I Mendes", "Team M code"])
def test_a_lone_i_before_m_elsewhere_is_left_alone(text: str) -> None:
    assert "'" not in FoldedText.of(text).folded


@pytest.mark.parametrize(("text", "folded", "quoted"), [
    ("Hope u r doing great", "hope you are doing great", "u r"),
    ("How r u?", "how are you?", "r u"),
    ("Loved ur post, thank u", "loved your post, thank you", "ur"),
])
def test_texting_shorthand_reads_as_the_words_and_quotes_as_written(
        text: str, folded: str, quoted: str) -> None:
    result = FoldedText.of(text)
    assert result.folded == folded
    assert len(result.folded) == len(result.origin)
    start, end = result.span(0, len(folded))
    assert text[start:end] == text
    you = folded.index("you")
    first, last = result.span(you, you + len("you"))
    assert text[first:last] in {"u", "ur"}
    assert quoted in text


@pytest.mark.parametrize("text", ["U.S. based", "u.a. Daten", "Rust r us", "Ur-Oma", "fur u-boot"])
def test_a_u_or_r_that_is_not_shorthand_is_left_alone(text: str) -> None:
    assert "you" not in FoldedText.of(text).folded


def test_cyrillic_look_alikes_inside_a_latin_word_fold_to_latin() -> None:
    text = "Wе organize the Summit in Lіsbon"  # Cyrillic "е" and "і"
    folded = FoldedText.of(text)
    assert folded.folded == "we organize the summit in lisbon"
    assert len(folded.folded) == len(folded.origin)


def test_a_cyrillic_word_stays_cyrillic() -> None:
    assert FoldedText.of("Привет, Сэм").folded == "привет, сэм"


def test_text_left_out_of_the_folded_form_still_maps_back_to_the_original() -> None:
    text = "Thanks Sam for the call"
    folded = FoldedText.of(text).without([(7, 11)])
    assert folded.folded == "thanks for the call"
    assert len(folded.folded) == len(folded.origin)
    match = re.search("thanks for", folded.folded)
    assert match is not None
    assert folded.hit(match).text == "Thanks Sam for"


def test_first_words_are_the_words_a_phrase_can_start_with() -> None:
    book = Phrasebook({"sign_offs": ("many thanks", "best regards", "thanks")})
    assert book.first_words("sign_offs") == frozenset({"many", "best", "thanks"})
    assert book.first_words("greetings") == frozenset()
