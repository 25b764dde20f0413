from __future__ import annotations

import re

import pytest

from presence_audit.render.sanitize import clean_text, escape_markdown, safe_http_url

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain text", "plain text"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("\x1b[2Jcleared", "cleared"),
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b]8;;http://evil\x07click\x1b]8;;\x07", "click"),
        ("\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"),
        ("\x1b]0;new window title\x07after", "after"),
        ("\x9b2Jeight-bit CSI", "eight-bit CSI"),
        ("\x9d8;;http://evil\x9cclick", "click"),
        ("lone \x9b", "lone "),
        ("del\x7fete", "delete"),
        ("bell\x07 backspace\x08 cr\r nul\x00", "bell backspace cr nul"),
        ("lone ESC\x1b", "lone ESC"),
        ("ESC then [ later\x1b", "ESC then [ later"),
        ("unicode stays: é ü ✓ 名前", "unicode stays: é ü ✓ 名前"),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "\x1b\x1b[[31m",
        "\x1b]8;;unterminated hyperlink",
        "\x1b[" + "9" * 50,
        "a\x1bb\x9bc\x1b\\d",
    ],
)
def test_clean_text_leaves_no_control_character(raw: str) -> None:
    assert not CONTROL.search(clean_text(raw))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ada Example", "Ada Example"),
        ("![x](http://evil/img.png)", r"\!\[x\]\(http\://evil/img\.png\)"),
        ("[click](http://evil.example)", r"\[click\]\(http\://evil\.example\)"),
        ("<script>alert(1)</script>", r"&lt;script&gt;alert\(1\)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", r"&lt;img src=x onerror=alert\(1\)&gt;"),
        ("> quoted", "&gt; quoted"),
        ("a | b", r"a \| b"),
        ("*bold* _em_ `code` ~~gone~~", r"\*bold\* \_em\_ \`code\` \~\~gone\~\~"),
        ("# heading", r"\# heading"),
        ("1. item", r"1\. item"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("{attr}", r"\{attr\}"),
        ("back\\slash", r"back\\slash"),
        ("line one\nline two\r\n\tthree", "line one line two three"),
        ("    indented code", "indented code"),
        ("AT&amp;T", "AT&amp;amp;T"),
        ("$x$ math", r"\$x\$ math"),
        ("www.evil.example", r"www\.evil\.example"),
        ("\x1b[31mred\x1b[0m", "red"),
    ],
)
def test_escape_markdown(raw: str, expected: str) -> None:
    assert escape_markdown(raw) == expected


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
    assert escape_markdown("ping @octocat") == "ping @\u200boctocat"
