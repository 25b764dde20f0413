"""The views of ``presence-audit network``: the figures, and the lists a person acts on.

The input is the command's JSON form (``source``, ``archive``, ``owner``, ``as_of``,
``totals``, ``lists``). Names and profile links in ``lists`` were written by other people, so
every value is cleaned for the terminal, escaped for Markdown and defused for spreadsheets
(a cell starting with ``=``, ``+``, ``-``, ``@`` would run as a formula). This output is for
the user's own screen: nothing here is written to reports, artifacts or history.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from presence_audit.render.sanitize import clean_text, escape_markdown, safe_http_url

FIGURES: tuple[tuple[str, str], ...] = (
    ("connections", "Connections"),
    ("recent_connections", "Connections made in the last 90 days"),
    ("recent_connections_two_way", "… of them in a two-way conversation"),
    ("invitations_sent", "Requests you sent"),
    ("invitations_sent_with_note", "… with a personal note"),
    ("invitations_pending", "… unanswered for 3 weeks or more"),
    ("invitations_received", "Requests you received"),
    ("conversations", "Conversations"),
    ("two_way_conversations", "… two-way (both of you wrote)"),
    ("conversations_only_you", "… only you wrote"),
    ("conversations_only_them", "… only they wrote"),
    ("awaiting_your_reply", "… ending with a connection's message to you"),
)

LISTS: tuple[tuple[str, str, str], ...] = (
    ("recent_without_conversation", "Actually connect",
     "Recent connections you have not had a two-way conversation with: thank them and "
     "suggest a call, a video chat or a coffee."),
    ("awaiting_your_reply", "Waiting for your reply",
     "Connections whose message to you in the last 90 days is the last word."),
    ("pending_invitations", "Pending for 3 weeks or more",
     "Requests nobody answered: withdraw them (My Network → Manage → Sent) or follow up "
     "another way."),
)

TALKED = {"you": "only you wrote", "them": "they wrote, you did not answer",
          "none": "no conversation yet"}

ARCHIVES = {"basic": "a Basic archive", "complete": "a Complete archive",
            "unknown": "an archive of unknown kind"}


def figure(value: Any) -> str:
    """A total as shown: the number, or "unknown" (never 0 for a file the export lacks)."""
    return "unknown" if value is None else str(value)


def share(part: Any, whole: Any) -> str:
    if isinstance(part, int) and isinstance(whole, int) and whole:
        return f" ({round(100 * part / whole)} %)"
    return ""


def _figures(view: Mapping[str, Any]) -> list[tuple[str, str]]:
    totals = view.get("totals") or {}
    wholes = {"recent_connections_two_way": "recent_connections",
              "invitations_sent_with_note": "invitations_sent",
              "invitations_pending": "invitations_sent",
              "two_way_conversations": "conversations",
              "conversations_only_you": "conversations",
              "conversations_only_them": "conversations"}
    rows = []
    for key, label in FIGURES:
        if key not in totals:
            continue
        value = totals[key]
        whole = totals.get(wholes.get(key, ""))
        rows.append((label, figure(value) + share(value, whole)))
    return rows


def _heading(view: Mapping[str, Any]) -> str:
    owner = view.get("owner") or {}
    who = owner.get("name") or owner.get("slug") or "your export"
    as_of = view.get("as_of")
    return f"Your network — {who}" + (f", as of {as_of}" if as_of else "")


def _read_line(view: Mapping[str, Any]) -> str:
    archive = ARCHIVES.get(str(view.get("archive")), "an archive")
    text = f"Read from {view.get('source', 'the export')} ({archive})"
    missing = view.get("missing") or []
    if missing:
        text += f"; it has no {', '.join(map(str, missing))}, so those figures are unknown"
    if view.get("match") == "names":
        text += "; people are matched by name (this export has no profile URLs for them)"
    return text + "."


def _item(list_id: str, item: Mapping[str, Any]) -> tuple[str, str, str]:
    """(name, what, link) for one person in a list."""
    name = str(item.get("name") or "(hidden member)")
    if list_id == "recent_without_conversation":
        what = f"connected {item.get('connected_on')}; {TALKED.get(str(item.get('talked')), '')}"
    elif list_id == "awaiting_your_reply":
        what = f"last message {item.get('last_message_on')}"
    else:
        note = "with a note" if item.get("with_note") else "without a note"
        what = f"sent {item.get('sent_on')} ({item.get('days')} days ago), {note}"
    return name, what.strip("; "), safe_http_url(str(item.get("profile_url") or "")) or ""


def terminal(view: Mapping[str, Any], width: int | None = None) -> str:
    """The view at the terminal's width (``COLUMNS``, 60–120), without colour: it is piped
    and saved as often as it is read."""
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from presence_audit.render.terminal import MIN_WIDTH, terminal_width

    buffer = io.StringIO()
    console = Console(file=buffer, width=max(MIN_WIDTH, width) if width else terminal_width(),
                      highlight=False, no_color=True)

    def say(text: str, style: str = "") -> None:
        console.print(Text(clean_text(text), style=style))

    say(_heading(view), "bold")
    say(_read_line(view))
    for warning in view.get("warnings") or []:
        say(f"warning: {warning}")
    console.print()
    figures = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    figures.add_column("figure", overflow="fold")
    figures.add_column("value", justify="right", no_wrap=True)
    for label, value in _figures(view):
        figures.add_row(Text(label), Text(value))
    console.print(figures)
    lists = view.get("lists")
    if isinstance(lists, Mapping):
        for list_id, title, advice in LISTS:
            items = lists.get(list_id)
            console.print()
            say(title, "bold")
            say(advice)
            if items is None:
                say("  unknown: the export lacks the file this list needs")
                continue
            if not items:
                say("  nobody")
                continue
            for item in items:
                name, what, url = _item(list_id, item)
                # The link on a line of its own, never folded, so that it can be copied.
                console.print(Padding(Text(clean_text(f"{name} — {what}")), (0, 0, 0, 2)))
                if url:
                    console.print(Padding(Text(url, no_wrap=True, overflow="ignore"),
                                          (0, 0, 0, 4)), crop=False)
    return "".join(f"{row.rstrip()}\n" for row in buffer.getvalue().splitlines())


def markdown(view: Mapping[str, Any]) -> str:
    """GitHub Markdown, readable raw; for your own notes — it names people."""
    out = [f"## {escape_markdown(_heading(view))}", "",
           escape_markdown(_read_line(view), cell=False, line_start=True), ""]
    for warning in view.get("warnings") or []:
        out.append(f"- warning: {escape_markdown(str(warning), cell=False)}")
    if view.get("warnings"):
        out.append("")
    out += ["| Figure | Value |", "|---|---:|"]
    out += [f"| {escape_markdown(label)} | {escape_markdown(value)} |"
            for label, value in _figures(view)]
    lists = view.get("lists")
    if isinstance(lists, Mapping):
        for list_id, title, advice in LISTS:
            items = lists.get(list_id)
            out += ["", f"### {escape_markdown(title)}", "",
                    escape_markdown(advice, cell=False, line_start=True), ""]
            if items is None:
                out.append("Unknown: the export lacks the file this list needs.")
            elif not items:
                out.append("Nobody.")
            for item in items or []:
                name, what, url = _item(list_id, item)
                link = f" — <{url}>" if url else ""
                out.append(f"- {escape_markdown(name, cell=False)}: "
                           f"{escape_markdown(what, cell=False)}{link}")
    return "\n".join(out) + "\n"


CSV_HEADER = ("section", "item", "value", "date", "profile_url")


def spreadsheet_safe(value: str) -> str:
    """A cell a spreadsheet shows as text: formula starters get a leading apostrophe."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_text(view: Mapping[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in _csv_rows(view):
        writer.writerow([spreadsheet_safe(clean_text(cell)) for cell in row])
    return buffer.getvalue()


def _csv_rows(view: Mapping[str, Any]) -> Iterator[Sequence[str]]:
    as_of = str(view.get("as_of") or "")
    for key, value in (view.get("totals") or {}).items():
        yield ("totals", str(key), "" if value is None else str(value), as_of, "")
    lists = view.get("lists")
    if not isinstance(lists, Mapping):
        return
    for list_id, _title, _advice in LISTS:
        for item in lists.get(list_id) or []:
            date = item.get("connected_on") or item.get("last_message_on") or item.get("sent_on")
            value = item.get("talked") if list_id == "recent_without_conversation" else (
                item.get("days") if list_id == "pending_invitations" else "")
            yield (list_id, str(item.get("name") or ""), "" if value is None else str(value),
                   str(date or ""), safe_http_url(str(item.get("profile_url") or "")) or "")
