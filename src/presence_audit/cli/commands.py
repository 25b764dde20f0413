"""The command table: each command's module and its one-line help, and the tool's description.

Kept apart from click, so that ``presence-audit --help`` can list the commands without
importing click or any command module (``cli.quick_help``).
"""

from __future__ import annotations

# name → "module:attribute", in the order `--help` lists them.
COMMANDS: dict[str, str] = {
    "run": "presence_audit.cli.audit:run",
    "demo": "presence_audit.cli.audit:demo",
    "checks": "presence_audit.cli.catalogue:checks",
    "explain": "presence_audit.cli.catalogue:explain",
    "search": "presence_audit.cli.search:search",
    "history": "presence_audit.cli.history:history",
    "diff": "presence_audit.cli.history:diff",
    "note": "presence_audit.cli.note:note",
    "preflight": "presence_audit.cli.preflight:preflight",
    "network": "presence_audit.cli.network:network",
    "init": "presence_audit.cli.init:init",
    "inspect": "presence_audit.cli.inspect:inspect",
}


# name → the one line `--help` shows: the command's own short help, kept here so that listing
# the commands imports none of them.
SUMMARIES: dict[str, str] = {
    "run": "Gather, audit, score and report, as configured.",
    "demo": "Run the full pipeline on a bundled sample persona (no network, no config).",
    "checks": "List the check catalogue (with plugins from check_paths and entry points).",
    "explain": "Print the documentation of one check.",
    "search": "Run one query on one engine and print its ranked results.",
    "history": "Recorded runs: date, score, verdict and each check's trend, oldest first.",
    "diff": "What changed from A to B: score, outcomes, ranks, results about you, profile "
            "fields.",
    "note": "Lint a connection note given as TEXT, with -f FILE, or on standard input (-).",
    "preflight": "One checklist before outreach: your profile, your presence, your note and, "
                 "with --target, how the person wants to be contacted and what you share.",
    "network": "Audit the network itself from your LinkedIn data EXPORT (the ZIP or its "
               "folder).",
    "init": "Write a commented starter config, asking for what the flags do not give.",
    "inspect": "Show what presence-audit sees in one source (a page, a profile, a saved "
               "results page, a Search Console export).",
}

DESCRIPTION = (
    "Audit your professional presence before outreach: search results, profiles,\n"
    "portfolio and connection note — each item with evidence and a fix.\n"
    "\n"
    "Exit codes: 0 ready · 1 not ready · 2 usage or configuration error ·\n"
    "3 incomplete (nothing failed, but something could not be measured)."
)
"""What ``presence-audit --help`` says of the tool, above the options and commands."""

VERSION_HELP = "Show the version and exit."
HELP_HELP = "Show this message and exit."
"""Click's own words for its help option; the quick help says the same."""
