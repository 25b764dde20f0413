"""Registrable domains from tldextract's bundled Public Suffix List, without tldextract's code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from presence_audit.text import public_suffix
from presence_audit.text.public_suffix import parse_rules, registrable


@pytest.mark.parametrize(("host", "expected"), [
    ("blog.ada.dev", "ada.dev"),
    ("ada.dev", "ada.dev"),
    ("www.ada.co.uk", "ada.co.uk"),
    ("co.uk", None),  # a public suffix is nobody's site
    ("uk", None),
    ("ada.github.io", "ada.github.io"),  # private section: each user is a site
    ("github.io", None),
    ("ada.netlify.app", "ada.netlify.app"),
    ("x.blogspot.com", "x.blogspot.com"),
    ("www.xn--85x722f.xn--55qx5d.cn", "xn--85x722f.xn--55qx5d.cn"),  # 公司.cn, in punycode
    ("localhost", None),
    ("printer.lan", None),
])
def test_registrable_domains(host: str, expected: str | None) -> None:
    assert registrable(host) == expected


def test_wildcards_and_exceptions_follow_the_list_algorithm() -> None:
    rules = parse_rules(b"// comment\nck\n*.ck\n!www.ck\nkawasaki.jp\n*.kawasaki.jp\n"
                        b"!city.kawasaki.jp\n")
    assert rules.suffix_labels(["a", "b", "ck"]) == 2  # *.ck: b.ck is a public suffix
    assert rules.suffix_labels(["a", "www", "ck"]) == 1  # !www.ck: www.ck is registrable
    assert rules.suffix_labels(["x", "city", "kawasaki", "jp"]) == 2
    assert rules.suffix_labels(["x", "y", "kawasaki", "jp"]) == 3
    assert rules.suffix_labels(["example"]) == 0


HOSTS = ("blog.ada.dev", "ada.github.io", "a.b.co.uk", "bucket.s3.amazonaws.com",
         "ada.netlify.app", "www.linkedin.com", "pt.linkedin.com", "medium.com",
         "sites.google.com", "ada.wordpress.com", "www.bbc.co.uk", "a.b.c.example.com.au",
         "x.city.kawasaki.jp", "a.www.ck", "b.c.ck", "foo.example", "mastodon.social",
         "ada.substack.com", "www.xn--85x722f.xn--55qx5d.cn", "ada.vercel.app")


def test_it_agrees_with_tldextract_on_real_hosts() -> None:
    tldextract = pytest.importorskip("tldextract")
    extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(),
                                    fallback_to_snapshot=True, include_psl_private_domains=True)
    for host in HOSTS:
        parts = extract(host)
        theirs = f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else None
        assert registrable(host) == theirs, host


def test_the_list_is_read_once_without_tldextract_or_requests() -> None:
    code = ("import sys; from presence_audit.text.public_suffix import registrable;"
            "registrable('a.b.co.uk'); registrable('x.dev');"
            "print(','.join(m for m in ('tldextract', 'requests', 'idna') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == ""
    public_suffix.rules.cache_clear()
    registrable("a.dev")
    registrable("b.dev")
    assert public_suffix.rules.cache_info().misses == 1


def test_the_bundled_list_reads_as_its_text_does() -> None:
    text = public_suffix.snapshot_path().read_text(encoding="utf-8").lower()
    rules = [line.split()[0] for line in text.splitlines()
             if line.strip() and not line.startswith("//") and not line[0].isspace()]
    assert len(rules) > 5000
    assert public_suffix.rules() == public_suffix.SuffixRules(
        exact=frozenset(r for r in rules if r[0] not in "!*"),
        wildcard=frozenset(r[2:] for r in rules if r[0] == "*"),
        exception=frozenset(r[1:] for r in rules if r[0] == "!"))


def test_unicode_rules_and_upper_case_ascii_are_read() -> None:
    rules = parse_rules("COM\n// x\n  indented\n公司.cn\n*.個人.香港\nrule trailing words\r\n"
                        "tab\tword\nnbsp\u00a0word\ncr\r\n\tindented\n".encode())
    assert rules.exact == {"com", "公司.cn", "rule", "tab", "nbsp", "cr"}
    assert rules.wildcard == {"個人.香港"}
