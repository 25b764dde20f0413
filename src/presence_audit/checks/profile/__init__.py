"""Built-in profile checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = (
    "photo",
    "headline",
    "summary",
    "recommendations",
    "public_url",
    "website_link",
    "consistency",
    "github_bio",
)
