"""The one error every fetch failure becomes, typed by kind and worded for the report."""

from __future__ import annotations

from typing import Literal, get_args

FetchErrorKind = Literal[
    "timeout",
    "blocked-by-robots",
    "too-large",
    "bad-status",
    "redirect-loop",
    "too-many-redirects",
    "tls",
    "refused-private-address",
    "not-html",
    "connection",
    "bad-url",
    "bad-redirect",
    "incomplete-body",
    "deadline",
]
FETCH_ERROR_KINDS: tuple[str, ...] = get_args(FetchErrorKind)


class FetchError(Exception):
    """A page could not be fetched; ``message`` says why in words a reader understands.

    ``kind`` is one of ``FETCH_ERROR_KINDS`` so that collectors can react to a class of failure
    (LinkedIn's 999 is ``bad-status`` with ``status == 999``) without parsing the message.
    ``not-html`` stands for any unexpected content type, whatever was expected.
    """

    def __init__(self, kind: FetchErrorKind, message: str, url: str,
                 status: int | None = None) -> None:
        super().__init__(message)
        self.kind: FetchErrorKind = kind
        self.message = message
        self.url = url
        self.status = status

    def __repr__(self) -> str:
        return f"FetchError({self.kind!r}, {self.message!r}, url={self.url!r})"
