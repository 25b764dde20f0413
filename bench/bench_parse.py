"""HTML extraction speed: each extractor against a raw ``lxml.html.fromstring`` of the same bytes.

Parsing the HTML is work no extractor can skip; everything above it — building another tree,
scanning the tree again per field, decoding twice — is overhead. So each extractor is measured
as a ratio to the bare lxml parse of the same page, in the same rounds (``interleave.py``),
on large real pages: the LinkedIn public profile pages in ``tests/fixtures/linkedin/large/``
(270 KB and 207 KB, whole logged-out captures; sources in its ``SOURCES.md``).

Subjects, each given the page's bytes as read from disk:

- raw lxml parse: ``lxml.html.fromstring(body)``;
- LinkedIn extraction: ``parse_profile_html(body)``, what ``inspect linkedin`` and the saved
  page source run;
- page parser: ``parse_page(body, url=…)``, what the portfolio and profile-page collectors
  run on every page they fetch (links, JSON-LD, privacy scan of the visible text);
- target reading: ``facts_from_html(body, …)``, what ``preflight --target`` runs on the
  page of the person you are about to contact.

Times are in-process and steady-state (a warm-up round is not counted): one-off costs such as
imports and the public-suffix table are start-up costs, measured by ``bench_startup.py``.
Each measurement is the fastest of ``--repeat`` calls in a row (default 5): calls of a few
milliseconds are easily stretched by another process taking the core, and a stretched call
measures that process, not the extractor.

Goal (exit status 1 if missed): LinkedIn extraction ≤ 3× the raw lxml parse, on every page.

Run: ``python bench/bench_parse.py [--rounds 21] [--repeat 5] [--page FILE ...]``.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from interleave import Spread, interleaved, ratios, verdict_line

from presence_audit.preflight.target.read import facts_from_html
from presence_audit.sources.linkedin.html import parse_profile_html
from presence_audit.sources.page import parse_page

LARGE_PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "linkedin" / "large"
RAW = "raw lxml parse"
GOALS: dict[str, float | None] = {
    "LinkedIn extraction": 3.0,
    "page parser": None,
    "target reading": None,
}


def timed(work: Callable[[], object], repeat: int) -> Callable[[], float]:
    def measure() -> float:
        fastest = math.inf
        for _ in range(repeat):
            started = time.perf_counter()
            work()
            fastest = min(fastest, time.perf_counter() - started)
        return fastest
    return measure


def subjects(body: bytes, where: str, repeat: int) -> dict[str, Callable[[], float]]:
    return {
        RAW: timed(lambda: lxml.html.fromstring(body), repeat),
        "LinkedIn extraction": timed(lambda: parse_profile_html(body), repeat),
        "page parser": timed(lambda: parse_page(body, url="https://www.linkedin.com/in/x/"),
                             repeat),
        "target reading": timed(lambda: facts_from_html(body, url=None, source=where,
                                                        base=Path(where).as_uri()), repeat),
    }


def bench_page(page: Path, rounds: int, repeat: int) -> bool:
    body = page.read_bytes()
    samples = interleaved(subjects(body, str(page.resolve()), repeat), rounds)
    print(f"{page.name}: {len(body):,} bytes, {rounds} interleaved rounds (after 1 warm-up), "
          f"each the fastest of {repeat} calls\n")
    width = max(len(name) for name in samples)
    print(f"  {'time per call':<{width}}  median")
    for name, values in samples.items():
        print(f"  {name:<{width}}  {Spread.of(values).time_text()}")
    print(f"\n  {'ratio to ' + RAW:<{width}}  median of per-round ratios{'goal':>24}")
    met_all = True
    for name, goal in GOALS.items():
        line, met = verdict_line(name, Spread.of(ratios(samples, name, RAW)), goal, width)
        print(line)
        met_all = met_all and met
    print()
    return met_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21,
                        help="rounds counted (after one warm-up round); default 21")
    parser.add_argument("--repeat", type=int, default=5,
                        help="calls per measurement, the fastest kept; default 5")
    parser.add_argument("--page", type=Path, action="append", metavar="FILE",
                        help="a saved page to measure (repeatable; default: the large "
                             "LinkedIn fixtures)")
    args = parser.parse_args(argv)
    pages = args.page or sorted(LARGE_PAGES.glob("*.html"))
    results = [bench_page(page, max(args.rounds, 1), max(args.repeat, 1)) for page in pages]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
