"""Reading LinkedIn data exports: ZIP or folder, real-shaped files, and hostile archives."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from helpers import FIXTURES
from presence_audit.demo import demo_folder
from presence_audit.sources.linkedin.export import (
    MIB,
    ExportError,
    ExportLimits,
    file_key,
    parse_websites,
    read_export,
)

LINKEDIN = FIXTURES / "linkedin"
NETWORK = LINKEDIN / "network"
PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    'Ada,Example,,"Rua Augusta 1, Lisboa",1 Jan 1990,Data engineer helping analytics teams,'
    '"I build pipelines.\nI help teams.",Software Development,1100,"Lisbon, Portugal",'
    "[adaexample],\"[PERSONAL:https://adaexample.dev,COMPANY:https://acme.example]\",\n"
)
RECOMMENDATIONS = (
    "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
    'Marta,Silva,Brightside,Head of Data,"Great work, truly.","03/14/22, 10:12 AM",VISIBLE\n'
    'Rui,Costa,Acme,Manager,"Reliable.","11/02/24, 04:45 PM",HIDDEN\n'
    'Inês,Ferreira,Acme,Lead,"Calm.","12/09/22, 07:18 PM",VISIBLE\n'
)
CONNECTIONS = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing. First Name, Last Name: see https://www.linkedin.com/help/linkedin/answer/261"'
    "\n\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Marta,Silva,https://www.linkedin.com/in/marta,,Brightside,Head of Data,14 Mar 2022\n"
    "Rui,Costa,https://www.linkedin.com/in/rui,rui@example.com,Acme,Manager,16 Dec 2024\n"
)


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return folder


def zipped(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def test_the_demo_export_folder_reads_as_a_real_one() -> None:
    profile = read_export(demo_folder() / "linkedin-export")
    assert profile.ok
    assert profile.name == "Ada Example"
    assert profile.headline == "Data Engineer at Acme Analytics"
    assert profile.summary is not None and profile.summary.startswith("I build and run")
    assert profile.photo_present is None
    assert profile.recommendations == 1
    assert profile.recommendations_hidden == 1
    assert profile.connections == 36
    assert profile.skills == 7
    assert profile.websites == ["https://adaexample.dev"]
    assert [p["company"] for p in profile.positions] == ["Acme Analytics", "Brightside Retail"]
    assert [p["current"] for p in profile.positions] == [True, False]
    assert profile.education[0]["school"] == "University of Porto"
    assert profile.field_sources["headline"] == "export"


def test_a_folder_with_variant_names_sub_folders_and_missing_files() -> None:
    profile = read_export(LINKEDIN / "export-variants")
    assert profile.name == "Noor Haddad"
    # An empty Headline column is a member without a headline, not an unknown one.
    assert profile.headline is None and "headline" in profile.absent
    # Summary empty in Profile.csv: "Profile Summary.csv" has it.
    assert profile.summary is not None and profile.summary.startswith("I design clinical")
    assert profile.websites == [] and "websites" in profile.absent
    # "Recommendations Received.csv" holds one hidden recommendation: none visible.
    assert (profile.recommendations, profile.recommendations_hidden) == (0, 1)
    assert profile.connections == 1  # found in a sub-folder, after the preamble
    # No Skills.csv or Positions.csv at all: unknown, not "none".
    assert profile.skills is None
    assert profile.positions == [] and "positions" not in profile.absent
    assert "Skills.csv" in profile.missing_files and "Positions.csv" in profile.missing_files
    assert profile.archive == "basic"  # its Connections.csv sits in a Basic_… folder


def test_a_zip_with_bom_preamble_variant_names_and_sub_folders(tmp_path: Path) -> None:
    archive = zipped(tmp_path / "Basic_LinkedInDataExport_11-14-2026.zip", {
        "Profile.csv": "\ufeff" + PROFILE,
        "Recommendations Received.csv": RECOMMENDATIONS,
        "Basic_LinkedInDataExport_11-14-2026/Connections.csv": CONNECTIONS,
        "Jobs/Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
                              "Acme,Data Engineer,,Lisbon,Nov 2022,\n",
        "Rich_Media.csv": "Date/Time,Media Description,Media Link\n",
        "__MACOSX/._Profile.csv": b"\x00\x05\x16\x07 not a csv",
    })
    profile = read_export(archive)
    assert profile.name == "Ada Example"
    assert profile.headline == "Data engineer helping analytics teams"
    assert profile.summary == "I build pipelines.\nI help teams."
    assert profile.location == "Lisbon, Portugal"
    assert profile.websites == ["https://adaexample.dev", "https://acme.example"]
    assert profile.recommendations == 2
    assert profile.recommendations_hidden == 1
    assert profile.connections == 2
    assert profile.positions[0]["title"] == "Data Engineer"
    assert profile.detail == ("data export Basic_LinkedInDataExport_11-14-2026.zip (Basic "
                              "archive; lacks Education.csv, Skills.csv, Invitations.csv, "
                              "messages.csv)")
    assert profile.archive == "basic"
    # Private columns are never copied: no address, birth date or e-mail anywhere.
    text = str(profile.to_dict())
    assert "Rua Augusta" not in text and "1990" not in text and "rui@example.com" not in text


def test_headers_match_case_and_space_insensitively_in_any_order(tmp_path: Path) -> None:
    folder = write(tmp_path, {
        "profile.csv": "HEADLINE,last_name,FirstName,summary\nHi there,Example,Ada,\n",
        "skills.CSV": "name\nPython\n\nSQL\n",
    })
    profile = read_export(folder)
    assert profile.name == "Ada Example"
    assert profile.headline == "Hi there"
    assert profile.summary is None and "summary" in profile.absent
    assert profile.skills == 2


def test_missing_files_are_unknown_never_none_of_those_things(tmp_path: Path) -> None:
    profile = read_export(write(tmp_path, {"Profile.csv": PROFILE}))
    assert profile.recommendations is None
    assert profile.skills is None
    assert profile.connections is None
    assert profile.positions == [] and "positions" not in profile.absent
    assert "education" not in profile.absent
    assert profile.missing_files == ["Positions.csv", "Education.csv", "Skills.csv",
                                     "Recommendations_Received.csv", "Connections.csv",
                                     "Invitations.csv", "messages.csv"]
    assert profile.archive == "unknown"


def test_empty_files_are_none_of_those_things(tmp_path: Path) -> None:
    profile = read_export(write(tmp_path, {
        "Profile.csv": PROFILE,
        "Skills.csv": "Name\n",
        "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n",
        "Recommendations_Received.csv": "First Name,Last Name,Company,Job Title,Text,"
                                        "Creation Date,Status\n",
    }))
    assert (profile.skills, profile.recommendations) == (0, 0)
    assert "positions" in profile.absent


def test_a_basic_archive_says_so_and_what_it_lacks(tmp_path: Path) -> None:
    folder = NETWORK / "basic"
    profile = read_export(folder)
    assert profile.archive == "basic"
    assert profile.recommendations is None  # the Basic archive has no recommendations file
    assert profile.missing_files == ["Education.csv", "Recommendations_Received.csv",
                                     "messages.csv"]
    assert profile.detail == ("data export basic (Basic archive; lacks Education.csv, "
                              "Recommendations_Received.csv, messages.csv)")
    archive = Path(shutil.make_archive(str(tmp_path / "Complete_LinkedInDataExport_03-02-2026"),
                                       "zip", folder / "Basic_LinkedInDataExport_03-02-2026"))
    assert read_export(archive).archive == "complete"  # the archive's own name decides first


def test_a_space_after_a_closing_quote_reads_as_a_spreadsheet_reads_it() -> None:
    profile = read_export(NETWORK / "basic")
    assert [(p["company"], p["location"], p["started_on"]) for p in profile.positions] == [
        ("Selva Maps", "Remote", "Jun 2023"), ("Atlas Survey", "Haifa, Israel", "Sep 2020")]
    assert profile.warnings == []


def test_rows_of_only_commas_are_connections_and_blank_lines_are_not() -> None:
    # Ivo, a row of only commas, a hidden member with a date, Lior; two blank lines.
    assert read_export(NETWORK / "basic").connections == 4


def test_a_malformed_file_leaves_the_rest_of_the_export_read() -> None:
    profile = read_export(NETWORK / "malformed")
    assert profile.ok
    assert profile.warnings == [
        "Positions.csv: line 3: not UTF-8 text (byte 190 of the file): re-download the "
        "export; its fields are unknown",
        "Skills.csv: no header row with the columns Name in its first 50 lines: not the "
        "Skills.csv of a LinkedIn export, or a column was renamed; its fields are unknown"]
    assert profile.positions == [] and "positions" not in profile.absent  # unknown
    assert profile.skills is None
    assert profile.headline == "Cartographer making park maps people can read"
    assert profile.websites == ["https://marental.example"]
    assert profile.recommendations == 1


def test_without_profile_csv_the_text_fields_are_unknown(tmp_path: Path) -> None:
    profile = read_export(write(tmp_path, {"Recommendations_Received.csv": RECOMMENDATIONS}))
    assert profile.headline is None and "headline" not in profile.absent
    assert profile.name is None
    assert profile.recommendations == 2


def test_a_profile_summary_file_counts_without_profile_csv(tmp_path: Path) -> None:
    profile = read_export(write(tmp_path, {
        "Profile Summary.csv": "Profile Summary\n\"I help teams ship data.\"\n",
    }))
    assert profile.summary == "I help teams ship data."
    assert profile.name is None and profile.headline is None
    assert profile.absent.isdisjoint({"name", "headline", "location"})


def test_a_profile_summary_file_fills_an_empty_summary(tmp_path: Path) -> None:
    profile = read_export(write(tmp_path, {
        "Profile.csv": "First Name,Last Name,Headline,Summary\nAda,Example,Hi,\n",
        "Profile Summary.csv": "Profile Summary\n\"I help teams, in the first person.\"\n",
    }))
    assert profile.summary == "I help teams, in the first person."


def test_a_missing_required_column_names_the_file(tmp_path: Path) -> None:
    folder = write(tmp_path, {"Positions.csv": "Company,Role\nAcme,Engineer\n",
                              "Profile.csv": PROFILE})
    profile = read_export(folder)
    assert profile.name == "Ada Example"
    assert profile.warnings[0].startswith("Positions.csv: no header row with the columns "
                                          "Company Name, Title")


def test_malformed_csv_names_the_file_and_line(tmp_path: Path) -> None:
    # A quote that is never closed swallows the rest of the file into one huge cell.
    folder = write(tmp_path, {"Skills.csv": 'Name\nPython\n"SQL\n' + "x" * 200_000 + "\n",
                              "Profile.csv": PROFILE})
    profile = read_export(folder)
    assert profile.skills is None
    assert profile.warnings[0].startswith("Skills.csv: line 3: malformed CSV (field larger")


def test_text_that_is_not_utf8_names_the_file_and_line(tmp_path: Path) -> None:
    folder = write(tmp_path, {"Profile.csv": "First Name,Last Name\nJos\xe9,X\n".encode("latin-1"),
                              "Skills.csv": "Name\nPython\n"})
    profile = read_export(folder)
    assert profile.name is None and profile.skills == 1
    assert profile.warnings == ["Profile.csv: line 2: not UTF-8 text (byte 25 of the file): "
                                "re-download the export; its fields are unknown"]


def test_an_export_whose_every_file_is_unreadable_is_an_error(tmp_path: Path) -> None:
    folder = write(tmp_path, {"Profile.csv": "First Name,Last Name\nJos\xe9,X\n".encode("latin-1")})
    with pytest.raises(ExportError, match=r"^Profile\.csv: line 2: not UTF-8 text"):
        read_export(folder)


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    # Two MiB of zeros compress to a few KiB: over the 1 MiB cap for one entry.
    archive = zipped(tmp_path / "bomb.zip", {"Profile.csv": b"0" * (2 * MIB)})
    assert archive.stat().st_size < 50_000
    limits = ExportLimits(max_entry_bytes=MIB, max_total_bytes=4 * MIB)
    with pytest.raises(ExportError, match=r"inflates past the 1 MiB cap.*zip bomb"):
        read_export(archive, limits)


def test_an_entry_that_lies_about_its_size_is_caught_while_reading(tmp_path: Path) -> None:
    archive = tmp_path / "liar.zip"
    zipped(archive, {"Skills.csv": b"Name\n" + b"x" * (2 * MIB)})
    # Rewrite both size fields (local header and central directory) to claim 10 bytes: the
    # reader must stop there and refuse the archive, not inflate the 2 MiB behind them.
    data = bytearray(archive.read_bytes())
    real = (len(b"Name\n") + 2 * MIB).to_bytes(4, "little")
    data = bytearray(bytes(data).replace(real, (10).to_bytes(4, "little")))
    archive.write_bytes(bytes(data))
    with pytest.raises(ExportError, match=r"liar\.zip is not a readable ZIP archive: Bad CRC"):
        read_export(archive, ExportLimits(max_entry_bytes=MIB))


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    archive = zipped(tmp_path / "many.zip", {f"f{i}.txt": "" for i in range(20)})
    with pytest.raises(ExportError, match="holds 20 entries"):
        read_export(archive, ExportLimits(max_entries=10))


@pytest.mark.parametrize("name", ["../Profile.csv", "/etc/Profile.csv", "a/../../x.csv",
                                  "C:/Users/Profile.csv", "..\\Profile.csv"])
def test_path_tricks_are_refused(tmp_path: Path, name: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Profile.csv", PROFILE)
        archive.writestr(zipfile.ZipInfo(name), "x")
    path = tmp_path / "slip.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ExportError, match="unsafe path"):
        read_export(path)
    assert not (tmp_path.parent / "Profile.csv").exists()


def test_not_an_export(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(ExportError, match="does not look like a LinkedIn data export"):
        read_export(tmp_path)
    with pytest.raises(ExportError, match="neither a ZIP archive nor a folder"):
        read_export(tmp_path / "notes.txt")
    with pytest.raises(ExportError, match="no such file or folder"):
        read_export(tmp_path / "absent.zip")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(ExportError):
        read_export(broken)


def test_file_names_and_websites_normalise() -> None:
    assert file_key("Rich_Media.csv") == file_key("sub/Rich Media.CSV") == "richmedia"
    assert parse_websites("[PERSONAL:https://a.dev,COMPANY:https://b.com, https://a.dev]") == [
        "https://a.dev", "https://b.com"]
    assert parse_websites("[]") == []
