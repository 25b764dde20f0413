"""Address safety: what is refused, in every spelling, and that connections go where checked."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from presence_audit.sources.http import FetchError
from presence_audit.sources.http.netguard import (
    AddressPolicy,
    AddressRefusedError,
    literal_address,
    open_connection,
    refusal_reason,
    resolve,
)

REFUSED = AddressPolicy(allow_private=False)


@pytest.mark.parametrize(("host", "address", "reason"), [
    ("127.0.0.1", "127.0.0.1", "loopback"),
    ("127.1", "127.0.0.1", "loopback"),
    ("10.1.2.3", "10.1.2.3", "private"),
    ("172.16.0.9", "172.16.0.9", "private"),
    ("192.168.1.1", "192.168.1.1", "private"),
    ("169.254.169.254", "169.254.169.254", "link-local (cloud metadata service)"),
    ("2852039166", "169.254.169.254", "link-local (cloud metadata service)"),
    ("0xA9FEA9FE", "169.254.169.254", "link-local (cloud metadata service)"),
    ("0251.0376.0251.0376", "169.254.169.254", "link-local (cloud metadata service)"),
    ("[::ffff:169.254.169.254]", "::ffff:a9fe:a9fe", "link-local (cloud metadata service)"),
    ("[::ffff:a9fe:a9fe]", "::ffff:a9fe:a9fe", "link-local (cloud metadata service)"),
    ("[::1]", "::1", "loopback"),
    ("[fe80::1]", "fe80::1", "link-local"),
    ("[fc00::1]", "fc00::1", "private"),
    ("[64:ff9b::a9fe:a9fe]", "64:ff9b::a9fe:a9fe", "link-local (cloud metadata service)"),
    ("[2002:a9fe:a9fe::1]", "2002:a9fe:a9fe::1", "link-local (cloud metadata service)"),
    ("0.0.0.0", "0.0.0.0", "unspecified"),
    ("0", "0.0.0.0", "unspecified"),
    ("224.0.0.1", "224.0.0.1", "multicast"),
    ("100.64.0.1", "100.64.0.1", "non-public"),
    ("240.0.0.1", "240.0.0.1", "reserved"),
])
def test_every_spelling_of_a_private_address_is_refused(host: str, address: str,
                                                         reason: str) -> None:
    parsed = literal_address(host)
    assert parsed == ipaddress.ip_address(address)
    assert refusal_reason(parsed) == reason
    with pytest.raises(AddressRefusedError) as raised:
        REFUSED.check(host, parsed)
    assert address in str(raised.value) and reason in str(raised.value)


@pytest.mark.parametrize("host", ["93.184.216.34", "[2606:4700:4700::1111]", "8.8.8.8"])
def test_public_addresses_pass(host: str) -> None:
    address = literal_address(host)
    assert address is not None
    assert refusal_reason(address) is None
    REFUSED.check(host, address)


@pytest.mark.parametrize("host", ["example.com", "localhost", "", "1.2.3.4.example"])
def test_names_are_not_literal_addresses(host: str) -> None:
    assert literal_address(host) is None


def test_a_name_resolving_to_loopback_is_refused() -> None:
    with pytest.raises(AddressRefusedError, match=r"localhost resolves to .*loopback"):
        resolve("localhost", 80, REFUSED)


def fake_resolver(answers: dict[str, list[str]]) -> Any:
    def getaddrinfo(host: str, port: int, family: int = 0, kind: int = 0) -> list[Any]:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, port)) for a in answers[host]]
    return getaddrinfo


def test_one_private_answer_among_public_ones_refuses_the_host() -> None:
    resolver = fake_resolver({"rebind.test": ["93.184.216.34", "10.0.0.7"]})
    with pytest.raises(AddressRefusedError, match=r"rebind.test resolves to 10.0.0.7"):
        resolve("rebind.test", 443, REFUSED, resolver)


def test_exempt_networks_and_allow_private_open_the_door() -> None:
    loopback = ipaddress.ip_address("127.0.0.1")
    assert AddressPolicy(allow_private=True).refusal(loopback) is None
    exempt = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    assert exempt.refusal(loopback) is None
    assert exempt.refusal(ipaddress.ip_address("127.0.0.2")) == "loopback"


def test_the_connection_goes_to_the_address_that_was_checked(server: HTTPServer) -> None:
    calls: list[str] = []
    answers = fake_resolver({"portfolio.test": ["127.0.0.1"]})

    def resolver(host: str, port: int, family: int = 0, kind: int = 0) -> list[Any]:
        calls.append(host)
        return list(answers(host, port, family, kind))

    policy = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    sock = open_connection("portfolio.test", server.port, policy, timeout=2.0,
                           resolver=resolver)
    try:
        assert sock.getpeername()[:2] == ("127.0.0.1", server.port)
    finally:
        sock.close()
    assert calls == ["portfolio.test"]


def test_the_client_keeps_the_host_name_for_the_request(server: HTTPServer,
                                                        make_client: Any) -> None:
    server.expect_request("/").respond_with_data("<p>hi</p>", content_type="text/html")
    client = make_client(
        allow_private=False,
        address_policy=AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),)),
        resolver=fake_resolver({"portfolio.test": ["127.0.0.1"]}),
    )
    response = client.get(f"http://portfolio.test:{server.port}/")
    assert response.status == 200
    request, _ = server.log[0]
    assert request.headers["Host"] == f"portfolio.test:{server.port}"


def test_a_name_that_rebinds_to_a_private_address_is_refused_at_connect_time(
    server: HTTPServer, make_client: Any,
) -> None:
    client = make_client(allow_private=False,
                         resolver=fake_resolver({"portfolio.test": ["127.0.0.1"]}))
    with pytest.raises(FetchError) as raised:
        client.get(f"http://portfolio.test:{server.port}/")
    assert raised.value.kind == "refused-private-address"
    assert "portfolio.test resolves to 127.0.0.1, a loopback address" in raised.value.message
    assert "network.allow_private" in raised.value.message
    assert server.log == []


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/",
    "http://2852039166/",
    "http://0xA9FEA9FE/",
    "http://0251.0376.0251.0376/",
    "http://[::ffff:169.254.169.254]/",
    "http://10.0.0.1/",
    "http://[::1]/",
    "http://localhost:1/",
])
def test_the_client_refuses_private_destinations_unless_allowed(url: str,
                                                                make_client: Any) -> None:
    client = make_client(allow_private=False, retries=0)
    with pytest.raises(FetchError) as raised:
        client.get(url)
    assert raised.value.kind == "refused-private-address"
    assert raised.value.status is None
