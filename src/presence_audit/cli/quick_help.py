"""``presence-audit --help`` without click: the tool's help, laid out exactly as click lays it out.

Listing the commands is the first thing a new user runs, and importing click was most of its
time. The text is the command table's (``cli.commands``); the layout follows click's help
formatter on plain text — the usage line, the description re-wrapped by paragraph, and two
definition lists whose first column is as wide as its longest term — at the width click would
pick (the terminal's, at most 80 columns, less 2, at least 50). A test holds the result equal
to click's own help at every width, so any other invocation, which click renders, looks the
same.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence

from presence_audit.cli.commands import DESCRIPTION, HELP_HELP, SUMMARIES, VERSION_HELP

PROG = "presence-audit"
USAGE_ARGS = "[OPTIONS] COMMAND [ARGS]..."
OPTIONS = (("-V, --version", VERSION_HELP), ("-h, --help", HELP_HELP))
INDENT = 2


def width_for(columns: int) -> int:
    """The help's width on a terminal of ``columns``, as click's formatter picks it."""
    return max(min(columns, 80) - 2, 50)


def quick_help(width: int | None = None) -> str:
    """The help text, ending in a newline, at ``width`` (default: this terminal's)."""
    if width is None:
        width = width_for(shutil.get_terminal_size().columns)
    lines = [*_usage(width), ""]
    lines += _paragraphs(DESCRIPTION, width, " " * INDENT)
    lines += ["", "Options:", *_definitions(OPTIONS, width)]
    limit = width - 6 - max(len(name) for name in SUMMARIES)
    commands = [(name, _short(summary, limit)) for name, summary in SUMMARIES.items()]
    lines += ["", "Commands:", *_definitions(commands, width)]
    return "\n".join(lines) + "\n"


def _wrapper(width: int, first: str = "", rest: str = "") -> textwrap.TextWrapper:
    return textwrap.TextWrapper(width, initial_indent=first, subsequent_indent=rest,
                                replace_whitespace=False)


def _usage(width: int) -> list[str]:
    prefix = f"Usage: {PROG} "
    if width >= len(prefix) + 20:
        return _wrapper(width, prefix, " " * len(prefix)).fill(USAGE_ARGS).splitlines()
    indent = " " * (len("Usage: ") + 4)
    return [prefix, *_wrapper(width, indent, indent).fill(USAGE_ARGS).splitlines()]


def _paragraphs(text: str, width: int, indent: str) -> list[str]:
    """Each paragraph (blank-line separated) joined and re-wrapped, as click's ``write_text``."""
    wrapper = _wrapper(width, indent, indent)
    out: list[str] = []
    for index, paragraph in enumerate(text.split("\n\n")):
        if index:
            out.append("")
        out += wrapper.fill(" ".join(line.strip() for line in paragraph.splitlines())).splitlines()
    return out


def _definitions(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    """Click's ``write_dl`` at one level of indentation, for terms of at most 30 characters."""
    first_col = min(max(len(term) for term, _ in rows), 30) + 2
    text_width = max(width - first_col - 2, 10)
    out: list[str] = []
    for term, text in rows:
        wrapped = _wrapper(text_width).fill(text).splitlines() or [""]
        out.append(" " * INDENT + term + " " * (first_col - len(term)) + wrapped[0])
        out += [" " * (first_col + INDENT) + line for line in wrapped[1:]]
    return out


def _short(summary: str, limit: int) -> str:
    """Click's short help of a command: its first sentence, shortened to ``limit``."""
    words = summary.split()
    for index, word in enumerate(words):
        if word.endswith(".") and (index == len(words) - 1 or not words[index + 1][0].islower()):
            words = words[:index + 1]
            break
    text = " ".join(words)
    if len(text) <= limit:
        return text
    if limit < len("..."):
        return "..."
    return textwrap.shorten(text, limit, placeholder="...", break_on_hyphens=False)
