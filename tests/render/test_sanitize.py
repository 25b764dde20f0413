from __future__ import annotations

import re

import pytest

from presence_audit.render.sanitize import clean_text, escape_markdown, safe_http_url

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ada Example", "Ada Example"),
        # Only what would open a construct where it stands is escaped; addresses GitHub
        # would link by themselves become code: readable raw, never a link.
        ("![x](http://evil/img.png)", r"!\[x\](`http://evil/img.png`)"),
        ("[click](http://evil.example)", r"\[click\](`http://evil.example`)"),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>"),
        ("a < b > c", "a < b > c"),
        ("a | b", r"a \| b"),
        ("*bold* _em_ `code` ~~gone~~", r"\*bold\* \_em\_ `code` \~\~gone\~\~"),
        ("a lone ` backtick", r"a lone \` backtick"),
        ("run `presence-audit note [x](y)` now", "run `presence-audit note [x](y)` now"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("adaexample.dev ranks #2 - fine. Really: yes",
         "adaexample.dev ranks #\u200d2 - fine. Really: yes"),
        ("# heading", "# heading"),
        ("{attr}", "{attr}"),
        ("back\\slash", "back\\slash"),
        ("back\\*slash", r"back\\\*slash"),
        ("line one\nline two\r\n\tthree", "line one line two three"),
        ("    indented code", "indented code"),
        ("AT&amp;T", "AT&amp;amp;T"),
        ("R&D", "R&D"),
        ("$x$ math", r"\$x\$ math"),
        ("www.evil.example", "`www.evil.example`"),
        ("see https://ada.example/a.", "see `https://ada.example/a`."),
        ("mail ada@example.com", "mail `ada@example.com`"),
        ("\x1b[31mred\x1b[0m", "red"),
    ],
)
def test_escape_markdown(raw: str, expected: str) -> None:
    assert escape_markdown(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# heading", r"\# heading"),
        ("> quoted", r"\> quoted"),
        ("1. item", r"1\. item"),
        ("2) item", r"2\) item"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("= underline", r"\= underline"),
        ("plain", "plain"),
    ],
)
def test_what_opens_a_block_is_escaped_at_a_line_start(raw: str, expected: str) -> None:
    assert escape_markdown(raw, line_start=True) == expected


def test_pipes_are_escaped_only_for_table_cells() -> None:
    assert escape_markdown("a | b", cell=False) == "a | b"
    assert escape_markdown("see https://x.example/a|b") == r"see `https://x.example/a`\|b"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ada.example/", "https://ada.example/"),
        ("http://ada.example/path?q=1#frag", "http://ada.example/path?q=1#frag"),
        ("HTTPS://Ada.Example/", "HTTPS://Ada.Example/"),
        ("https://ada.example/a_(b)", "https://ada.example/a_(b)"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("file:///etc/passwd", None),
        ("ftp://ada.example/", None),
        ("//ada.example/protocol-relative", None),
        ("/relative/path", None),
        ("https://", None),
        ("http:///no-host", None),
        ("https://ada.example/with space", None),
        ("https://ada.example/\nsecond-line", None),
        ("https://ada.example/\x1b[2J", None),
        ("https://ada.example/\x9b", None),
        ("http://[::1", None),
        ("", None),
    ],
)
def test_safe_http_url(url: str, expected: str | None) -> None:
    assert safe_http_url(url) == expected


def test_bidi_overrides_are_removed() -> None:
    # U+202E would display "moc.elpmaxe" reversed, disguising a domain.
    assert clean_text("safe\u202emoc.live\u202c") == "safemoc.live"
    assert clean_text("a\u2066b\u2069c") == "abc"


def test_mentions_cannot_notify_anyone_in_a_pr_comment() -> None:
    assert "@octocat" not in escape_markdown("ping @octocat")
    assert escape_markdown("ping @octocat") == "ping @\u200doctocat"
    for reference in ("#12", "GH-12", "owner/repo#12"):
        assert reference not in escape_markdown(f"fixes {reference}")
