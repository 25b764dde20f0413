"""Read the network itself from a LinkedIn data export: who connected, who was invited, who talked.

Three files of the export hold it: ``Connections.csv`` (who accepted, and when),
``Invitations.csv`` (every request sent and received, and whether it carried a note) and
``messages.csv`` (every conversation). Each era of the export lays them out differently, so
every column is found by name and each era's gaps are said, never guessed:

- ``Connections.csv`` may have no ``URL`` column (before 2023); its rows that are only commas
  are members who hide their details — still connections, just nameless;
- ``Invitations.csv`` names the other member by profile URL (2024 on), by ``urn:li:member:`` id
  (2023) or only by name (earlier); requests without a URL are matched to connections by name;
- ``messages.csv`` has conversation ids and profile URLs since about 2020 (recipient URLs from
  2023) and, in some exports, draft and attachment columns; the 2018–2019 layout has neither ids
  nor URLs, only ``Direction``, so a conversation there is the thread with one counterpart.

Without a ``URL`` column in ``Connections.csv`` people are matched by name, and ``match`` says
so (``names``: a weaker match than ``profile-urls``). Profile URLs are compared by their
``/in/<slug>`` part, percent-decoded and lower-cased. A file that is absent or unreadable makes
its figures unknown (``None``), never zero.

The audit gets ``artifact_data``: one anonymous record per connection, request and conversation
(dates, directions, yes/no facts) — no other member's name, profile or words. Names and profile
links stay in memory, for the local ``network`` command's lists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from presence_audit.core.artifacts import NETWORK_ARTIFACT, Artifact, ArtifactStatus
from presence_audit.core.artifacts.network import (
    ConnectionFact,
    ConversationFact,
    InvitationFact,
    NetworkFacts,
)
from presence_audit.sources.linkedin.export import (
    CONNECTIONS,
    INVITATIONS,
    MESSAGES,
    PROFILE,
    SPECS,
    ExportError,
    ExportFileError,
    ExportLimits,
    OpenedExport,
    Row,
    Table,
    open_export,
    read_table,
)

if TYPE_CHECKING:
    from presence_audit.sources.context import GatherContext

RECENT_DAYS = 90
""""Recent" in the totals: connected later than ``as_of`` minus this many days."""

PENDING_DAYS = 21
"""A request still unanswered after three weeks is listed as pending."""

PROFILE_BASE = "https://www.linkedin.com/in/"

OUTGOING = "OUTGOING"
INCOMING = "INCOMING"

TWO_WAY = "two-way"
ONLY_YOU = "you"
ONLY_THEM = "them"
NO_CONVERSATION = "none"

BY_URL = "profile-urls"
BY_NAME = "names"

_SLUG = re.compile(r"/in/([^/?#,\s]+)", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ \-]([A-Za-z]{3})[A-Za-z]*\.?[ \-,]+(\d{4}|\d{2})\b")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")


def profile_slug(url: str | None) -> str | None:
    """``https://www.linkedin.com/in/Ada-Example-9f/?trk=x`` → ``ada-example-9f``; else None.

    ``urn:li:member:…`` ids and empty cells give None: they cannot be compared with URLs.
    """
    match = _SLUG.search(url or "")
    if match is None:
        return None
    return unquote(match.group(1)).strip().lower() or None


def profile_slugs(cell: str | None) -> list[str]:
    """The slugs in a ``RECIPIENT PROFILE URLS`` cell, which may list several URLs."""
    return [s for s in (profile_slug(part) for part in re.split(r"[,\s]+", cell or "")) if s]


def profile_url(slug: str | None) -> str | None:
    """The public profile URL rebuilt from a slug (never a URL copied from the file)."""
    return f"{PROFILE_BASE}{slug}" if slug else None


def name_key(name: str | None) -> str | None:
    """A display name for matching: case-folded, spaces collapsed; None when blank."""
    key = " ".join((name or "").split()).casefold()
    return key or None


def parse_date(text: str | None) -> date | None:
    """The calendar day of each date format the network files use, or None.

    ``16 Dec 2024`` (Connections), ``16-Dec-24`` (once a spreadsheet re-saved the file),
    ``12/15/24, 7:47 AM`` (Invitations, and every date of 2018 exports; US order) and
    ``2024-12-16 18:24:37 UTC`` (messages). Times are dropped: the checks count days.
    """
    value = (text or "").strip()
    try:
        if match := _ISO.match(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _US.match(value):
            return date(_year(match[3]), int(match[1]), int(match[2]))
        match = _DAY_MONTH_YEAR.match(value)
        if match and match[2].casefold() in _MONTHS:
            return date(_year(match[3]), _MONTHS[match[2].casefold()], int(match[1]))
    except ValueError:  # 31 Feb and the like: not a date
        return None
    return None


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


@dataclass
class Connection:
    """A row of ``Connections.csv``; ``talked`` is filled once the messages are read."""

    name: str | None
    slug: str | None
    connected_on: date | None
    talked: str | None = None


@dataclass
class Invitation:
    """A row of ``Invitations.csv``: the other member, the day, whether a note went along."""

    direction: str
    name: str | None
    slug: str | None
    sent_on: date | None
    has_note: bool
    accepted: bool | None = None


@dataclass
class Conversation:
    """One conversation of ``messages.csv``, reduced to who wrote, to whom, and when."""

    owner_wrote: bool
    writers: dict[str, str | None]
    """Other members who wrote in it: match key (slug, or name) → display name."""
    addressed: dict[str, str | None]
    """Members the owner wrote to: match key → display name."""
    last_on: date | None
    last_writer: str | None
    """Match key of whoever wrote last; None when it was the owner."""
    awaiting_reply: bool | None = None

    @property
    def kind(self) -> str:
        if self.owner_wrote and self.writers:
            return TWO_WAY
        return ONLY_YOU if self.owner_wrote else ONLY_THEM


@dataclass
class NetworkData:
    """Everything the network audit and the ``network`` command read from one export."""

    source: str = ""
    archive: str = "unknown"
    owner_name: str | None = None
    owner_slug: str | None = None
    connections: list[Connection] | None = None
    invitations: list[Invitation] | None = None
    conversations: list[Conversation] | None = None
    match: str = BY_URL
    message_days: list[date] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def as_of(self) -> date | None:
        """The newest date in the three files: the day the export describes."""
        days = list(self.message_days)
        days += [c.connected_on for c in self.connections or () if c.connected_on]
        days += [i.sent_on for i in self.invitations or () if i.sent_on]
        return max(days) if days else None

    def since(self, days: int) -> date | None:
        """The first day excluded from a window of ``days`` ending on ``as_of``."""
        as_of = self.as_of
        return None if as_of is None else as_of - timedelta(days=days)

    def recent(self, days: int = RECENT_DAYS) -> list[Connection] | None:
        """Connections made later than ``as_of`` minus ``days``; None when unknown."""
        since = self.since(days)
        if self.connections is None or since is None:
            return None
        return [c for c in self.connections if c.connected_on and c.connected_on > since]

    def pending(self, days: int = PENDING_DAYS) -> list[Invitation] | None:
        """Requests you sent that are not among your connections after ``days`` days."""
        since = self.since(days)
        if self.invitations is None or self.connections is None or since is None:
            return None
        return [i for i in self.invitations if i.direction == OUTGOING and i.accepted is False
                and i.sent_on is not None and i.sent_on <= since]

    def totals(self) -> dict[str, int | None]:
        """The contract's figures, each recomputable by hand from the CSVs (None: unknown)."""
        sent = _of(self.invitations, lambda i: i.direction == OUTGOING)
        received = _of(self.invitations, lambda i: i.direction == INCOMING)
        recent = self.recent()
        conversations = self.conversations
        pending = self.pending()
        return {
            "connections": _size(self.connections),
            "invitations_sent": _size(sent),
            "invitations_received": _size(received),
            "invitations_sent_with_note": None if sent is None else sum(i.has_note for i in sent),
            "conversations": _size(conversations),
            "two_way_conversations": _size(_of(conversations, lambda c: c.kind == TWO_WAY)),
            "recent_connections": _size(recent),
            "recent_connections_two_way": None if recent is None or conversations is None
            else sum(c.talked == TWO_WAY for c in recent),
            "conversations_only_you": _size(_of(conversations, lambda c: c.kind == ONLY_YOU)),
            "conversations_only_them": _size(_of(conversations, lambda c: c.kind == ONLY_THEM)),
            "awaiting_your_reply": None if conversations is None or self.connections is None
            else sum(bool(c.awaiting_reply) for c in conversations),
            "invitations_pending": _size(pending),
        }

    def lists(self, days: int = RECENT_DAYS) -> dict[str, list[dict[str, Any]] | None]:
        """What to act on, with names — for the local command's output only."""
        since = self.since(days)
        as_of = self.as_of
        recent = self.recent(days)
        conversations = self.conversations
        pending = self.pending()
        return {
            "recent_without_conversation": None if recent is None or conversations is None else [
                {"name": c.name, "profile_url": profile_url(c.slug),
                 "connected_on": _iso(c.connected_on), "talked": c.talked}
                for c in sorted(recent, key=_newest_connection)
                if c.name and c.talked != TWO_WAY],
            "awaiting_your_reply": None if conversations is None or self.connections is None
            else [{"name": c.writers.get(c.last_writer or ""),
                   "profile_url": profile_url(c.last_writer) if self.match == BY_URL else None,
                   "last_message_on": _iso(c.last_on)}
                  for c in sorted(conversations, key=_newest_conversation)
                  if c.awaiting_reply and (since is None or (c.last_on or date.min) > since)],
            "pending_invitations": None if pending is None else [
                {"name": i.name, "profile_url": profile_url(i.slug), "sent_on": _iso(i.sent_on),
                 "days": (as_of - i.sent_on).days if as_of and i.sent_on else None,
                 "with_note": i.has_note}
                for i in sorted(pending, key=_oldest_invitation)],
        }

    def facts(self, account: str | None = None) -> NetworkFacts:
        """What the audit may keep: figures and anonymous records, nobody else's data."""
        return NetworkFacts(
            archive=self.archive, as_of=self.as_of, account=account, match=self.match,
            invitation_match=self.invitation_match,
            missing=list(self.missing), warnings=list(self.warnings), totals=self.totals(),
            connections=None if self.connections is None else [
                ConnectionFact(c.connected_on, c.talked, hidden=c.name is None)
                for c in self.connections],
            invitations=None if self.invitations is None else [
                InvitationFact(i.direction, i.sent_on, i.has_note, i.accepted)
                for i in self.invitations],
            conversations=None if self.conversations is None else [
                ConversationFact(c.kind, c.last_on, c.awaiting_reply)
                for c in self.conversations])

    def view(self, *, counts_only: bool = False) -> dict[str, Any]:
        """The ``network`` command's JSON (contract); ``counts_only`` drops the names."""
        view: dict[str, Any] = {
            "source": self.source, "archive": self.archive,
            "owner": {"name": self.owner_name, "slug": self.owner_slug},
            "as_of": _iso(self.as_of), "totals": self.totals(), "match": self.match,
            "missing": list(self.missing), "warnings": list(self.warnings)}
        if not counts_only:
            view["lists"] = self.lists()
        return view

    @property
    def invitation_match(self) -> str:
        """``names`` when a request or the connections carry no profile URL to compare."""
        sent = [i for i in self.invitations or () if i.direction == OUTGOING]
        has_urls = any(c.slug for c in self.connections or ())
        return BY_URL if has_urls and all(i.slug for i in sent) else BY_NAME

    def connection_key(self, connection: Connection) -> str | None:
        """How this export matches a connection to messages: by slug, or by name."""
        return connection.slug if self.match == BY_URL else name_key(connection.name)



