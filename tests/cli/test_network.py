"""`presence-audit network EXPORT`: the contract's totals, every format, and names kept local."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import FIXTURES
from presence_audit.cli import main

NETWORK = FIXTURES / "linkedin" / "network"
CONTRACT = {"source", "archive", "owner", "as_of", "totals", "lists"}


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["network", *args], catch_exceptions=False, env=env)
    return result.exit_code, result.stdout, result.stderr


def test_json_gives_the_contract_and_the_hand_counted_totals() -> None:
    code, out, _ = invoke(str(NETWORK / "2024-url-drafts"), "--format", "json")
    assert code == 0
    view = json.loads(out)
    assert set(view) >= CONTRACT
    assert view["archive"] == "unknown"
    assert view["owner"] == {"name": "Jonas Ekberg", "slug": "jonasekberg"}
    assert view["as_of"] == "2024-12-16"
    assert {k: view["totals"][k] for k in (
        "connections", "invitations_sent", "invitations_received", "invitations_sent_with_note",
        "conversations", "two_way_conversations", "recent_connections",
        "recent_connections_two_way")} == {
        "connections": 6, "invitations_sent": 5, "invitations_received": 1,
        "invitations_sent_with_note": 1, "conversations": 4, "two_way_conversations": 2,
        "recent_connections": 4, "recent_connections_two_way": 2}
    assert all(isinstance(v, int) for v in view["totals"].values())
    assert [p["name"] for p in view["lists"]["pending_invitations"]] == ["Pekka Rautio",
                                                                          "Sander Vik"]


def test_counts_only_leaves_out_every_list_and_every_name() -> None:
    code, out, _ = invoke(str(NETWORK / "2024-url-drafts"), "--format", "json", "--counts-only")
    assert code == 0
    view = json.loads(out)
    assert "lists" not in view
    for name in ("Kvamme", "Henrik", "Lucía", "Pekka", "Sander", "Grant Obi", "øydis"):
        assert name not in out


def test_a_basic_archive_says_what_it_lacked_and_gives_unknown_not_zero(tmp_path: Path) -> None:
    archive = shutil.make_archive(str(tmp_path / "Basic_LinkedInDataExport_03-02-2026"), "zip",
                                  NETWORK / "basic" / "Basic_LinkedInDataExport_03-02-2026")
    code, out, _ = invoke(archive, "--format", "json")
    view = json.loads(out)
    assert code == 0
    assert view["archive"] == "basic"
    assert view["missing"] == ["messages.csv"]
    assert view["totals"]["conversations"] is None
    assert view["totals"]["recent_connections_two_way"] is None
    assert view["lists"]["recent_without_conversation"] is None
    code, text, _ = invoke(archive)
    assert "it has no messages.csv, so those figures are unknown" in text
    conversations = next(line for line in text.splitlines() if line.startswith("Conversations"))
    assert conversations.split()[-1] == "unknown"


@pytest.mark.parametrize("width", ["60", "120"])
def test_the_terminal_view_fits_the_width_and_keeps_links_whole(width: str) -> None:
    code, out, _ = invoke("--demo", env={"COLUMNS": width})
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Your network — Ada Example, as of 2026-11-12"
    assert all(len(line) <= int(width) for line in lines)
    assert "    https://www.linkedin.com/in/mariana-lobo" in lines
    assert "Actually connect" in lines and "Pending for 3 weeks or more" in lines


def test_markdown_and_csv_views(tmp_path: Path) -> None:
    code, md, _ = invoke("--demo", "--format", "markdown")
    assert code == 0
    assert md.startswith("## Your network — Ada Example, as of 2026-11-12\n")
    assert "| Connections | 36 |" in md
    assert "- Mariana Lobo: connected 2026-11-05; they wrote, you did not answer — " \
           "<https://www.linkedin.com/in/mariana-lobo>" in md
    code, text, _ = invoke("--demo", "--format", "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "item", "value", "date", "profile_url"]
    assert ["totals", "connections", "36", "2026-11-12", ""] in rows
    assert ["pending_invitations", "Ole Brekke", "301", "2026-01-15",
            "https://www.linkedin.com/in/ole-brekke-data"] in rows


def hostile_export(folder: Path) -> Path:
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "=HYPERLINK(\"http://evil.example\"),\x1b]0;pwned\x07X,https://www.linkedin.com/in/x,,,"
        ",10 Nov 2026\n", encoding="utf-8")
    (folder / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        "c1,,Me,https://www.linkedin.com/in/me,X,https://www.linkedin.com/in/x,"
        "2026-11-11 10:00:00 UTC,,secret words,INBOX\n", encoding="utf-8")
    return folder


def test_hostile_names_are_defused_in_every_format_and_messages_never_shown(
    tmp_path: Path
) -> None:
    export = hostile_export(tmp_path)
    outputs = {fmt: invoke(str(export), "--format", fmt)[1]
               for fmt in ("terminal", "markdown", "json", "csv")}
    assert "\x1b" not in outputs["terminal"] and "\x07" not in outputs["terminal"]
    assert "\x1b" not in outputs["markdown"]
    rows = list(csv.reader(io.StringIO(outputs["csv"])))
    name_cells = [row[1] for row in rows if row[0] == "recent_without_conversation"]
    assert name_cells and all(cell.startswith("'=") for cell in name_cells)
    assert not any("secret words" in text for text in outputs.values())


def test_usage_mistakes_exit_2_and_an_unreadable_export_exits_3(tmp_path: Path) -> None:
    assert invoke()[0] == 2
    assert invoke(str(NETWORK / "basic"), "--demo")[0] == 2
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    code, _, err = invoke(str(tmp_path / "notes.txt"))
    assert code == 3
    assert "neither a ZIP archive nor a folder" in err
