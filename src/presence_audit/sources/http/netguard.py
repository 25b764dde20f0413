"""Which network destinations the tool may connect to, decided on the addresses actually used.

A portfolio URL, a redirect or a search result must not be able to make the tool read a router's
admin page or the cloud metadata service (169.254.169.254), which CI runners can reach. So,
unless ``network.allow_private`` is set, private, loopback, link-local, reserved, multicast and
unspecified destinations are refused.

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
from typing import Any

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
AddrInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[Any, ...]]
Resolver = Callable[[str, int, int, int], Sequence[AddrInfo]]
"""``socket.getaddrinfo(host, port, family, type)``, or a stand-in for tests."""
SocketOption = tuple[int, int, int | bytes]

METADATA_ADDRESS = ipaddress.IPv4Address("169.254.169.254")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class AddressRefusedError(Exception):
    """A destination resolved to an address the policy does not allow."""

    def __init__(self, host: str, address: IPAddress, reason: str) -> None:
        self.host = host
        self.address = address
        self.reason = reason
        article = "an" if reason[0] in "aeiou" else "a"
        subject = f"{address} is" if str(address) == host.strip("[]") else (
            f"{host} resolves to {address},"
        )
        super().__init__(f"{subject} {article} {reason} address")


def refusal_reason(address: IPAddress) -> str | None:
    """Why ``address`` is not a public destination, in words; None when it is one."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            reason = refusal_reason(embedded)
            if reason is not None:
                return reason
    if address == METADATA_ADDRESS:
        return "link-local (cloud metadata service)"
    for reason, flagged in (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        # Shared address space (100.64/10), benchmarking and documentation ranges, …
        ("non-public", not address.is_global),
    ):
        if flagged:
            return reason
    return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Which addresses may be connected to.

    ``exempt`` lists networks allowed even when ``allow_private`` is false: one known internal
    host, or the loopback server of a test, without opening every private address.
    """

    allow_private: bool = False
    exempt: tuple[IPNetwork, ...] = ()

    def refusal(self, address: IPAddress) -> str | None:
        if self.allow_private or any(address in network for network in self.exempt):
            return None
        return refusal_reason(address)

    def check(self, host: str, address: IPAddress) -> None:
        """Raise ``AddressRefusedError`` unless ``address`` (for ``host``) is allowed."""
        reason = self.refusal(address)
        if reason is not None:
            raise AddressRefusedError(host, address, reason)


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
