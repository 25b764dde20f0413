"""Response bodies as text: BOM, header charset, <meta> charset, then UTF-8."""

from __future__ import annotations

import pytest

from presence_audit.http import FETCH_ERROR_KINDS, FetchError, Response
from presence_audit.http.response import decode_body, media_type_allowed, parse_content_type


def response(body: bytes, encoding: str | None = None) -> Response:
    return Response(url="https://ada.example/", status=200, headers={}, body=body,
                    content_type="text/html", encoding=encoding, elapsed_ms=1, redirects=(),
                    from_cache=False)


def test_the_header_charset_decides() -> None:
    assert response("Zoë".encode("latin-1"), "ISO-8859-1").text() == "Zoë"


def test_a_meta_charset_is_found_without_a_header() -> None:
    body = '<html><head><meta charset="windows-1251"><title>Ада</title>'.encode("cp1251")
    assert "Ада" in response(body).text()
    body = ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">Ада'
            .encode("koi8-r"))
    assert response(body).text().endswith("Ада")


def test_a_byte_order_mark_wins() -> None:
    assert response("\ufeffAda – résumé".encode("utf-8"), "iso-8859-1").text() == "Ada – résumé"


def test_latin_1_labels_read_as_windows_1252_like_browsers() -> None:
    assert response(b"\x93quoted\x94", "iso-8859-1").text() == "\u201cquoted\u201d"


def test_utf_8_with_replacement_is_the_fallback() -> None:
    assert response(b"caf\xc3\xa9 \xff").text() == "café \ufffd"
    assert response(b"plain", "no-such-charset").text() == "plain"


def test_a_meta_utf_16_label_means_utf_8() -> None:
    assert decode_body('<meta charset="utf-16">é'.encode(), None).endswith("é")


@pytest.mark.parametrize(("header", "parsed"), [
    ("text/html; charset=UTF-8", ("text/html", "UTF-8")),
    ('Text/HTML;Charset="utf-8"', ("text/html", "utf-8")),
    ("application/json", ("application/json", None)),
    (None, ("", None)),
])
def test_content_type_parsing(header: str | None, parsed: tuple[str, str | None]) -> None:
    assert parse_content_type(header) == parsed


def test_media_type_matching() -> None:
    assert media_type_allowed("image/webp", ("image/*",))
    assert not media_type_allowed("text/html", ("image/*",))
    assert media_type_allowed("text/html", ("application/xhtml+xml", "text/html"))
    assert not media_type_allowed("", ("text/html",))


def test_fetch_errors_carry_kind_message_url_and_status() -> None:
    error = FetchError("bad-status", "www.linkedin.com answered HTTP 999", "https://l.in/",
                       999)
    assert (error.kind, error.message, error.url, error.status) == (
        "bad-status", "www.linkedin.com answered HTTP 999", "https://l.in/", 999)
    assert str(error) == error.message
    assert set(FETCH_ERROR_KINDS) == {
        "timeout", "blocked-by-robots", "too-large", "bad-status", "redirect-loop",
        "too-many-redirects", "tls", "refused-private-address", "not-html", "connection",
        "bad-url", "deadline"}
