"""Built-in portfolio checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = (
    "reachable",
    "indexable",
    "title_has_name",
    "description",
    "link_preview",
    "person_schema",
    "profile_links",
    "contact_route",
    "canonical",
    "mobile_viewport",
    "privacy",
)
