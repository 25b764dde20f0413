"""The commented starter config that ``presence-audit init`` writes, and the questions it asks.

A question is one small value: its key (the ``init`` flag and the template's field), the
prompt, whether it must be answered, the config key its answer becomes (so that a config error
can be traced back to the one answer that caused it) and a ``normalise`` function that turns an
everyday answer into the config's form or raises ``ValueError`` with the reason in words.
Adding a question is adding one ``Question`` to ``QUESTIONS`` and its line to the template.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from presence_audit.config import starter_google


def _text(answer: str) -> str:
    return " ".join(answer.split())


def _name(answer: str) -> str:
    name = _text(answer)
    if not name:
        raise ValueError("a name is needed: the audit searches for it")
    return name


def site_url(answer: str) -> str:
    """``example.dev`` → ``https://example.dev/``; an http(s) URL is kept as given."""
    text = answer.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{answer.strip()!r} is not a web address: use https://… or a "
                         "domain such as example.dev")
    if " " in text or "." not in host or host.startswith(".") or host.endswith("."):
        raise ValueError(f"{answer.strip()!r} does not look like a web address; "
                         "try your-site.dev or https://your-site.dev/")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


_LINKEDIN_PROFILE = re.compile(
    r"^(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com/in/([^/?#\s]+)/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def linkedin_url(answer: str) -> str:
    """``linkedin.com/in/x``, a country subdomain or tracking parameters → the plain URL."""
    text = answer.strip()
    match = _LINKEDIN_PROFILE.match(text)
    if match is None:
        if "linkedin.com" in text.lower():
            raise ValueError("that is not a public profile address; yours looks like "
                             "https://www.linkedin.com/in/your-name/ (Me → View profile)")
        raise ValueError("give your public profile address, e.g. "
                         "https://www.linkedin.com/in/your-name/")
    return f"https://www.linkedin.com/in/{match.group(1)}/"


_GITHUB_LOGIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")


def github_login(answer: str) -> str:
    """``@login``, ``github.com/login`` or a profile URL → ``login``."""
    text = answer.strip()
    text = re.sub(r"^(?:https?://)?(?:www\.)?github\.com/", "", text, flags=re.IGNORECASE)
    login = text.strip("/").lstrip("@")
    if not _GITHUB_LOGIN.fullmatch(login):
        raise ValueError(f"{answer.strip()!r} is not a GitHub login: letters, digits and "
                         "single hyphens, e.g. ada-example")
    return login


ACCOUNTS = {"free": "free", "basic": "free", "premium": "premium", "p": "premium",
            "f": "free"}


def account_kind(answer: str) -> str:
    """``free`` or ``premium`` (``Premium``, ``p``, ``basic`` too); blank skips."""
    text = answer.strip().casefold()
    if text not in ACCOUNTS:
        raise ValueError(f"{answer.strip()!r} is not an account type: answer free or premium")
    return ACCOUNTS[text]


@dataclass(frozen=True)
class Question:
    """One thing ``init`` asks: see the module docstring."""

    key: str
    prompt: str
    config_key: str
    required: bool = False
    normalise: Callable[[str], str] = _text


QUESTIONS: tuple[Question, ...] = (
    Question("name", "Your name, as people search for it", "person.name", required=True,
             normalise=_name),
    Question("profession", "What you do (e.g. data engineer; blank to skip)",
             "person.profession"),
    Question("location", "Your city (blank to skip)", "person.location"),
    Question("portfolio", "Portfolio or personal site (e.g. your-site.dev; blank to skip)",
             "portfolio.url", normalise=site_url),
    Question("linkedin", "Public LinkedIn profile URL (blank to skip)",
             "profiles.linkedin.url", normalise=linkedin_url),
    Question("github", "GitHub login or profile URL (blank to skip)", "profiles.github",
             normalise=github_login),
    Question("account", "LinkedIn account: free or premium (sets your note limit, 200 or "
             "300 characters; blank to skip)", "outreach.account", normalise=account_kind),
    Question("google", starter_google.PROMPT, "search", normalise=starter_google.google_routes),
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
        f"  engines: [{', '.join(starter_google.engines(answers.get('google')))}]",
        "  region: us-en",
        "  # queries: [\"{name}\", \"{name} {profession}\"]",
        "  pace_seconds: 3                   # be polite: engines block fast queries",
        *starter_google.search_lines(answers.get("google")),
        "",
        "outreach:",
        _line("account", answers.get("account"), "free              # or premium: the note "
              "limit (200 | 300) and free accounts' few notes a month"),
        "  # note_file: note.txt             # the note you mean to send, for run and preflight",
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
