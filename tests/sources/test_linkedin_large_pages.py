"""Two whole, large real LinkedIn pages read exactly as recorded (tests/fixtures/linkedin/large).

The recorded fields were read by the BeautifulSoup version of the parser; the lxml version
must read the same, field for field, and so must every later one (fields the profile gained
since are not compared).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import pytest

from helpers import FIXTURES
from presence_audit.preflight.target.read import facts_from_html
from presence_audit.sources.linkedin.html import parse_profile_html

LARGE = FIXTURES / "linkedin" / "large"
PAGES = sorted(path.stem for path in LARGE.glob("*.html"))


def expected(name: str) -> dict[str, Any]:
    return json.loads((LARGE / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", PAGES)
def test_the_profile_reads_as_recorded(name: str) -> None:
    profile = json.loads(json.dumps(
        parse_profile_html((LARGE / f"{name}.html").read_bytes()).to_dict()))
    recorded = expected(name)["profile"]
    # Fields added to the profile since the recording are not the parser's to match.
    assert {key: profile.get(key) for key in recorded} == recorded


@pytest.mark.parametrize("name", PAGES)
def test_the_target_reads_as_recorded(name: str) -> None:
    facts = facts_from_html((LARGE / f"{name}.html").read_bytes(), url=None,
                            source="saved.html", base="file:///tmp/saved.html")
    assert json.loads(json.dumps(asdict(facts))) == expected(name)["facts"]


def test_both_pages_are_large_and_real() -> None:
    assert PAGES == ["engineer-2023", "founder-2023"]
    for name in PAGES:
        body = (LARGE / f"{name}.html").read_bytes()
        assert len(body) > 200_000 and b"public_profile_v3_desktop" in body
