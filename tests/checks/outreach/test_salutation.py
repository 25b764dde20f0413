"""Where a note's salutation ends: a name, a title with its full stop, a flattened line break;
never the first words of the note itself. Every outreach check reads the note from there."""

from __future__ import annotations

import pytest

from presence_audit.checks.outreach._note import _note


def opening(text: str) -> str:
    note = _note(text, 300, None, (), ())
    span = note.opening()
    return text[span.start:span.end]


@pytest.mark.parametrize(("text", "opens"), [
    # en
    ("Good morning Mr. Sam, having supported teams for years, I lead X.", "having supported"),
    ("Hi Dr. Lee, great talk at PyData.", "great talk"),
    ("Hi Sam  Love your work! I build bots.", "Love your work!"),
    ("Hi Sam I sell stock lots from big brands.", "I sell stock"),
    ("Hi I am Ada, a data engineer.", "I am Ada"),
    ("Hi This is Sara from JSS. Thanks for replying.", "This is Sara"),
    ("Hello, I'm Ada, a data engineer.", "I'm Ada"),
    ("Hey! Loved your talk on dbt.", "Loved your talk"),
    ("Hi Sam hope you are well.", "hope you are well"),
    # es
    ("Hola Sra. Pérez, nos conocimos en la feria.", "nos conocimos"),
    ("Hola Marta  Me encantó tu charla.", "Me encantó"),
    # pt
    ("Olá Dr. Souza, gostei muito da sua palestra.", "gostei muito"),
    ("Olá, sou a Ana, engenheira de dados.", "sou a Ana"),
    # de
    ("Hallo Herr Dr. Weber, wir haben uns in Berlin getroffen.", "wir haben uns"),
    ("Hallo Jonas  Dein Vortrag war großartig.", "Dein Vortrag"),
    # fr
    ("Bonjour M. Dupont, j'ai lu votre article.", "j'ai lu votre"),
    ("Bonjour Claire  Votre article m'a plu.", "Votre article"),
    # A thank-you, a wish or a compliment right after the greeting is the note, not a name.
    ("Hello  Thanks for posting this opportunity. I write copy.", "Thanks for posting"),
    ("Hi Hope you are safe & healthy We are hiring.", "Hope you are safe"),
    ("Hola Gracias por tu charla en PyConES.", "Gracias por"),
    ("Hallo Danke für den Vortrag gestern.", "Danke für"),
])
def test_the_note_opens_after_the_salutation(text: str, opens: str) -> None:
    assert opening(text).startswith(opens)


@pytest.mark.parametrize(("text", "opens"), [
    ("Data Engineer - Remote - Contract\nHi Sam,\nHope you are well.", "Hope you are well."),
    ("***Analytics Engineer - Contract***  Hi,  Hope you are well,  I lead X.",
     "Hope you are well,"),
    ("Propuesta de colaboración\nHola Marta, nos conocimos en la feria.", "nos conocimos"),
    ("Kurze Frage\nHallo Sam, wir haben uns auf der Messe gesehen.", "wir haben uns"),
    # A first line that ends like a sentence is the note's opening, not a subject line.
    ("Loved your talk on dbt.\nHi again, I lead X.", "Loved your talk"),
])
def test_a_subject_line_before_the_greeting_is_skipped(text: str, opens: str) -> None:
    assert opening(text).startswith(opens)
