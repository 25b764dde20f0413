"""How often the text checks agree with the labelled real-text corpus in ``tests/corpus``.

Runs every text check over the corpus — connection notes, headlines, About sections and public
URLs — and prints, per check, the number of items, the share on which the check's outcome
equals the label, and the confusion of outcomes (rows: what the check said; columns: the
label). Figures are given separately for each split: the development part, the held-back part
(every third item, not looked at while rules change) and the fresh parts (notes gathered and
labelled after the rules were tuned: ``fresh`` to ``fresh14``; see
``tests/corpus/README.md`` for which of them have been read since).

Usage::

    python bench/accuracy.py            # the table
    python bench/accuracy.py -v         # and every disagreement on the development part
    python bench/accuracy.py -v --heldout   # disagreements on the held-back part too
    python bench/accuracy.py -v --split fresh   # only the fresh part's disagreements
    python bench/accuracy.py -v --split fresh2  # the second fresh part (fresh3 to fresh14 alike)
    python bench/accuracy.py --check outreach.ask -v
    python bench/accuracy.py --labellers    # and how far two labellers agree (second labels)

``--min 92`` exits 1 when any check's held-back agreement is below 92 %; ``--min-split fresh``
applies it to another split instead.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from presence_audit.checks.base import CheckContext, CheckSpec
from presence_audit.checks.outreach import ask, context, generic, intro, sign_off
from presence_audit.checks.profile import headline, public_url, summary
from presence_audit.core.artifacts.linkedin import EXPORT, HTML, LinkedInProfile
from presence_audit.core.model import Finding, Subject
from presence_audit.sources.linkedin.collector import artifact_of
from presence_audit.sources.note import note_artifact

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
OUTCOMES = ("pass", "warn", "fail", "error", "skip")
SPLITS = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
          "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
          "fresh13", "fresh14")
SPLIT_TITLES = {"dev": "dev", "heldout": "held-back", "fresh": "fresh", "fresh2": "fresh2",
                "fresh3": "fresh3", "fresh4": "fresh4", "fresh5": "fresh5",
                "fresh6": "fresh6", "fresh7": "fresh7",
                "fresh8": "fresh8", "fresh9": "fresh9", "fresh10": "fresh10",
                "fresh11": "fresh11", "fresh12": "fresh12",
                "fresh13": "fresh13", "fresh14": "fresh14"}
NOTE_CHECKS = {m.ID: m for m in (context, ask, intro, sign_off, generic)}


@dataclass(frozen=True)
class Verdict:
    check: str
    item: dict[str, Any]
    expected: str
    got: str
    message: str
    problems: tuple[str, ...] = ()

    @property
    def agrees(self) -> bool:
        return self.expected == self.got


def _run(module: Any, subject: Subject, artifacts: dict[str, Any]) -> Finding:
    spec = CheckSpec.from_module(module)
    ctx = CheckContext(subject=subject, artifacts=artifacts, options=spec.resolve_options({}))
    return spec.run(ctx)


def _load(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    items: list[dict[str, Any]] = data["items"]
    return items


def note_verdicts() -> Iterable[Verdict]:
    subject = Subject(name="Sam Rivera")
    for item in _load("notes.yaml"):
        artifact = note_artifact(item["text"], source="argument", origin="corpus", limit=300,
                                 sender_name=item.get("sender_name"))
        for check_id, expected in item["expect"].items():
            finding = _run(NOTE_CHECKS[check_id], subject, {"note": artifact})
            yield Verdict(check_id, item, expected, finding.outcome.value, finding.message)


def _profile_verdict(module: Any, item: dict[str, Any], subject: Subject,
                     profile: LinkedInProfile) -> Verdict:
    finding = _run(module, subject, {"linkedin": artifact_of([profile])})
    problems = tuple(finding.data.get("problems") or ()) if isinstance(finding.data, dict) else ()
    check_id = module.ID
    return Verdict(check_id, item, item["expect"][check_id], finding.outcome.value,
                   finding.message, problems)


def headline_verdicts() -> Iterable[Verdict]:
    subject = Subject(name="Sam Rivera")
    for item in _load("headlines.yaml"):
        profile = LinkedInProfile(source=EXPORT, name="Sam Rivera", headline=item["text"])
        if not item["text"].strip():
            profile = LinkedInProfile(source=EXPORT, name="Sam Rivera", headline=None,
                                      absent={"headline"})
        yield _profile_verdict(headline, item, subject, profile)


def about_verdicts() -> Iterable[Verdict]:
    for item in _load("about.yaml"):
        name = item.get("name") or "Sam Rivera"
        profile = LinkedInProfile(source=EXPORT, name=name, summary=item["text"])
        yield _profile_verdict(summary, item, Subject(name=name), profile)


def slug_verdicts() -> Iterable[Verdict]:
    for item in _load("slugs.yaml"):
        profile = LinkedInProfile(source=HTML, name=item["name"], public_url=item["url"])
        yield _profile_verdict(public_url, item, Subject(name=item["name"]), profile)


SOURCES: tuple[Callable[[], Iterable[Verdict]], ...] = (
    note_verdicts, headline_verdicts, about_verdicts, slug_verdicts)


def _share(verdicts: list[Verdict]) -> str:
    if not verdicts:
        return "   –  "
    return f"{100 * sum(v.agrees for v in verdicts) / len(verdicts):5.1f}%"


def _confusion(verdicts: list[Verdict]) -> list[str]:
    counts = Counter((v.got, v.expected) for v in verdicts)
    labels = [o for o in OUTCOMES if any(o in pair for pair in counts)]
    lines = ["      got \\ label " + "".join(f"{o:>7}" for o in labels)]
    for got in labels:
        lines.append(f"      {got:<12}" + "".join(f"{counts[(got, exp)]:>7}" for exp in labels))
    return lines


def _problem_agreement(verdicts: list[Verdict]) -> list[str]:
    """For About sections: how often each shortcoming is named exactly when labelled."""
    per: dict[str, list[bool]] = defaultdict(list)
    for v in verdicts:
        labelled = set(v.item.get("problems") or ())
        for code in ("too-short", "not-first-person", "no-offer", "no-contact"):
            per[code].append((code in labelled) == (code in v.problems))
    return [f"      {code:<17} {100 * sum(ok) / len(ok):5.1f}%  (n={len(ok)})"
            for code, ok in per.items() if ok]


def _agreement(verdicts: list[Verdict]) -> float:
    return 100 * sum(v.agrees for v in verdicts) / len(verdicts)


def _disagreements(verdicts: list[Verdict]) -> list[str]:
    lines = []
    for v in verdicts:
        if not v.agrees:
            text = v.item.get("text") or v.item.get("slug") or ""
            flat = " ".join(str(text).split())
            lines.append(f"    {v.item['id']} [{v.item['split']}] label {v.expected}, got "
                         f"{v.got}: {flat[:110]!r}")
            lines.append(f"        why: {v.item['reason']}")
            lines.append(f"        check: {v.message[:150]}")
    return lines


def _labeller_agreement(verdicts: list[Verdict]) -> list[str]:
    """Per split with second labels (``second-labels.yaml``): how often the two labellers
    agree (all items, and the items neither marked unsure) and how often the check agrees
    with the first, the second, and either."""
    second = {item["id"]: item for item in _load("second-labels.yaml")}
    lines = []
    for split in SPLITS:
        # (verdict, the second label, whether the second labeller was sure)
        rows = [(v, second[v.item["id"]]["expect"][v.check],
                 v.check not in (second[v.item["id"]].get("unsure") or ()))
                for v in verdicts if v.item["split"] == split and v.item["id"] in second]
        if not rows:
            continue
        n = len(rows)
        both = sum(v.expected == o for v, o, _ in rows)
        sure = [v.expected == o for v, o, certain in rows if certain]
        sure_share = f"{100 * sum(sure) / len(sure):5.1f}%" if sure else "   –  "
        first = sum(v.got == v.expected for v, _, _ in rows)
        with_second = sum(v.got == o for v, o, _ in rows)
        either = sum(v.got in (v.expected, o) for v, o, _ in rows)
        lines.append(f"    {SPLIT_TITLES[split]:<10} n={n:<3} labellers {100 * both / n:5.1f}% "
                     f"(sure: {sure_share}, n={len(sure)})  check~first {100 * first / n:5.1f}%"
                     f"  check~second {100 * with_second / n:5.1f}%"
                     f"  check~either {100 * either / n:5.1f}%")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list every disagreement on the development part")
    parser.add_argument("--heldout", action="store_true",
                        help="with -v, list the held-back part's disagreements too")
    parser.add_argument("--split", action="append", default=[], choices=SPLITS,
                        help="with -v, list this split's disagreements (repeatable; "
                             "default: dev)")
    parser.add_argument("--check", action="append", default=[],
                        help="only this check id (repeatable)")
    parser.add_argument("--labellers", action="store_true",
                        help="also compare the two labellers where notes have second labels")
    parser.add_argument("--min", type=float, default=None,
                        help="exit 1 when a check's held-back agreement is below this percent")
    parser.add_argument("--min-split", choices=SPLITS, default="heldout",
                        help="the split --min applies to (default: heldout)")
    args = parser.parse_args(argv)
    listed = set(args.split) or {"dev"}
    if args.heldout:
        listed |= {"dev", "heldout"}

    by_check: dict[str, list[Verdict]] = defaultdict(list)
    for source in SOURCES:
        for verdict in source():
            if not args.check or verdict.check in args.check:
                by_check[verdict.check].append(verdict)

    below = []
    print(f"{'check':<20} {'n':>4} " + " ".join(f"{SPLIT_TITLES[s]:>10}" for s in SPLITS)
          + f" {'all':>7}")
    for check_id, verdicts in by_check.items():
        parts = {s: [v for v in verdicts if v.item["split"] == s] for s in SPLITS}
        print(f"{check_id:<20} {len(verdicts):>4} "
              + " ".join(f"{_share(parts[s]):>10}" for s in SPLITS) + f" {_share(verdicts):>7}")
        if args.verbose:
            shown = [v for v in verdicts if v.item["split"] in listed]
            print(f"    confusion on {', '.join(s for s in SPLITS if s in listed)}:")
            print("\n".join(_confusion(shown)))
            if check_id == summary.ID:
                print("    shortcomings named as labelled (all items):")
                print("\n".join(_problem_agreement(verdicts)))
            print("\n".join(_disagreements(shown)))
            print()
        if args.labellers and check_id in NOTE_CHECKS:
            print("\n".join(_labeller_agreement(verdicts)))
        judged = parts[args.min_split]
        if args.min is not None and judged and _agreement(judged) < args.min:
            below.append(check_id)
    if below:
        print(f"below {args.min}% on the {SPLIT_TITLES[args.min_split]} part: "
              f"{', '.join(below)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
