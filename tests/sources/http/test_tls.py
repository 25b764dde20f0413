"""Certificates are still verified on connections opened through the address checks."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from presence_audit.sources.http import FetchError

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None,
                                reason="openssl is needed to make a test certificate")


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HTTPServer]:
    folder: Path = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = HTTPServer(host="localhost", port=0, ssl_context=context)
    server.start()
    server.expect_request("/").respond_with_data("<p>secure</p>", content_type="text/html")
    yield server
    server.stop()


def test_an_untrusted_certificate_is_a_tls_error(https_server: HTTPServer,
                                                 make_client: Any) -> None:
    with pytest.raises(FetchError) as raised:
        make_client(retries=2).get(f"https://localhost:{https_server.port}/")
    assert raised.value.kind == "tls"
    assert "certificate not trusted (self-signed certificate)" in raised.value.message


def test_a_plain_http_server_behind_https_is_a_tls_error(server: HTTPServer, make_client: Any,
                                                         clock: Any) -> None:
    url = server.url_for("/").replace("http://", "https://")
    with pytest.raises(FetchError) as raised:
        make_client(retries=2).get(url)
    assert raised.value.kind == "tls"
    assert raised.value.message.startswith("no secure connection to 127.0.0.1: ")
    assert clock.sleeps == []  # not retried: trying again would not change the certificate
