"""What a fetch returns: the response, its media type checks, and the typed error."""

from __future__ import annotations

from presence_audit.sources.http import FETCH_ERROR_KINDS, FetchError, Response
from presence_audit.sources.http.response import media_type_allowed


def response(body: bytes, encoding: str | None = None) -> Response:
    return Response(url="https://ada.example/", status=200, headers={}, body=body,
                    content_type="text/html", encoding=encoding, elapsed_ms=1, redirects=(),
                    from_cache=False)


def test_text_is_decoded_with_the_header_charset() -> None:
    assert response("Zoë".encode("latin-1"), "ISO-8859-1").text() == "Zoë"
    assert response("Zoë".encode()).text() == "Zoë"


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
        "bad-url", "bad-redirect", "incomplete-body", "deadline"}
