"""A body is read whole or the fetch fails: never a shorter page taken for the real one.

A server (or a proxy, or a dropped connection) can end a body early in several ways: a gzip
stream cut off with a Content-Length that matches what was sent, a corrupt stream, fewer bytes
than the declared length, a chunked body that stops mid-way. Each is an ``incomplete-body``
error naming the URL, so the portfolio checks say "could not measure" instead of judging half a
page ("no way to contact you"). These answers are written on a raw socket: a well-behaved test
server cannot send them.
"""

from __future__ import annotations

import gzip
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from presence_audit.sources.http import FetchError

PAGE = b"<html><head><title>Ada</title></head><body>" + b"<p>work</p>" * 3000 + (
    b"<a href='mailto:ada@example.com'>contact</a></body></html>")
GZ = gzip.compress(PAGE)


def _head(extra: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{extra}\r\n".encode()


ANSWERS: dict[str, bytes] = {
    "gzip-cut": _head(f"Content-Encoding: gzip\r\nContent-Length: {len(GZ) // 3}\r\n")
    + GZ[: len(GZ) // 3],
    "gzip-corrupt": _head(f"Content-Encoding: gzip\r\nContent-Length: {len(GZ)}\r\n")
    + GZ[:100] + bytes(b ^ 0xFF for b in GZ[100:120]) + GZ[120:],
    "short": _head(f"Content-Length: {len(PAGE)}\r\n") + PAGE[:4000],
    "chunked-cut": _head("Transfer-Encoding: chunked\r\n") + b"fa0\r\n" + PAGE[:4000] + b"\r\n",
    "brotli": _head("Content-Encoding: br\r\nContent-Length: 4\r\n") + b"\x0b\x02\x80x",
    "gzip-whole": _head(f"Content-Encoding: gzip\r\nContent-Length: {len(GZ)}\r\n") + GZ,
    "deflate-whole": _head("Content-Encoding: deflate\r\nContent-Length: "
                           f"{len(zlib.compress(PAGE))}\r\n") + zlib.compress(PAGE),
}


@pytest.fixture
def raw_server() -> Iterator[Callable[[str], str]]:
    """A loopback server answering each connection with ``ANSWERS[path]``, then closing."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                request = conn.recv(65536).decode("latin-1")
                path = request.split(" ", 2)[1].lstrip("/") if " " in request else ""
                conn.sendall(ANSWERS.get(path, b"HTTP/1.1 404 Not Found\r\n"
                                                  b"Content-Length: 0\r\n\r\n"))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    yield lambda path: f"http://127.0.0.1:{port}/{path}"
    stop.set()
    listener.close()


@pytest.mark.parametrize("path", ["gzip-cut", "gzip-corrupt", "short", "chunked-cut",
                                  "brotli"])
def test_an_incomplete_body_is_an_error(path: str, raw_server: Callable[[str], str],
                                        make_client: Any) -> None:
    url = raw_server(path)
    with pytest.raises(FetchError) as raised:
        make_client(retries=0, respect_robots=False).get(url)
    assert raised.value.kind == "incomplete-body", raised.value.message
    assert url in raised.value.message


@pytest.mark.parametrize("path", ["gzip-whole", "deflate-whole"])
def test_a_complete_compressed_body_is_read_whole(path: str, raw_server: Callable[[str], str],
                                                  make_client: Any) -> None:
    response = make_client(retries=0, respect_robots=False).get(raw_server(path))
    assert response.body == PAGE


def test_a_compressed_body_is_capped_after_inflating(raw_server: Callable[[str], str],
                                                     make_client: Any) -> None:
    with pytest.raises(FetchError) as raised:
        make_client(retries=0, respect_robots=False, max_bytes=10_000).get(
            raw_server("gzip-whole"))
    assert raised.value.kind == "too-large"
