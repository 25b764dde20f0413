"""Fixtures shared by every test module."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from helpers import FakeDdgs

# A fast default for every run; HYPOTHESIS_PROFILE=fuzz (the scheduled CI job) runs thousands
# of generated inputs per parser.
settings.register_profile("default", max_examples=25, deadline=None)
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect


def _is_literal_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        try:
            socket.inet_aton(host)  # numeric IPv4 forms such as 2852039166 or 0xA9FEA9FE
        except OSError:
            return False
    return True


def _offline_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode() if isinstance(host, bytes) else host
    if name is None or name == "localhost" or _is_literal_address(str(name)):
        return _real_getaddrinfo(host, *args, **kwargs)
    raise socket.gaierror(socket.EAI_NONAME, f"tests do not resolve internet names: {name}")


def _loopback_connect(self: socket.socket, address: Any) -> None:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not ipaddress.ip_address(
        str(address[0]).split("%")[0]
    ).is_loopback:
        raise ConnectionRefusedError(f"tests only connect to loopback, not {address[0]}")
    _real_connect(self, address)


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reaches the internet: names other than localhost do not resolve, and
    connections go to loopback only. A test that forgets a fake fails loudly here."""
    monkeypatch.setattr(socket, "getaddrinfo", _offline_getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", _loopback_connect)
    yield


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """`run` records into a history in the user data folder, caches pages and artifacts in
    the user cache folder and appends to the GitHub job summary: none of it may leak out of
    a test, nor from one test into the next."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture
def no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def fake_ddgs(monkeypatch: pytest.MonkeyPatch) -> FakeDdgs:
    """``ddgs.DDGS`` replaced at the provider boundary: no test reaches a search engine."""
    import ddgs

    fake = FakeDdgs()
    monkeypatch.setattr(ddgs, "DDGS", fake)
    return fake


@pytest.fixture(autouse=True)
def _no_secrets_carried_over() -> Iterator[None]:
    """Secrets a test's config registered are scrubbed in that test only."""
    from presence_audit.core import secrets

    secrets.forget_all()
    yield
    secrets.forget_all()
