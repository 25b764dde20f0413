"""Built-in curation checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = ("public_accounts",)