def _of(items: list[Any] | None, keep: Callable[[Any], bool]) -> list[Any] | None:
    return None if items is None else [item for item in items if keep(item)]


def _size(items: list[Any] | None) -> int | None:
    return None if items is None else len(items)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _newest_connection(c: Connection) -> tuple[int, str]:
    return (-(c.connected_on.toordinal() if c.connected_on else 0), c.name or "")


def _newest_conversation(c: Conversation) -> int:
    return -(c.last_on.toordinal() if c.last_on else 0)


def _oldest_invitation(i: Invitation) -> tuple[int, str]:
    return (i.sent_on.toordinal() if i.sent_on else 0, i.name or "")


# --- reading -----------------------------------------------------------------------------

def read_connections(rows: Iterable[Row], has_url: bool) -> list[Connection]:
    """Every data row is a connection, the nameless ones (hidden members) too."""
    found = []
    for row in rows:
        name = " ".join(p for p in (row.get("firstname"), row.get("lastname")) if p) or None
        found.append(Connection(name=name, slug=profile_slug(row.get("url")) if has_url else None,
                                connected_on=parse_date(row.get("connectedon"))))
    return found


def read_invitations(rows: Iterable[Row]) -> list[Invitation]:
    """Rows with a ``Direction`` of ``OUTGOING`` or ``INCOMING``; others are not requests."""
    found = []
    for row in rows:
        direction = row.get("direction").upper()
        if direction not in (OUTGOING, INCOMING):
            continue
        outgoing = direction == OUTGOING
        url = row.get("inviteeprofileurl" if outgoing else "inviterprofileurl")
        found.append(Invitation(
            direction=direction, name=row.get("to" if outgoing else "from") or None,
            slug=profile_slug(url), sent_on=parse_date(row.get("sentat")),
            has_note=bool(row.get("message"))))
    return found


