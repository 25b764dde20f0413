"""Built-in outreach checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = ()
