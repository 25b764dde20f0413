"""Which network destinations the tool may connect to, decided on the addresses actually used.

A portfolio URL, a redirect or a search result must not be able to make the tool read a router's
admin page or the cloud metadata service (169.254.169.254), which CI runners can reach. What
each address is comes from an explicit table (``address_ranges``), the same on every Python
version; ``network.allow_private`` then opens, at most, loopback (``loopback``) or loopback and
private networks (``private``). Link-local, cloud metadata and reserved addresses are refused
under every setting: no portfolio lives there.

The decision is made on resolved addresses, never on how a host is spelt: ``2852039166``,
``0xA9FEA9FE``, ``0251.0376.0251.0376`` and ``[::ffff:169.254.169.254]`` all reach the metadata
service, and so can any name whose DNS answer points there. Every address a name resolves to is
checked, and the connection is then opened to one of those very addresses
(:func:`open_connection`), so a name cannot answer with a public address for the check and a
private one for the connection (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from presence_audit.sources.http.address_ranges import (
    Classification,
    IPAddress,
    IPNetwork,
    Kind,
    classify,
)

AddrInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[Any, ...]]
Resolver = Callable[[str, int, int, int], Sequence[AddrInfo]]
"""``socket.getaddrinfo(host, port, family, type)``, or a stand-in for tests."""
SocketOption = tuple[int, int, int | bytes]

PrivateSetting = Literal[False, "loopback", "private"]
"""``network.allow_private``: nothing private, this machine only, or home and office networks."""

_OPENED_BY: dict[PrivateSetting, Kind] = {False: Kind.PUBLIC, "loopback": Kind.LOOPBACK,
                                          "private": Kind.PRIVATE}


class AddressRefusedError(Exception):
    """A destination resolved to an address the policy does not allow."""

    def __init__(self, host: str, address: IPAddress, reason: str,
                 kind: Kind = Kind.RESERVED) -> None:
        self.host = host
        self.address = address
        self.reason = reason
        self.kind = kind
        article = "an" if reason[0] in "aeiou" else "a"
        subject = f"{address} is" if str(address) == host.strip("[]") else (
            f"{host} resolves to {address},"
        )
        super().__init__(f"{subject} {article} {reason} address")


def refusal_reason(address: IPAddress) -> str | None:
    """Why ``address`` is not a public destination, in words; None when it is one."""
    found = classify(address)
    return None if found.kind is Kind.PUBLIC else describe(found)


def describe(found: Classification) -> str:
    return found.label if found.via is None else f"{found.label} ({found.via} inside)"


@dataclass(frozen=True)
class AddressPolicy:
    """Which addresses may be connected to.

    ``allow_private`` opens loopback (``"loopback"``) or loopback and private networks
    (``"private"``; ``True`` means the same). ``exempt`` lists loopback or private networks
    allowed even so: one known internal host, or the loopback server of a test, without
    opening every private address. Nothing opens link-local, metadata or reserved addresses.
    """

    allow_private: PrivateSetting | bool = False
    exempt: tuple[IPNetwork, ...] = ()

    @property
    def setting(self) -> PrivateSetting:
        return "private" if self.allow_private is True else self.allow_private

    def refusal(self, address: IPAddress) -> str | None:
        found = self._refused(address)
        return None if found is None else describe(found)

    def _refused(self, address: IPAddress) -> Classification | None:
        found = classify(address)
        if found.kind <= _OPENED_BY[self.setting]:
            return None
        if found.kind <= Kind.PRIVATE and any(address in network for network in self.exempt):
            return None
        return found

    def check(self, host: str, address: IPAddress) -> None:
        """Raise ``AddressRefusedError`` unless ``address`` (for ``host``) is allowed."""
        found = self._refused(address)
        if found is not None:
            raise AddressRefusedError(host, address, describe(found), found.kind)


def advice(kind: Kind) -> str:
    """What, if anything, would let a refused address through, for messages."""
    if kind is Kind.LOOPBACK:
        return ("loopback addresses are refused unless network.allow_private is loopback or "
                "private")
    if kind is Kind.PRIVATE:
        return "private networks are refused unless network.allow_private is private"
    return ("link-local, cloud metadata and reserved addresses are refused under every "
            "network.allow_private setting")


def literal_address(host: str) -> IPAddress | None:
    """The address a numeric host names, in any form a resolver accepts; None for a name.

    Besides the canonical forms this reads what ``inet_aton`` reads: one integer
    (``2852039166``), hexadecimal and octal parts (``0xA9FEA9FE``, ``0251.0376.0251.0376``) and
    short forms (``127.1``).
    """
    bare = host.strip("[]")
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if not bare or any(c.isspace() for c in bare):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(bare))
    except OSError:
        return None


def resolve(
    host: str, port: int, policy: AddressPolicy, resolver: Resolver = socket.getaddrinfo,
) -> list[AddrInfo]:
    """Resolve ``host`` and check every address; raise ``AddressRefusedError`` if any is refused.

    One refused address refuses the host: connecting would otherwise depend on which answer
    came first, which the host's DNS controls.
    """
    infos = list(resolver(host, port, socket.AF_UNSPEC, socket.SOCK_STREAM))
    for info in infos:
        # IPv6 socket addresses may carry a zone ("fe80::1%eth0"); the zone is not the address.
        policy.check(host, ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]))
    return infos


def open_connection(
    host: str,
    port: int,
    policy: AddressPolicy,
    *,
    timeout: float | None,
    source_address: tuple[str, int] | None = None,
    socket_options: Sequence[SocketOption] | None = None,
    resolver: Resolver = socket.getaddrinfo,
) -> socket.socket:
    """Connect to one of the checked addresses of ``host``, trying each in turn.

    The same steps as ``socket.create_connection``, except that the addresses tried are exactly
    those :func:`resolve` checked. Errors are the ones ``create_connection`` raises
    (``socket.gaierror``, ``TimeoutError``, ``OSError``), plus ``AddressRefusedError``.
    """
    infos = resolve(host, port, policy, resolver)
    if not infos:
        raise OSError(f"{host} resolved to no address")
    last_error: OSError | None = None
    for family, kind, proto, _canonical, sockaddr in infos:
        sock: socket.socket | None = None
        try:
            sock = socket.socket(family, kind, proto)
            for option in socket_options or ():
                sock.setsockopt(*option)
            sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            last_error = exc
            if sock is not None:
                sock.close()
    assert last_error is not None
    raise last_error
