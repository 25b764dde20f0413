"""Reading the network from exports of every era: each total against a hand count.

The fixtures (tests/fixtures/linkedin/network, fictional people in real exports' structures)
list their sources and the hand-counted totals in their README; the expected values here are
those counts, not the code's output.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from presence_audit.sources.linkedin.network import (
    parse_date,
    profile_slug,
    read_network,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin" / "network"

TOTALS = ("connections", "invitations_sent", "invitations_received",
          "invitations_sent_with_note", "conversations", "two_way_conversations",
          "recent_connections", "recent_connections_two_way", "invitations_pending",
          "awaiting_your_reply")

# folder: (totals in TOTALS order, as_of, owner slug, owner name, archive, match)
ERAS = {
    "2018-complete": ((5, 3, 2, 1, 3, 1, 3, 1, 2, 1), "2018-10-31", None, "Ilse Varga",
                      "complete", "names"),
    "2022-complete": ((6, 2, 2, 0, 4, 2, 3, 1, 1, 1), "2022-09-08", "leandra-voss-7b1",
                      "Leandra Voss", "complete", "names"),
    "2023-urn": ((5, 3, 1, 1, 4, 2, 4, 2, 2, 2), "2023-09-02", "noor-haddad", "Noor Haddad",
                 "unknown", "profile-urls"),
    "2024-url-drafts": ((6, 5, 1, 1, 4, 2, 4, 2, 2, 1), "2024-12-16", "jonasekberg",
                        "Jonas Ekberg", "unknown", "profile-urls"),
    "2026-attachments": ((5, 4, 1, 2, 3, 2, 4, 2, 1, 0), "2026-02-12", "rafa-quintero-dev",
                         "Rafa Quintero", "unknown", "profile-urls"),
    "basic": ((4, 2, 1, 1, None, None, 3, None, 1, None), "2026-02-27", "marental", "Maren Tal",
              "basic", "profile-urls"),
}


@pytest.mark.parametrize("era", sorted(ERAS))
def test_every_total_of_every_era_matches_the_hand_count(era: str) -> None:
    totals, as_of, slug, name, archive, match = ERAS[era]
    network = read_network(FIXTURES / era)
    assert tuple(network.totals()[key] for key in TOTALS) == totals
    assert network.as_of == date.fromisoformat(as_of)
    assert (network.owner_slug, network.owner_name) == (slug, name)
    assert network.archive == archive
    assert network.match == match
    assert network.warnings == []


@pytest.mark.parametrize("era", sorted(ERAS))
def test_a_zip_of_the_export_reads_the_same_as_the_folder(era: str, tmp_path: Path) -> None:
    folder = FIXTURES / era
    archive = Path(shutil.make_archive(str(tmp_path / era), "zip", folder))
    assert read_network(archive).totals() == read_network(folder).totals()


def test_a_missing_messages_file_is_unknown_and_said() -> None:
    network = read_network(FIXTURES / "basic")
    assert network.missing == ["messages.csv"]
    assert network.conversations is None
    lists = network.lists()
    assert lists["recent_without_conversation"] is None
    assert [p["name"] for p in lists["pending_invitations"] or []] == ["Oded Shani"]


def test_the_lists_name_whom_to_write_to_and_what_to_withdraw() -> None:
    lists = read_network(FIXTURES / "2024-url-drafts").lists()
    assert lists["recent_without_conversation"] == [
        {"name": "Henrik Moe, PhD", "profile_url": "https://www.linkedin.com/in/henrik-moe-phd",
         "connected_on": "2024-12-03", "talked": "you"}]
    assert lists["awaiting_your_reply"] == [
        {"name": "Lucía Berrocal", "profile_url": "https://www.linkedin.com/in/luciaberrocal",
         "last_message_on": "2024-10-20"}]
    assert [(p["name"], p["days"], p["with_note"]) for p in lists["pending_invitations"]] == [
        ("Pekka Rautio", 41, False), ("Sander Vik", 41, False)]


@pytest.mark.parametrize(("text", "day"), [
    ("16 Dec 2024", date(2024, 12, 16)),
    ("16-Dec-24", date(2024, 12, 16)),
    ("12/15/24, 7:47 AM", date(2024, 12, 15)),
    ("2024-12-16 18:24:37 UTC", date(2024, 12, 16)),
    ("2024/10/24 14:11:21 UTC", date(2024, 10, 24)),
    ("10/30/18, 6:12 PM", date(2018, 10, 30)),
    ("31 Feb 2024", None),
    ("", None),
    ("soon", None),
])
def test_every_date_format_of_the_network_files(text: str, day: date | None) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(("url", "slug"), [
    ("https://www.linkedin.com/in/Ada-Example-9f/?trk=x", "ada-example-9f"),
    ("www.linkedin.com/in/ada", "ada"),
    ("https://pt.linkedin.com/in/%C3%B8ydis-kvamme", "øydis-kvamme"),
    ("https://www.linkedin.com/in/øydis-kvamme", "øydis-kvamme"),
    ("urn:li:member:510238847", None),
    ("", None),
])
def test_profiles_compare_by_their_slug(url: str, slug: str | None) -> None:
    assert profile_slug(url) == slug


def write(folder: Path, files: dict[str, str], newline: str = "\n") -> Path:
    for name, text in files.items():
        (folder / name).write_bytes(text.replace("\n", newline).encode("utf-8"))
    return folder


def test_a_draft_column_without_the_others_and_crlf_line_ends(tmp_path: Path) -> None:
    # messages.csv ending FOLDER,IS MESSAGE DRAFT (no ATTACHMENTS, no IS CONVERSATION DRAFT),
    # and a Connections.csv a spreadsheet re-saved: CRLF, dates like 16-Dec-24, no preamble.
    folder = write(tmp_path, {
        "messages.csv":
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE "
            "URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT\n"
            "c1,,Kai Moss,https://www.linkedin.com/in/kai-moss,Me Owner,"
            "https://www.linkedin.com/in/me-owner,2024-12-20 10:00:00 UTC,,hi,INBOX,No\n"
            "c1,,Me Owner,https://www.linkedin.com/in/me-owner,Kai Moss,"
            "https://www.linkedin.com/in/kai-moss,2024-12-20 11:00:00 UTC,,hello,INBOX,No\n"
            "c2,,Me Owner,https://www.linkedin.com/in/me-owner,,,2024-12-21 09:00:00 UTC,,"
            "draft,,Yes\n",
        "Connections.csv":
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Kai,Moss,https://www.linkedin.com/in/Kai-Moss/,,,,16-Dec-24\n"
            ",,,,,,2-Nov-24\n",
    }, newline="\r\n")
    network = read_network(folder)
    totals = network.totals()
    assert (totals["connections"], totals["conversations"], totals["two_way_conversations"]) == (
        2, 1, 1)
    assert network.as_of == date(2024, 12, 21)  # the draft's day counts for as_of
    assert (totals["recent_connections"], totals["recent_connections_two_way"]) == (2, 1)
    assert network.owner_slug == "me-owner"


def test_an_unreadable_file_makes_only_its_own_figures_unknown(tmp_path: Path) -> None:
    folder = write(tmp_path, {
        "Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,"
                           "Connected On\nKai,Moss,,,,,16 Dec 2024\n",
        "Invitations.csv": "Who,Whom\nx,y\n",
    })
    network = read_network(folder)
    assert network.totals()["connections"] == 1
    assert network.totals()["invitations_sent"] is None
    assert network.warnings == [
        "Invitations.csv: no header row with the columns From, To, Direction in its first 50 "
        "lines: not the Invitations.csv of a LinkedIn export, or a column was renamed; its "
        "figures are unknown"]
