"""Which kind of destination an IP address is, from an explicit table, the same on every Python.

``ipaddress.is_global`` and friends follow the IANA special-purpose registries as they stood
when that interpreter was released: 192.0.0.192 is global on Python 3.12 and not on 3.13, 6to4
and NAT64 addresses change sides between versions, 3fff::/20 (documentation since 2024) and
fec0::/10 (deprecated site-local) pass as global everywhere. A guard that decides what may be
connected to cannot depend on that, so the ranges are listed here, from

- the IANA IPv4 Special-Purpose Address Registry (RFC 6890 and its updates),
- the IANA IPv6 Special-Purpose Address Registry (RFC 6890, 8215, 9602, 9637, 9780 …),
- the cloud providers' documented instance metadata addresses.

Each address falls in the most specific range that holds it (so 192.0.0.9/32, a global anycast
address, wins over 192.0.0.0/24); an address in no range is public. IPv6 outside 2000::/3, the
only block IANA allocates from, is reserved unless a row says otherwise.
"""

from __future__ import annotations

import enum
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class Kind(enum.IntEnum):
    """What a range is, in order of how firmly it is refused (the larger, the firmer)."""

    PUBLIC = 0
    LOOPBACK = 1
    """This machine: allowed by ``network.allow_private: loopback`` and ``private``."""
    PRIVATE = 2
    """A home or office network: allowed by ``network.allow_private: private``."""
    RESERVED = 3
    """Not a destination at all (documentation, benchmarking, multicast, …): always refused."""
    LINK_LOCAL = 4
    """The local link, where metadata services and routers live: always refused."""
    METADATA = 5
    """A cloud instance metadata service, wherever its address is: always refused."""


@dataclass(frozen=True)
class Range:
    network: IPNetwork
    kind: Kind
    label: str


def _rows(kind: Kind, entries: Iterable[tuple[str, str]]) -> list[Range]:
    return [Range(ipaddress.ip_network(cidr), kind, label) for cidr, label in entries]


RANGES: tuple[Range, ...] = (
    # IPv4 ------------------------------------------------------------------------------------
    *_rows(Kind.RESERVED, [
        ("0.0.0.0/8", "unspecified"),
        ("192.0.0.0/24", "IETF protocol assignments"),
        ("192.0.2.0/24", "documentation (TEST-NET-1)"),
        ("192.88.99.0/24", "deprecated 6to4 relay anycast"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation (TEST-NET-2)"),
        ("203.0.113.0/24", "documentation (TEST-NET-3)"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("255.255.255.255/32", "limited broadcast"),
    ]),
    *_rows(Kind.PUBLIC, [
        # Globally reachable exceptions inside 192.0.0.0/24.
        ("192.0.0.9/32", "Port Control Protocol anycast"),
        ("192.0.0.10/32", "TURN anycast"),
    ]),
    *_rows(Kind.LOOPBACK, [("127.0.0.0/8", "loopback")]),
    *_rows(Kind.PRIVATE, [
        ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("100.64.0.0/10", "shared (carrier-grade NAT)"),
    ]),
    *_rows(Kind.LINK_LOCAL, [("169.254.0.0/16", "link-local")]),
    *_rows(Kind.METADATA, [
        ("169.254.169.254/32", "cloud metadata service"),
        ("169.254.170.2/32", "cloud metadata service (AWS ECS)"),
        ("169.254.0.23/32", "cloud metadata service (Tencent Cloud)"),
        ("100.100.100.200/32", "cloud metadata service (Alibaba Cloud)"),
        ("192.0.0.192/32", "cloud metadata service (Oracle Cloud)"),
        ("168.63.129.16/32", "cloud platform service (Azure WireServer)"),
    ]),
    # IPv6 ------------------------------------------------------------------------------------
    *_rows(Kind.RESERVED, [
        ("::/128", "unspecified"),
        ("::/96", "deprecated IPv4-compatible"),
        ("100::/64", "discard-only"),
        ("100:0:0:1::/64", "dummy prefix"),
        ("2001::/23", "IETF protocol assignments"),
        ("2001:2::/48", "benchmarking"),
        ("2001:10::/28", "deprecated ORCHID"),
        ("2001:db8::/32", "documentation"),
        ("3fff::/20", "documentation"),
        ("5f00::/16", "segment routing (SRv6) identifiers"),
        ("fec0::/10", "deprecated site-local"),
        ("ff00::/8", "multicast"),
    ]),
    *_rows(Kind.PUBLIC, [
        # Globally reachable exceptions inside 2001::/23; 2001::/32 (Teredo) and 2002::/16
        # (6to4) are judged by the IPv4 address they carry.
        ("2001::/32", "Teredo"),
        ("2001:1::1/128", "Port Control Protocol anycast"),
        ("2001:1::2/128", "TURN anycast"),
        ("2001:1::3/128", "DNS-SD service registration protocol anycast"),
        ("2001:3::/32", "AMT"),
        ("2001:4:112::/48", "AS112-v6"),
        ("2001:20::/28", "ORCHIDv2"),
        ("2001:30::/28", "drone remote ID"),
        ("64:ff9b::/96", "NAT64 well-known prefix"),
        ("::ffff:0:0/96", "IPv4-mapped"),
    ]),
    *_rows(Kind.LOOPBACK, [("::1/128", "loopback")]),
    *_rows(Kind.PRIVATE, [
        ("fc00::/7", "private"),
        ("64:ff9b:1::/48", "local-use NAT64"),
    ]),
    *_rows(Kind.LINK_LOCAL, [("fe80::/10", "link-local")]),
    *_rows(Kind.METADATA, [
        ("fd00:ec2::254/128", "cloud metadata service (AWS, IPv6)"),
        # Google documents this address for IPv6-only instances; refusing it costs nothing.
        ("fd20:ce::254/128", "cloud metadata service (GCP, IPv6)"),
    ]),
)

_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
# Every row, most specific first, so that the first hit is the answer.
_BY_SPECIFICITY = sorted(RANGES, key=lambda r: (r.network.version, -r.network.prefixlen))
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))


@dataclass(frozen=True)
class Classification:
    """The kind of ``address``; ``via`` names the IPv4 address it carries when that decided."""

    kind: Kind
    label: str
    via: ipaddress.IPv4Address | None = None


def _own(address: IPAddress) -> Classification:
    for row in _BY_SPECIFICITY:
        if row.network.version == address.version and address in row.network:
            return Classification(row.kind, row.label)
    if isinstance(address, ipaddress.IPv6Address) and address not in _GLOBAL_UNICAST:
        return Classification(Kind.RESERVED, "unallocated IPv6")
    return Classification(Kind.PUBLIC, "public")


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries: IPv4-mapped, IPv4-compatible, 6to4, Teredo
    (the client) and NAT64 (well-known and local-use prefixes)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if any(address in prefix for prefix in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if int(address) >> 32 == 0 and int(address) > 1:  # ::a.b.c.d, deprecated but routable
        return ipaddress.IPv4Address(int(address))
    return None


def classify(address: IPAddress) -> Classification:
    """The firmest kind among the address itself and any IPv4 address it carries."""
    own = _own(address)
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            carried = _own(inner)
            if carried.kind >= own.kind:
                return Classification(carried.kind, carried.label, via=inner)
    return own