def owner_side_slugs(rows: Iterable[Row]) -> Counter[str]:
    """Slugs on the owner's side of each request: the inviter of those sent, the invitee of
    those received. The owner's own URL is in no other file of the export."""
    counts: Counter[str] = Counter()
    for row in rows:
        direction = row.get("direction").upper()
        column = {OUTGOING: "inviterprofileurl", INCOMING: "inviteeprofileurl"}.get(direction)
        slug = profile_slug(row.get(column)) if column else None
        if slug:
            counts[slug] += 1
    return counts



def messages_layout(columns: Iterable[str]) -> str | None:
    """``threads`` (conversation ids, 2020 on), ``directions`` (2018–2019) or None."""
    present = set(columns)
    if {"conversationid", "from", "senderprofileurl"} <= present:
        return THREADS
    if {"from", "to", "direction"} <= present:
        return DIRECTIONS
    return None


THREADS = "threads"
DIRECTIONS = "directions"


@dataclass
class MessagesRead:
    """What ``messages.csv`` tells: its conversations, every message's day, and the owner."""

    conversations: list[Conversation] | None
    days: list[date]
    owner_slug: str | None
    owner_name: str | None
    warning: str | None = None


def read_messages(rows: list[Row], layout: str, *, match: str, invitation_owner: Counter[str],
                  owner_name: str | None) -> MessagesRead:
    """The conversations of ``messages.csv`` in either layout (``messages_layout``)."""
    days = [d for d in (parse_date(r.get("date")) for r in rows) if d]
    if layout == DIRECTIONS:
        name = owner_name or _outgoing_sender(rows)
        return MessagesRead(_by_direction(rows), days, None, name)
    threads = _threads(rows)
    owner = _owner(threads, invitation_owner)
    if owner is None:
        return MessagesRead(None, days, None, owner_name,
                            "no profile URL takes part in its conversations, so whose side "
                            "each message is on is unknown")
    name = owner_name or _most_common(r.get("from") for r in rows
                                      if profile_slug(r.get("senderprofileurl")) == owner)
    conversations = [c for c in (_conversation(rs, owner, match) for rs in threads.values()) if c]
    return MessagesRead(conversations, days, owner, name)


