"""``history``: the recorded runs of one person, and one check over time, for people.

Both views read the dict that ``history --format json`` prints, so what a script sees and what
a person sees cannot disagree. Subjects, messages and ranks' targets come from reports and are
untrusted: cleaned for the terminal, escaped for Markdown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from presence_audit.render.sanitize import clean_text, escape_markdown

SPARK = "▁▂▃▄▅▆▇█"
OUTCOME_MARKS = {"pass": "█", "warn": "▄", "fail": "▁", "error": "!", "skip": "·", "info": "i"}
LEGEND = "█ pass  ▄ warn  ▁ fail  ! error  · skip  i info  (blank: did not run)"
RANK_LEGEND = "ranks: #n found · — not in the results · ? could not measure"


def spark(score: Any) -> str:
    """One block character for a 0–100 score; blank when there is none."""
    if not isinstance(score, int):
        return " "
    return SPARK[min(len(SPARK) - 1, max(0, score) * len(SPARK) // 101)]


def when(run: Mapping[str, Any]) -> str:
    return str(run.get("generated_at") or run.get("recorded_at") or "").replace("T", " ")


def overview(data: Mapping[str, Any], *, markdown: bool) -> str:
    """Runs with score and verdict, then each check's outcome per run as a strip of marks."""
    runs: Sequence[Mapping[str, Any]] = data["runs"]
    subject = str(data["subject"])
    checks = list(dict.fromkeys(c for run in runs for c in run["outcomes"]))
    # One column of marks per run, then joined per check: 1,000 runs of 40 checks in one pass.
    columns = [[OUTCOME_MARKS.get(run["outcomes"].get(c, ""), " ") for c in checks]
               for run in runs]
    trends = {c: "".join(column[index] for column in columns) for index, c in enumerate(checks)}
    score_line = "".join(spark(run.get("score")) for run in runs)
    if markdown:
        return _overview_markdown(subject, runs, trends, score_line)
    lines = [clean_text(f"{subject} — {len(runs)} runs in {data['history']}"), ""]
    lines.append(f"{'run':>5}  {'when':<21} {'score':>5}  verdict")
    for run in runs:
        score = "—" if run.get("score") is None else str(run["score"])
        lines.append(clean_text(f"{run['id']:>5}  {when(run):<21} {score:>5}  "
                                f"{run.get('verdict')}"))
    lines += ["", f"score  {score_line}", "", f"checks, oldest first ({LEGEND})"]
    width = max((len(c) for c in checks), default=0)
    lines += [clean_text(f"  {c:<{width}}  {trend}") for c, trend in trends.items()]
    return "\n".join(lines) + "\n"


def _overview_markdown(subject: str, runs: Sequence[Mapping[str, Any]],
                       trends: Mapping[str, str], score_line: str) -> str:
    esc = escape_markdown
    rows = [f"| {run['id']} | {esc(when(run))} | "
            f"{'—' if run.get('score') is None else run['score']} | "
            f"{esc(str(run.get('verdict')))} |" for run in runs]
    checks = [f"| {esc(c)} | `{trend}` |" for c, trend in trends.items()]
    return "\n\n".join([
        f"## History: {esc(subject)}",
        "| Run | When | Score | Verdict |\n|---:|---|---:|---|\n" + "\n".join(rows),
        f"**Score trend:** `{score_line}`",
        f"| Check | Trend ({esc(LEGEND)}) |\n|---|---|\n" + "\n".join(checks),
    ]) + "\n"


def ranks_text(ranks: Sequence[Mapping[str, Any]]) -> str:
    """``target: engine #2 · engine —`` per target; the query only when there are several."""
    several = len({r["query"] for r in ranks}) > 1
    by_target: dict[str, list[str]] = {}
    for r in ranks:
        value = ("?" if not r["measured"] else "—" if r["rank"] is None else f"#{r['rank']}")
        query = f' "{r["query"]}"' if several else ""
        by_target.setdefault(str(r["target"]), []).append(f"{r['engine']}{query} {value}")
    return "; ".join(f"{target}: " * bool(target) + " · ".join(parts)
                     for target, parts in by_target.items())


def one_check(data: Mapping[str, Any], *, markdown: bool) -> str:
    """One check per run: outcome, and its ranks per engine when it records ranks."""
    rows: Sequence[Mapping[str, Any]] = data["runs"]
    subject, check_id = str(data["subject"]), str(data["check_id"])
    has_ranks = any(row["ranks"] for row in rows)
    cells = []
    for row in rows:
        detail = ranks_text(row["ranks"]) if has_ranks else str(row["message"] or "")
        cells.append((str(row["run_id"]), when(row), str(row["outcome"] or "—"), detail))
    if markdown:
        esc = escape_markdown
        head = "Ranks" if has_ranks else "Message"
        table = [f"| Run | When | Outcome | {head} |", "|---:|---|---|---|"]
        table += [f"| {a} | {esc(b)} | {esc(c)} | {esc(d)} |" for a, b, c, d in cells]
        parts = [f"## {esc(check_id)}: {esc(subject)}", "\n".join(table)]
        if has_ranks:
            parts.append(esc(RANK_LEGEND))
        return "\n\n".join(parts) + "\n"
    lines = [clean_text(f"{check_id} — {subject}, {len(rows)} runs"), ""]
    lines.append(f"{'run':>5}  {'when':<21} {'outcome':<8} {'ranks' if has_ranks else 'message'}")
    lines += [clean_text(f"{a:>5}  {b:<21} {c:<8} {d}") for a, b, c, d in cells]
    trend = "".join(OUTCOME_MARKS.get(str(row["outcome"]), " ") for row in rows)
    lines += ["", f"trend  {trend}"]
    if has_ranks:
        lines.append(RANK_LEGEND)
    return "\n".join(lines) + "\n"
