"""The ``network`` artifact: connections, requests and conversations, with nobody's identity.

The audit of the network itself (``network.*`` checks) needs days, directions and yes/no
facts — when a connection was made and whether you talked, whether a request carried a note
and was accepted, whether a conversation went both ways. That is all this artifact holds:
other members' names, profile URLs, notes and messages never enter it, so it can be saved,
replayed and shown in CI without exposing anyone. The local ``network`` command reads the
export itself for the lists with names.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from presence_audit.core.model import JSONDict

NETWORK_FILES = ("Connections.csv", "Invitations.csv", "messages.csv")
"""The export's files the network is read from, as LinkedIn names them."""


@dataclass(frozen=True)
class ConnectionFact:
    """A connection without its person: the day it was made, and how much you talked."""

    on: _dt.date | None
    talked: str | None
    """``two-way``, ``you`` (only you wrote), ``them`` (only they wrote), ``none``; None when
    the export has no messages."""
    hidden: bool = False
    """A row of only commas: a member who hides their details."""


@dataclass(frozen=True)
class InvitationFact:
    """A connection request without its person."""

    direction: str
    on: _dt.date | None
    note: bool
    accepted: bool | None


@dataclass(frozen=True)
class ConversationFact:
    """A conversation without its people or words."""

    kind: str
    last_on: _dt.date | None
    awaiting_reply: bool | None
    """The last message is from a connection: yours to answer."""


@dataclass
class NetworkFacts:
    """The ``network`` artifact's data: counts, days and directions, never anyone else's
    name, profile or words. ``None`` lists mean the file was absent or unreadable (unknown),
    never "none"."""

    archive: str = "unknown"
    as_of: _dt.date | None = None
    account: str | None = None
    match: str = "profile-urls"
    """How connections were matched to messages: ``profile-urls``, or ``names`` (weaker)."""
    invitation_match: str = "profile-urls"
    """How requests were matched to connections (2023's member ids and older exports give
    no URL, so ``names``)."""
    missing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: dict[str, int | None] = field(default_factory=dict)
    connections: list[ConnectionFact] | None = None
    invitations: list[InvitationFact] | None = None
    conversations: list[ConversationFact] | None = None

    def since(self, days: int) -> _dt.date | None:
        """The last day outside a window of ``days`` that ends on ``as_of``."""
        return None if self.as_of is None else self.as_of - _dt.timedelta(days=days)

    def lacking(self, label: str) -> str:
        """Why a file's figures are unknown, for a skip: absent from which archive, or broken."""
        if label in self.missing:
            kind = {"basic": "a Basic archive", "complete": "a Complete archive"}.get(
                self.archive, "the archive")
            hint = (" (the quick Basic download leaves it out; ask for the Complete archive, "
                    "which arrives within about a day)" if self.archive != "complete" else "")
            return f"your data export ({kind}) has no {label}{hint}"
        broken = [w for w in self.warnings if w.startswith(label)]
        return broken[0] if broken else f"{label} could not be read"

    def to_dict(self) -> JSONDict:
        return {
            "archive": self.archive,
            "as_of": _day(self.as_of),
            "account": self.account,
            "match": self.match,
            "invitation_match": self.invitation_match,
            "missing": list(self.missing),
            "warnings": list(self.warnings),
            "totals": dict(self.totals),
            "connections": None if self.connections is None else [
                {"on": _day(c.on), "talked": c.talked, "hidden": c.hidden}
                for c in self.connections],
            "invitations": None if self.invitations is None else [
                {"direction": i.direction, "on": _day(i.on), "note": i.note,
                 "accepted": i.accepted} for i in self.invitations],
            "conversations": None if self.conversations is None else [
                {"kind": c.kind, "last_on": _day(c.last_on), "awaiting_reply": c.awaiting_reply}
                for c in self.conversations],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NetworkFacts:
        """The facts of a (saved, possibly hand-edited) artifact: a value of the wrong type
        is unknown, so a check skips or errs rather than judging it or crashing."""
        def records(key: str) -> list[Mapping[str, Any]] | None:
            value = data.get(key)
            return None if not isinstance(value, list) else [
                r for r in value if isinstance(r, Mapping)]

        connections = records("connections")
        invitations = records("invitations")
        conversations = records("conversations")
        totals = data.get("totals")
        return cls(
            archive=_str(data.get("archive")) or "unknown",
            as_of=_parse_day(data.get("as_of")),
            account=_str(data.get("account")),
            match=_str(data.get("match")) or "profile-urls",
            invitation_match=_str(data.get("invitation_match")) or "profile-urls",
            missing=[m for m in _items(data.get("missing")) if isinstance(m, str)],
            warnings=[w for w in _items(data.get("warnings")) if isinstance(w, str)],
            totals={str(k): v for k, v in totals.items() if v is None or _is_count(v)}
            if isinstance(totals, Mapping) else {},
            connections=None if connections is None else [
                ConnectionFact(_parse_day(r.get("on")), _str(r.get("talked")),
                               r.get("hidden") is True)
                for r in connections],
            invitations=None if invitations is None else [
                InvitationFact(_str(r.get("direction")) or "", _parse_day(r.get("on")),
                               r.get("note") is True, _flag(r.get("accepted")))
                for r in invitations],
            conversations=None if conversations is None else [
                ConversationFact(_str(r.get("kind")) or "", _parse_day(r.get("last_on")),
                                 _flag(r.get("awaiting_reply")))
                for r in conversations],
        )


def _day(day: _dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _parse_day(value: object) -> _dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