def _threads(rows: Iterable[Row]) -> dict[str, list[Row]]:
    threads: dict[str, list[Row]] = {}
    for row in rows:
        threads.setdefault(row.get("conversationid"), []).append(row)
    return threads


def _owner(threads: Mapping[str, list[Row]], invitation_owner: Counter[str]) -> str | None:
    """The slug that takes part, as sender or recipient, in the most conversations; a tie goes
    to the owner's side of the invitations, then to the alphabet (so the answer is stable)."""
    taking_part: Counter[str] = Counter()
    for rows in threads.values():
        members: set[str] = set()
        for row in rows:
            members.update(profile_slugs(row.get("senderprofileurl")))
            members.update(profile_slugs(row.get("recipientprofileurls")))
        taking_part.update(members)
    if not taking_part:
        return invitation_owner.most_common(1)[0][0] if invitation_owner else None
    most = max(taking_part.values())
    tied = [slug for slug, count in taking_part.items() if count == most]
    return min(tied, key=lambda slug: (-invitation_owner.get(slug, 0), slug))


def _is_draft(row: Row) -> bool:
    return row.get("ismessagedraft").casefold() == "yes"


def _moment(row: Row) -> tuple[date, str]:
    # Within a day, ISO times sort as text; the 2018 layout's times are only for ties.
    return (parse_date(row.get("date")) or date.min, row.get("date"))


def _names(cell: str) -> dict[str, str | None]:
    """Recipients by name: the whole ``TO`` cell and each comma-separated part of it (names
    can hold commas themselves, "Moe, PhD")."""
    parts = [cell, *cell.split(",")] if cell else []
    return {key: part.strip() for part in parts if (key := name_key(part))}


