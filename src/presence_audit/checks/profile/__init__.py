"""Built-in profile checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = ()
