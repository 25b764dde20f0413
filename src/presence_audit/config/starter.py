"""The commented starter config that ``presence-audit init`` writes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

QUESTIONS: tuple[tuple[str, str, bool], ...] = (
    ("name", "Your name, as people search for it", True),
    ("profession", "What you do (e.g. data engineer; blank to skip)", False),
    ("location", "Your city (blank to skip)", False),
    ("portfolio", "Portfolio or personal site URL (blank to skip)", False),
    ("linkedin", "Public LinkedIn profile URL (blank to skip)", False),
    ("github", "GitHub login (blank to skip)", False),
)


def _scalar(value: Any) -> str:
    # A JSON string is a valid YAML double-quoted scalar: safe for any name or URL.
    return json.dumps(value, ensure_ascii=False)


def _line(key: str, value: Any, comment: str, indent: int = 2) -> str:
    pad = " " * indent
    if value:
        return f"{pad}{key}: {_scalar(value)}"
    return f"{pad}# {key}: {comment}"


def starter_config(answers: Mapping[str, Any]) -> str:
    """YAML for the answers given, with every other section present but commented out."""
    return "\n".join([
        "# presence-audit configuration. Every option: config.example.yaml in the project,",
        "# or `presence-audit explain CHECK_ID` for a check's options.",
        "",
        "person:",
        f"  name: {_scalar(answers['name'])}",
        _line("profession", answers.get("profession"), '"data engineer"'),
        _line("location", answers.get("location"), '"Lisbon"'),
        "  # aliases: [\"A. Example\"]        # other spellings people use for you",
        "  # context: [\"Acme Analytics\"]    # employers, schools, topics that identify you",
        "",
        "portfolio:",
        _line("url", answers.get("portfolio"), "https://your-site.example"),
        "",
        "profiles:",
        "  linkedin:",
        _line("url", answers.get("linkedin"), "https://www.linkedin.com/in/your-name/",
              indent=4),
        "    # The profile checks read these (LinkedIn refuses automated requests):",
        "    # export: ~/Downloads/Basic_LinkedInDataExport.zip   # Settings → Data privacy",
        "    # html: ~/Downloads/your-public-profile.html       # saved while signed out",
        _line("github", answers.get("github"), "your-login"),
        "  # others: [\"https://mastodon.social/@you\"]",
        "",
        "search:",
        "  provider: ddgs                    # no API key; one engine pinned per query",
        "  engines: [duckduckgo, brave]",
        "  region: us-en",
        "  # queries: [\"{name}\", \"{name} {profession}\"]",
        "  pace_seconds: 3                   # be polite: engines block fast queries",
        "",
        "scoring:",
        "  ready: 90",
        "  almost: 70",
        "",
        "# checks:",
        "#   search.portfolio-rank:",
        "#     severity: high",
        "#     options: {top: 3}",
        "",
    ])