def _conversation(rows: list[Row], owner: str, match: str) -> Conversation | None:
    """A thread's facts, from its messages that are not drafts and have a sender URL
    (sponsored messages have none); None when no such message is left."""
    sent = [r for r in rows if not _is_draft(r) and profile_slug(r.get("senderprofileurl"))]
    if not sent:
        return None
    owner_wrote = False
    writers: dict[str, str | None] = {}
    addressed: dict[str, str | None] = {}
    for row in sent:
        slug = profile_slug(row.get("senderprofileurl"))
        if slug == owner:
            owner_wrote = True
            if match == BY_URL:
                addressed.update((s, None) for s in profile_slugs(row.get("recipientprofileurls"))
                                 if s != owner)
            else:
                addressed.update(_names(row.get("to")))
        else:
            key = slug if match == BY_URL else name_key(row.get("from"))
            if key:
                writers[key] = row.get("from") or None
    last = max(sent, key=_moment)
    last_slug = profile_slug(last.get("senderprofileurl"))
    last_writer = None if last_slug == owner else (
        last_slug if match == BY_URL else name_key(last.get("from")))
    return Conversation(owner_wrote=owner_wrote, writers=writers, addressed=addressed,
                        last_on=parse_date(last.get("date")), last_writer=last_writer)


def _outgoing_sender(rows: Iterable[Row]) -> str | None:
    return _most_common(r.get("from") for r in rows if r.get("direction").upper() == OUTGOING)


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _by_direction(rows: Iterable[Row]) -> list[Conversation]:
    """2018–2019 layout: no conversation ids, so one thread per counterpart (by name)."""
    threads: dict[str, list[Row]] = {}
    for row in rows:
        outgoing = row.get("direction").upper() == OUTGOING
        key = name_key(row.get("to" if outgoing else "from"))
        if key:
            threads.setdefault(key, []).append(row)
    conversations = []
    for key, thread in threads.items():
        mine = [r for r in thread if r.get("direction").upper() == OUTGOING]
        theirs = [r for r in thread if r.get("direction").upper() != OUTGOING]
        last = max(thread, key=lambda r: (parse_date(r.get("date")) or date.min, _clock(r)))
        last_mine = last.get("direction").upper() == OUTGOING
        conversations.append(Conversation(
            owner_wrote=bool(mine), writers={key: theirs[0].get("from")} if theirs else {},
            addressed={key: mine[0].get("to")} if mine else {},
            last_on=parse_date(last.get("date")), last_writer=None if last_mine else key))
    return conversations


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})\s*([AP]M)?", re.IGNORECASE)


def _clock(row: Row) -> int:
    """Minutes after midnight of a ``10/31/18, 9:40 AM`` date, to order one day's messages."""
    match = _CLOCK.search(row.get("date"))
    if match is None:
        return 0
    hour = int(match[1]) % 12 if match[3] else int(match[1])
    if match[3] and match[3].upper() == "PM":
        hour += 12
    return hour * 60 + int(match[2])


def link(data: NetworkData) -> None:
    """Fill what needs two files: accepted requests, who talked, replies owed."""
    if data.connections is not None:
        slugs = {c.slug for c in data.connections if c.slug}
        names = {key for c in data.connections if (key := name_key(c.name))}
        for invitation in data.invitations or ():
            invitation.accepted = (invitation.slug in slugs if invitation.slug and slugs
                                   else name_key(invitation.name) in names)
        keys = {key for c in data.connections if (key := data.connection_key(c))}
        for conversation in data.conversations or ():
            conversation.awaiting_reply = (conversation.last_writer is not None
                                           and conversation.last_writer in keys)
    if data.conversations is None:
        return
    for connection in data.connections or ():
        connection.talked = _talked(data.conversations, data.connection_key(connection))


def _talked(conversations: Iterable[Conversation], key: str | None) -> str:
    if key is None:
        return NO_CONVERSATION
    kinds = set()
    for c in conversations:
        if key in c.writers:
            kinds.add(c.kind)
        elif key in c.addressed:
            kinds.add(ONLY_YOU)
    return next((k for k in (TWO_WAY, ONLY_THEM, ONLY_YOU) if k in kinds), NO_CONVERSATION)


