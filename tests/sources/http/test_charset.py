"""Bytes as text: BOM, then the header's charset, then a <meta> charset, then UTF-8 or 1252."""

from __future__ import annotations

import pytest

from presence_audit.sources.http.charset import decode, parse_content_type


def test_the_header_charset_decides() -> None:
    assert decode("Zoë".encode("latin-1"), "ISO-8859-1") == ("Zoë", "cp1252")
    # The header wins over a <meta> that says otherwise.
    body = '<meta charset="utf-8">Zoë'.encode("cp1252")
    assert decode(body, "windows-1252")[0].endswith("Zoë")


def test_a_meta_charset_is_found_without_a_header() -> None:
    body = '<html><head><meta charset="windows-1251"><title>Ада</title>'.encode("cp1251")
    assert decode(body) == (body.decode("cp1251"), "cp1251")
    body = ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">Ада'
            .encode("koi8-r"))
    assert decode(body)[0].endswith("Ада")


def test_a_meta_charset_further_down_the_head_still_counts() -> None:
    body = ("<!-- " + "x" * 2000 + ' --><meta charset="windows-1252">café').encode("cp1252")
    assert decode(body) == (body.decode("cp1252"), "cp1252")


def test_a_byte_order_mark_wins() -> None:
    assert decode("\ufeffAda – résumé".encode(), "iso-8859-1") == ("Ada – résumé", "utf-8")
    assert decode(b"\xff\xfeh\x00i\x00", "utf-8") == ("hi", "utf-16")


def test_latin_1_and_ascii_labels_read_as_windows_1252_like_browsers() -> None:
    assert decode(b"\x93quoted\x94", "iso-8859-1") == ("\u201cquoted\u201d", "cp1252")
    assert decode(b"\x93quoted\x94", "us-ascii") == ("\u201cquoted\u201d", "cp1252")


def test_without_a_declaration_utf_8_if_valid_else_windows_1252() -> None:
    assert decode("café".encode()) == ("café", "utf-8")
    assert decode("café".encode("cp1252")) == ("café", "cp1252")
    assert decode(b"plain", "no-such-charset") == ("plain", "utf-8")


def test_undecodable_bytes_become_replacement_characters() -> None:
    assert decode(b"caf\xc3\xa9 \xff", "utf-8") == ("café \ufffd", "utf-8")


def test_a_meta_utf_16_label_means_utf_8() -> None:
    assert decode('<meta charset="utf-16">é'.encode()) == ('<meta charset="utf-16">é', "utf-8")


@pytest.mark.parametrize(("header", "parsed"), [
    ("text/html; charset=UTF-8", ("text/html", "UTF-8")),
    ('Text/HTML;Charset="utf-8"', ("text/html", "utf-8")),
    ("text/html; boundary=x; charset='koi8-r'", ("text/html", "koi8-r")),
    ("application/json", ("application/json", None)),
    (None, ("", None)),
])
def test_content_type_parsing(header: str | None, parsed: tuple[str, str | None]) -> None:
    assert parse_content_type(header) == parsed
