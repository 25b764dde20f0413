"""The Google part of ``init``: the three routes to Google's view, and the config they need.

No engine the audit can ask is Google: its search API is closed, scraping it breaks its terms,
and ddgs's ``google`` backend is switched off. So ``init`` explains the honest routes — a page
the user saved, the Search Console export of their site, Startpage (Google's results, when it
lets a tool through) — asks which to set up, and writes the lines each needs.
"""

from __future__ import annotations

from collections.abc import Sequence

ROUTES: dict[str, str] = {
    "saved": "search your name in a private window, save the page (File → Save Page As…)\n"
             "             into serps/ — read as Google's own page 1 (search.saved)",
    "console": "your site's Search Console export (Performance → Export): Google's own\n"
               "             average position for your name (search.console)",
    "startpage": "Startpage serves Google's results; searched like the other engines, it\n"
                 "             often answers automated searches with a CAPTCHA",
}

EXPLANATION = "\n".join([
    "Google cannot be searched by the audit itself (no open API; scraping breaks its terms).",
    "Three ways to see what Google shows for your name:",
    *(f"  {name:<10} {text}" for name, text in ROUTES.items()),
])

PROMPT = "Which of saved, console, startpage to set up (e.g. saved, console; blank for none)"


def google_routes(answer: str) -> str:
    """``"Saved, console"`` → ``"saved,console"``; ``"none"`` or blank → ``""``."""
    chosen = [part.strip().lower() for part in answer.replace(" ", ",").split(",")]
    chosen = [part for part in chosen if part and part != "none"]
    unknown = [part for part in chosen if part not in ROUTES]
    if unknown:
        raise ValueError(f"{', '.join(unknown)}: choose from saved, console, startpage")
    return ",".join(dict.fromkeys(chosen))


def chosen(answer: str | None) -> tuple[str, ...]:
    return tuple(part for part in (answer or "").split(",") if part)


def engines(answer: str | None) -> Sequence[str]:
    return ["duckduckgo", "brave", "startpage"] if "startpage" in chosen(answer) else [
        "duckduckgo", "brave"]


def search_lines(answer: str | None) -> list[str]:
    """The ``search:`` lines for the routes chosen; the others stay as comments."""
    routes = chosen(answer)
    saved = "  saved: [\"serps/*.html\"]" if "saved" in routes else "  # saved: [\"serps/*.html\"]"
    console = ("  console: search-console-export.zip" if "console" in routes
               else "  # console: search-console-export.zip")
    return [
        f"{saved:<35} # results pages you saved from a private window",
        f"{console:<35} # Search Console → Performance → Export",
    ]
