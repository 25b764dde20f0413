"""Search engines by name: which index each serves, and how to name it for people.

The ``ddgs`` engines are read from the installed ``ddgs``'s own table at run time
(``ddgs.engines.ENGINES["text"]``, each engine class naming its ``provider``, the index it
serves), never from a list written here: engines are switched off and on between releases, and
DuckDuckGo and Yahoo serve Bing's results while Startpage serves Google's. A list then says
"Google (via Startpage)", so nobody believes they were checked on Google when they were not.
"""

from __future__ import annotations

DISPLAY_NAMES: dict[str, str] = {
    "google": "Google", "bing": "Bing", "brave": "Brave", "mojeek": "Mojeek",
    "duckduckgo": "DuckDuckGo", "yahoo": "Yahoo", "startpage": "Startpage",
    "yandex": "Yandex", "wikipedia": "Wikipedia", "grokipedia": "Grokipedia",
}

NOT_WEB_SEARCH = frozenset({"wikipedia", "grokipedia"})
"""Text engines of ddgs that look up an encyclopedia, not the web."""


def display_name(engine: str) -> str:
    return DISPLAY_NAMES.get(engine, engine)


def index_label(engine: str, index: str | None, *, saved: bool = False) -> str:
    """``Google (via Startpage)``, ``Brave``, ``Google (saved page)``, or the engine's name."""
    if saved:
        return f"{display_name(index or engine)} (saved page)"
    if index and index != engine:
        return f"{display_name(index)} (via {display_name(engine)})"
    return display_name(engine)


def ddgs_engines() -> dict[str, str] | None:
    """Each text engine the installed ``ddgs`` offers, with the index it serves; ``None`` when
    ddgs or its table cannot be read (then nothing can be checked in advance)."""
    try:
        from ddgs.engines import ENGINES
    except ImportError:
        return None
    try:
        return {str(name): str(getattr(cls, "provider", name) or name)
                for name, cls in ENGINES["text"].items()}
    except (KeyError, TypeError, AttributeError):
        return None
