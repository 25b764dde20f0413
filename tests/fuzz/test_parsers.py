"""Every parser meets generated hostile input: the only way out is its typed error.

The default profile keeps the suite fast; ``HYPOTHESIS_PROFILE=fuzz`` (the scheduled CI job)
runs thousands of examples per parser.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.fuzz

# Markup the parsers look for, so generated pages reach past the first "not a profile" return.
LINKEDIN_PIECES = [
    '<h1 class="top-card-layout__title">', "</h1>", '<h2 class="top-card-layout__headline">',
    "</h2>", '<meta name="pageKey" content="public_profile_v3_desktop">',
    '<meta property="og:type" content="profile">', '<meta property="og:image" content="',
    '">', '<section data-section="summary">', '<section data-section="recommendations">',
    '<section data-section="experience">', '<section data-section="educationsDetails">',
    "</section>", '<img class="top-card__profile-image" data-delayed-url="', "<li>", "</li>",
    '<p data-test-id="recommendations__recommenders">', "</p>", "people have recommended",
    '<script type="application/ld+json">', "</script>", '{"@graph": [{"@type": "Person", ',
    '"name": ', '"jobTitle": [', "]", "}", "}]}", "&amp;amp;", "\x00", "\ufeff", "<title>",
    "</title>", " - ", " | LinkedIn", '<div class="not-first-middot"><span>', "</span></div>",
    '<a href="https://www.linkedin.com/redir/redirect?url=', "</a>", "<p class=\"blur\">",
]
PAGE_PIECES = [
    "<html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>", "<base href=\"",
    "<meta name=\"description\" content=\"", "<meta property=\"og:title\" content=\"",
    "<meta name=\"robots\" content=\"", "noindex", "<link rel=\"canonical\" href=\"",
    "<meta name=\"viewport\" content=\"", "\">", "<script type=\"application/ld+json\">",
    "</script>", '{"@type": "Person", "name": "Ada", "sameAs": [', "]}", "[" * 50,
    "<a href=\"", "mailto:", "tel:", "https://github.com/ada", "</a>", "<div class=\"h-card\">",
    "<style>", "</style>", "<noscript>", "</noscript>", "javascript:", "\u202e", "&#0;",
    "<meta charset=\"", "utf-16", "shift_jis", "</div>",
]
EXPORT_HEADERS = {
    "profile": "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
               "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers",
    "profilesummary": "Profile Summary",
    "positions": "Company Name,Title,Description,Location,Started On,Finished On",
    "education": "School Name,Start Date,End Date,Notes,Degree Name,Activities",
    "skills": "Name",
    "recommendationsreceived": "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
    "connections": "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
}


def _assembled(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=30)),
                    max_size=60).map("".join)


@given(page=_assembled(LINKEDIN_PIECES))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_linkedin_saved_page(page: str) -> None:
    from presence_audit.sources.linkedin.html import parse_profile_html

    profile = parse_profile_html(page)
    assert profile.status
    json.dumps(profile.to_dict())


@given(body=st.one_of(_assembled(PAGE_PIECES).map(str.encode), st.binary(max_size=2000)))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_portfolio_page(body: bytes) -> None:
    from presence_audit.sources.page import parse_page

    page = parse_page(body, url="https://ada.example/", headers={"Content-Type": "text/html"})
    json.dumps(page)


def _cell() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=20), st.sampled_from(
        ["VISIBLE", "HIDDEN", "[PERSONAL:https://a.dev,COMPANY:https://b.com]", "Notes:",
         '"', '""', "\r", "\n", "\ufeff", "Nov 2022", ""]))


@st.composite
def _export_file(draw: st.DrawFn, key: str) -> bytes:
    header = EXPORT_HEADERS[key].split(",")
    if draw(st.booleans()):
        header = draw(st.permutations(header))
    rows = draw(st.lists(st.lists(_cell(), max_size=len(header) + 2), max_size=8))
    out = io.StringIO()
    writer = csv.writer(out)
    if draw(st.booleans()):
        out.write("Notes:\n\"a preamble, as Connections.csv has\"\n\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode("utf-8")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    noise = draw(st.binary(max_size=8))
    at = draw(st.integers(min_value=0, max_value=len(data)))
    return data[:at] + noise + data[at:] if noise else data


@st.composite
def _export(draw: st.DrawFn) -> dict[str, bytes]:
    keys = draw(st.lists(st.sampled_from(sorted(EXPORT_HEADERS)), unique=True, max_size=7))
    return {key: draw(_export_file(key)) for key in keys}


@given(files=_export())
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_export_csvs(files: dict[str, bytes]) -> None:
    from presence_audit.sources.linkedin.export import ExportError, ExportFile, parse_export

    try:
        profile = parse_export({k: ExportFile(f"{k}.csv", v) for k, v in files.items()})
    except ExportError as exc:
        assert str(exc)
        return
    json.dumps(profile.to_dict())


CONFIG_PIECES = [
    "person:\n", "  name: ", "Ada", "\n", "network:\n", "  workers: ", "  allow_private: ",
    "true", "false", "loopback", "private", "search:\n", "  engines: [", "duckduckgo", "]",
    "  queries: [", "'{name}'", "'{nope}'", "checks:\n", "  search.portfolio-rank:\n",
    "    options:\n", "      top: ", "&a ", "*a", "<<: *a\n", "[", "{", "}", "${HOME}",
    "${NOT_SET_ANYWHERE}", "$$", "!!python/object:os.system", "\t", "- ", ": ", "0x10",
    ".inf", ".nan", "~", "null", "'", '"', "\\", "#", "---\n", "...\n", "\x00", "\ufeff",
]


@given(text=_assembled(CONFIG_PIECES))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_config_loader(text: str) -> None:
    from presence_audit.config.errors import ConfigError
    from presence_audit.config.load import parse_config

    try:
        parse_config(text, environ={"HOME": "/home/ada"})
    except ConfigError as exc:
        assert str(exc)
        assert "Traceback" not in str(exc)


NOTE_PIECES = [
    "Hi ", "Jordan", ",", " ", "\n", "Thanks", "Best, Ada", "https://ada.dev", "ada@example.com",
    "+351 912 345 678", "I loved your talk", "Would you be open to", "?", "!", "\u200b",
    "\u202e", "é", "🙂", "…", "www.", ".com", "Dear Sir/Madam", "I am a data engineer",
]


@given(text=_assembled(NOTE_PIECES))
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_note_linter(text: str) -> None:
    from presence_audit.checks.registry import load_registry
    from presence_audit.preflight.lint_note import lint_note, standalone_config
    from presence_audit.sources.note import note_artifact

    note = note_artifact(text, source="test", origin="the command line", limit=300,
                         sender_name="Ada Example")
    outcome = lint_note(standalone_config("Ada Example"), load_registry(), note)
    for result in outcome.report.results:
        assert not result.message.startswith("the check raised"), result.message


SERP_PIECES = [
    "<html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>", " - Google Search",
    " - Search", "Bing", "DuckDuckGo", '<link rel="canonical" href="https://www.google.com/search?q=',
    '<meta property="og:url" content="https://www.bing.com/search?q=', '<div id="search">',
    '<div class="g">', '<div id="b_results">', '<li class="b_algo">', "<h2>", "</h2>", "<h3>",
    "</h3>", '<a href="', "/url?q=https://ada.dev/&amp;sa=U", "https://ada.dev/", '">', "</a>",
    "</div>", "</li>", '<input name="q" value="', "Ada Example", "unusual traffic",
    "Before you continue to Google", '<article data-testid="result">', "\x00", "&#0;",
]


@given(page=_assembled(SERP_PIECES).map(str.encode))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_saved_results_page(page: bytes) -> None:
    from presence_audit.sources.search.saved_page import read_page

    saved = read_page(page)
    assert saved.status in ("ok", "error", "blocked", "empty") or saved.status


CONSOLE_PIECES = ["Top queries", "Clicks", "Impressions", "CTR", "Position", ",", "\n",
                  "ada example", "12", "1.5%", "3.2", '"', "Filter", "Value", "Date",
                  "Search type", "Web", "Last 3 months", "2026-11-01", "\ufeff", "Consultas"]


@given(text=_assembled(CONSOLE_PIECES))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_search_console_export(text: str) -> None:
    import tempfile
    from pathlib import Path

    from presence_audit.sources.search.console import ConsoleError, read_export

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Queries.csv"
        path.write_text(text, encoding="utf-8")
        try:
            export = read_export(path)
        except ConsoleError as exc:
            assert str(exc)
            return
        assert export.source == str(path)


def _nested(depth: int) -> str:
    return "person: {name: Ada}\nchecks: " + "[" * depth + "]" * depth + "\n"


@given(depth=st.integers(min_value=0, max_value=3000), fanout=st.integers(1, 12),
       levels=st.integers(1, 12))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_config_bounds_hold_for_any_nesting_and_alias_fanout(depth: int, fanout: int,
                                                             levels: int) -> None:
    from presence_audit.config.errors import ConfigError
    from presence_audit.config.load import parse_config

    aliases = ["x:", "  a0: &a0 [v]"] + [
        f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * fanout) + "]" for i in range(1, levels)]
    for text in (_nested(depth), "person: {name: Ada}\n" + "\n".join(aliases) + "\n"):
        try:
            parse_config(text)
        except ConfigError as exc:
            assert "Traceback" not in str(exc)
