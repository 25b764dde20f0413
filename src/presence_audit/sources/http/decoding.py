"""Content-Encoding decoded here, so that a body is complete or the fetch is an error.

urllib3 inflates gzip and deflate bodies as they arrive but does not say whether the stream
ended: a gzip body cut off after a third reads as a shorter page, and the checks then report
"no way to contact you" for a contact link that was never received. Here every compressed
stream must reach its end marker, with nothing but further gzip members after it, and the bytes
on the wire must match a declared Content-Length; otherwise :class:`IncompleteBodyError` is raised.
Only the encodings asked for (``ACCEPT_ENCODING``) are decoded; any other is refused.
"""

from __future__ import annotations

import zlib

ACCEPT_ENCODING = "gzip, deflate"
"""What requests are sent with: two encodings the standard library decodes and can check."""


class IncompleteBodyError(Exception):
    """The body ended early, was corrupt, or came in an encoding that was not asked for."""


class BodyDecoder:
    """Decodes one body chunk by chunk; :meth:`finish` says whether it was complete."""

    def __init__(self, content_encoding: str | None) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise IncompleteBodyError(f"the body is encoded several times ({content_encoding}),"
                                      " which is not decoded")
        self.coding = codings[0] if codings else None
        if self.coding not in (None, "gzip", "x-gzip", "deflate"):
            raise IncompleteBodyError(f"the body is encoded as {self.coding!r}, which was not "
                                      "asked for and is not decoded")
        self._zlib: zlib._Decompress | None = None
        self._first = b""
        self._ended = False
        if self.coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes, max_length: int) -> bytes:
        """Decoded bytes of ``data``, at most ``max_length`` (more is the caller's cap error:
        the caller stops reading there)."""
        if self.coding is None:
            return data[:max_length + 1]
        if self.coding == "deflate" and self._zlib is None:
            # "deflate" is meant to be zlib-wrapped; some servers send raw deflate.
            self._first += data
            if len(self._first) < 2:
                return b""
            header = int.from_bytes(self._first[:2], "big")
            wrapped = (self._first[0] & 0x0F) == 8 and header % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
            data, self._first = self._first, b""
        return self._inflate(data, max_length)

    def _inflate(self, data: bytes, max_length: int) -> bytes:
        assert self._zlib is not None
        out = bytearray()
        while data and len(out) <= max_length:
            if self._ended:
                if self.coding == "deflate" or not data.lstrip(b"\x00"):
                    if data.strip(b"\x00"):
                        raise IncompleteBodyError("the body continues after its compressed stream")
                    return bytes(out)
                # Another gzip member: a concatenation of gzip files is one gzip file.
                self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._ended = False
            try:
                out += self._zlib.decompress(data, max_length + 1 - len(out))
            except zlib.error as exc:
                raise IncompleteBodyError(f"the compressed body is corrupt ({exc})") from None
            data = self._zlib.unconsumed_tail
            if self._zlib.eof:
                self._ended = True
                data = self._zlib.unused_data + data
        return bytes(out)

    def finish(self) -> None:
        """Raise ``IncompleteBodyError`` unless the compressed stream ended properly."""
        if self.coding is None:
            return
        if self.coding == "deflate" and self._zlib is None:
            raise IncompleteBodyError("the compressed body ended before it began")
        if not self._ended:
            raise IncompleteBodyError("the compressed body ends before its end marker: it was cut "
                                 "off")
