"""text.sentences: splitting short professional texts the way a reader does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from presence_audit.text.phrases import bundled
from presence_audit.text.sentences import split


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split(text, bundled().get("abbreviations"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("I applied for the Sr. Content Strategist role. Would love to connect!",
     ["I applied for the Sr. Content Strategist role.", "Would love to connect!"]),
    ("Good morning Mr. Lee, I lead the data team. Coffee?",
     ["Good morning Mr. Lee, I lead the data team.", "Coffee?"]),
    ("We build next-gen. photonics chips. Best, Derek",
     ["We build next-gen. photonics chips.", "Best, Derek"]),
    ("Estimada Sra. López, vi su charla. ¿Tomamos un café?",
     ["Estimada Sra. López, vi su charla.", "¿Tomamos un café?"]),
    ("Olá Sr. Silva, vi sua palestra. Podemos conversar? Abraços",
     ["Olá Sr. Silva, vi sua palestra.", "Podemos conversar?", "Abraços"]),
    ("Sehr geehrter Herr Dr. Müller, z. B. die Daten. Viele Grüße",
     ["Sehr geehrter Herr Dr. Müller, z. B. die Daten.", "Viele Grüße"]),
    ("Bonjour M. Dupont, j'ai lu votre article. Merci !",
     ["Bonjour M. Dupont, j'ai lu votre article.", "Merci !"]),
    ("Hi Sam.. Can you share tips 😶", ["Hi Sam..", "Can you share tips 😶"]),
    ("Loved your talk at PyCon U.S. yesterday 🎉 Would you be open to a chat",
     ["Loved your talk at PyCon U.S. yesterday 🎉 Would you be open to a chat"]),
    ("Bonjour Sam,\n\nJ'ai vu votre post.\nMerci", ["Bonjour Sam,", "J'ai vu votre post.",
                                                    "Merci"]),
])
def test_splits_where_a_reader_would(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_blank_text_has_no_sentences() -> None:
    assert sentences("  \n ") == []


def test_spans_index_the_original_text() -> None:
    text = "  Hi Ada.  Coffee?  "
    spans = split(text)
    assert [(s.start, s.end) for s in spans] == [(2, 9), (11, 18)]


def _in_a_fresh_process(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout


_SPLIT_THE_CORPUS = """
import json, pathlib, sys, yaml
{before}
from presence_audit.text.sentences import _raw_spans
items = yaml.safe_load(pathlib.Path({corpus!r}).read_text(encoding="utf-8"))["items"]
spans = [[(s.start, s.end) for s in _raw_spans(item["text"])] for item in items]
print(json.dumps({{"spans": spans, "languages": sorted(m for m in sys.modules
                                                  if m.startswith("pysbd.lang."))}}))
"""


def test_english_only_import_splits_as_pysbd_does() -> None:
    # pysbd is imported without its other languages; the English rules must be pysbd's own.
    corpus = str(Path(__file__).parents[1] / "corpus" / "notes.yaml")
    spared = json.loads(_in_a_fresh_process(_SPLIT_THE_CORPUS.format(before="", corpus=corpus)))
    whole = json.loads(_in_a_fresh_process(
        _SPLIT_THE_CORPUS.format(before="import pysbd", corpus=corpus)))
    assert spared["spans"] == whole["spans"]
    assert any(len(spans) > 2 for spans in spared["spans"])
    assert "pysbd.lang.hindi" in whole["languages"]
    assert "pysbd.lang.hindi" not in spared["languages"]


def test_pysbd_still_serves_other_languages_after_the_english_only_import() -> None:
    out = _in_a_fresh_process(
        "from presence_audit.text.sentences import split\n"
        "split('Hi there. Bye.')\n"
        "import sys, pysbd\n"
        "assert 'pysbd.languages' not in sys.modules\n"
        "print(pysbd.Segmenter(language='de').segment('Das ist z. B. gut. Ja.'))\n"
        "import pysbd.languages\n"
        "print(len(pysbd.languages.LANGUAGE_CODES) > 20)\n")
    assert out.splitlines() == ["['Das ist z. B. gut. ', 'Ja.']", "True"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Reach us ,  Thanks Yasmin", ["Reach us ,", "Thanks Yasmin"]),
    ("Hello Sam  Hope you are well. Bye", ["Hello Sam", "Hope you are well.", "Bye"]),
    ("Went through your profile\u00a0 Can see you lead data", ["Went through your profile",
                                                             "Can see you lead data"]),
    # Two spaces before a lower-case word are a typing slip, not a line break.
    ("I am  a data engineer.", ["I am  a data engineer."]),
    # A title keeps its name even across two spaces.
    ("Good morning Mr.  Lee, hi", ["Good morning Mr.  Lee, hi"]),
])
def test_a_flattened_line_break_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in split(text, ["mr"])] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("J'aimerais vous ajouter à mon réseau pour\néchanger sur la supply chain.\nAlex",
     ["J'aimerais vous ajouter à mon réseau pour\néchanger sur la supply chain.", "Alex"]),
    ("I would love to\nhear how you test models.", ["I would love to\nhear how you test models."]),
    # A line that ends with punctuation, or a blank line between, still ends the sentence.
    ("Best regards,\nada", ["Best regards,", "ada"]),
    ("We met at PyData\n\nlet me know", ["We met at PyData", "let me know"]),
    ("Hi Sam\nThanks for the talk.", ["Hi Sam", "Thanks for the talk."]),
])
def test_a_wrapped_line_goes_on_in_lower_case(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