def assemble(*, source: str, archive: str, profile_name: str | None,
             connections: tuple[list[Row], bool] | None,
             invitations: list[Row] | None,
             messages: tuple[list[Row], str] | None,
             missing: list[str], warnings: list[str]) -> NetworkData:
    """The network from the rows of each file that could be read (None: absent or unreadable).

    ``connections`` carries whether the file has a ``URL`` column; ``messages`` its layout.
    """
    data = NetworkData(source=source, archive=archive, missing=list(missing),
                       warnings=list(warnings), owner_name=profile_name)
    has_urls = connections is not None and connections[1]
    data.match = BY_URL if has_urls and (messages is None or messages[1] == THREADS) else BY_NAME
    if connections is not None:
        data.connections = read_connections(connections[0], has_url=connections[1])
    owner_side: Counter[str] = Counter()
    if invitations is not None:
        data.invitations = read_invitations(invitations)
        owner_side = owner_side_slugs(invitations)
    if messages is not None:
        read = read_messages(messages[0], messages[1], match=data.match,
                             invitation_owner=owner_side, owner_name=profile_name)
        data.conversations, data.message_days = read.conversations, read.days
        data.owner_slug, data.owner_name = read.owner_slug, read.owner_name
        if read.warning:
            data.warnings.append(f"messages.csv: {read.warning}")
    if data.owner_slug is None and owner_side:
        data.owner_slug = owner_side.most_common(1)[0][0]
    if data.owner_name is None and invitations is not None:
        data.owner_name = _most_common(r.get("from") for r in invitations
                                       if r.get("direction").upper() == OUTGOING)
    link(data)
    return data


def read_network(path: Path, limits: ExportLimits | None = None) -> NetworkData:
    """The network in the export at ``path`` (ZIP or folder), or ``ExportError`` when the
    export itself cannot be read (a broken file only makes its own figures unknown)."""
    return network_of(open_export(path, limits))


def network_of(opened: OpenedExport) -> NetworkData:
    """The network in an opened export's ``Connections.csv``, ``Invitations.csv`` and
    ``messages.csv`` (and the owner's name from ``Profile.csv``)."""
    warnings: list[str] = []
    tables: dict[str, Table] = {}
    for key in (CONNECTIONS, INVITATIONS, MESSAGES, PROFILE):
        file = opened.files.get(key)
        if file is None:
            continue
        try:
            tables[key] = read_table(file, SPECS[key])
        except ExportFileError as exc:
            warnings.append(f"{exc}; its figures are unknown")
    layout = None
    if MESSAGES in tables:
        layout = messages_layout(tables[MESSAGES].columns)
        if layout is None:
            warnings.append(f"{tables.pop(MESSAGES).file}: neither conversation ids with "
                            "sender URLs nor a Direction column; its figures are unknown")
    profile_rows = tables[PROFILE].rows if PROFILE in tables else []
    profile_name = next((" ".join(p for p in (r.get("firstname"), r.get("lastname")) if p)
                         for r in profile_rows if not r.blank), None) or None
    connections = tables.get(CONNECTIONS)
    return assemble(
        source=opened.name, archive=opened.archive, profile_name=profile_name,
        connections=None if connections is None else (connections.rows,
                                                      "url" in connections.columns),
        invitations=tables[INVITATIONS].rows if INVITATIONS in tables else None,
        messages=(tables[MESSAGES].rows, layout) if layout else None,
        missing=[SPECS[key].label for key in (CONNECTIONS, INVITATIONS, MESSAGES)
                 if key not in opened.files],
        warnings=warnings)


NOT_CONFIGURED = (
    "no LinkedIn data export configured: set profiles.linkedin.export to the ZIP (or its "
    "folder) from Settings → Data privacy → Get a copy of your data"
)


def collect_network(context: GatherContext) -> Artifact:
    """The ``network`` artifact from ``profiles.linkedin.export``: anonymous facts only."""
    config = context.loaded.config
    export = config.profiles.linkedin.export
    if not export:
        return Artifact.skipped(NETWORK_ARTIFACT, "config", NOT_CONFIGURED)
    path = context.loaded.resolve(export)
    try:
        opened = open_export(path)
    except ExportError as exc:
        return Artifact.failed(NETWORK_ARTIFACT, "export", str(exc))
    except OSError as exc:
        return Artifact.failed(NETWORK_ARTIFACT, "export",
                               f"cannot read {path}: {exc.strerror or exc}")
    network = network_of(opened)
    totals = network.totals()
    counted = ", ".join(f"{value} {label}" for label, value in (
        ("connections", totals["connections"]), ("requests sent", totals["invitations_sent"]),
        ("conversations", totals["conversations"])) if value is not None)
    return Artifact(name=NETWORK_ARTIFACT, status=ArtifactStatus.OK, source="export",
                    data=network.facts(account=config.outreach.account).to_dict(),
                    detail=f"{counted or 'nothing'} from the {opened.describe()}",
                    warnings=list(network.warnings))
