"""Built-in outreach checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = (
    "length", "no_links", "sign_off", "context", "intro", "ask", "generic",
)
