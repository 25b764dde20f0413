"""text.sentences: splitting short professional texts the way a reader does."""

from __future__ import annotations

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
