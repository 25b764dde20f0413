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


METADATA_VIA = "cloud metadata service (169.254.169.254 inside)"


@pytest.mark.parametrize(("host", "address", "reason"), [
    ("127.0.0.1", "127.0.0.1", "loopback"),
    ("127.1", "127.0.0.1", "loopback"),
    ("2130706433", "127.0.0.1", "loopback"),
    ("0x7f000001", "127.0.0.1", "loopback"),
    ("0177.0.0.1", "127.0.0.1", "loopback"),
    ("10.1.2.3", "10.1.2.3", "private"),
    ("012.1.2.3", "10.1.2.3", "private"),
    ("172.16.0.9", "172.16.0.9", "private"),
    ("192.168.1.1", "192.168.1.1", "private"),
    ("0xc0.0xa8.1.1", "192.168.1.1", "private"),
    ("169.254.169.254", "169.254.169.254", "cloud metadata service"),
    ("2852039166", "169.254.169.254", "cloud metadata service"),
    ("0xA9FEA9FE", "169.254.169.254", "cloud metadata service"),
    ("0xa9.0xfe.0xa9.0xfe", "169.254.169.254", "cloud metadata service"),
    ("0251.0376.0251.0376", "169.254.169.254", "cloud metadata service"),
    ("169.254.43518", "169.254.169.254", "cloud metadata service"),
    ("[::ffff:169.254.169.254]", "::ffff:a9fe:a9fe", METADATA_VIA),
    ("[::ffff:a9fe:a9fe]", "::ffff:a9fe:a9fe", METADATA_VIA),
    ("[0:0:0:0:0:ffff:a9fe:a9fe]", "::ffff:a9fe:a9fe", METADATA_VIA),
    ("[64:ff9b::a9fe:a9fe]", "64:ff9b::a9fe:a9fe", METADATA_VIA),
    ("[64:ff9b::169.254.169.254]", "64:ff9b::a9fe:a9fe", METADATA_VIA),
    ("[64:ff9b:1::a9fe:a9fe]", "64:ff9b:1::a9fe:a9fe", METADATA_VIA),
    ("[2002:a9fe:a9fe::1]", "2002:a9fe:a9fe::1", METADATA_VIA),
    ("[2001:0:4136:e378:8000:63bf:5601:5601]", "2001:0:4136:e378:8000:63bf:5601:5601",
     METADATA_VIA),
    ("169.254.170.2", "169.254.170.2", "cloud metadata service (AWS ECS)"),
    ("100.100.100.200", "100.100.100.200", "cloud metadata service (Alibaba Cloud)"),
    ("192.0.0.192", "192.0.0.192", "cloud metadata service (Oracle Cloud)"),
    ("[fd00:ec2::254]", "fd00:ec2::254", "cloud metadata service (AWS, IPv6)"),
    ("169.254.1.1", "169.254.1.1", "link-local"),
    ("[::1]", "::1", "loopback"),
    ("[::ffff:127.0.0.1]", "::ffff:7f00:1", "loopback (127.0.0.1 inside)"),
    ("[fe80::1]", "fe80::1", "link-local"),
    ("[fc00::1]", "fc00::1", "private"),
    ("[fd12:3456::1]", "fd12:3456::1", "private"),
    ("[2002:c0a8:101::1]", "2002:c0a8:101::1", "private (192.168.1.1 inside)"),
    ("0.0.0.0", "0.0.0.0", "unspecified"),
    ("0", "0.0.0.0", "unspecified"),
    ("[::]", "::", "unspecified"),
    ("224.0.0.1", "224.0.0.1", "multicast"),
    ("[ff02::1]", "ff02::1", "multicast"),
    ("100.64.0.1", "100.64.0.1", "shared (carrier-grade NAT)"),
    ("240.0.0.1", "240.0.0.1", "reserved"),
    ("255.255.255.255", "255.255.255.255", "limited broadcast"),
    # Ranges Python's own is_global has judged differently from one version to the next.
    ("192.0.0.1", "192.0.0.1", "IETF protocol assignments"),
    ("192.88.99.1", "192.88.99.1", "deprecated 6to4 relay anycast"),
    ("198.18.0.1", "198.18.0.1", "benchmarking"),
    ("192.0.2.1", "192.0.2.1", "documentation (TEST-NET-1)"),
    ("[2001:db8::1]", "2001:db8::1", "documentation"),
    ("[3fff::1]", "3fff::1", "documentation"),
    ("[fec0::1]", "fec0::1", "deprecated site-local"),
    ("[5f00::1]", "5f00::1", "segment routing (SRv6) identifiers"),
    ("[2001:2::1]", "2001:2::1", "benchmarking"),
    ("[100::1]", "100::1", "discard-only"),
    ("[4000::1]", "4000::1", "unallocated IPv6"),
])
def test_every_spelling_of_a_private_address_is_refused(host: str, address: str,
                                                         reason: str) -> None:
    parsed = literal_address(host)
    assert parsed == ipaddress.ip_address(address)
    assert refusal_reason(parsed) == reason
    with pytest.raises(AddressRefusedError) as raised:
        REFUSED.check(host, parsed)
    assert address in str(raised.value) and reason in str(raised.value)


@pytest.mark.parametrize(("address", "false", "loopback", "private"), [
    ("127.0.0.1", False, True, True),
    ("::1", False, True, True),
    ("10.0.0.5", False, False, True),
    ("fd12::5", False, False, True),
    ("100.64.3.4", False, False, True),
    ("169.254.169.254", False, False, False),
    ("169.254.10.10", False, False, False),
    ("fe80::1", False, False, False),
    ("fd00:ec2::254", False, False, False),
    ("100.100.100.200", False, False, False),
    ("192.0.0.192", False, False, False),
    ("::ffff:169.254.169.254", False, False, False),
    ("2001:db8::1", False, False, False),
    ("93.184.216.34", True, True, True),
    ("192.0.0.9", True, True, True),
])
def test_each_setting_opens_only_its_own_ranges(address: str, false: bool, loopback: bool,
                                                private: bool) -> None:
    parsed = ipaddress.ip_address(address)
    for setting, allowed in ((False, false), ("loopback", loopback), ("private", private),
                             (True, private)):
        policy = AddressPolicy(allow_private=setting)
        assert (policy.refusal(parsed) is None) is allowed, (address, setting)


def test_an_exemption_never_opens_the_metadata_service() -> None:
    policy = AddressPolicy(exempt=(ipaddress.ip_network("169.254.0.0/16"),
                                   ipaddress.ip_network("127.0.0.1/32")))
    assert policy.refusal(ipaddress.ip_address("127.0.0.1")) is None
    assert policy.refusal(ipaddress.ip_address("169.254.169.254")) == "cloud metadata service"


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
