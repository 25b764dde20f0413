"""Built-in search checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = (
    "name_results", "portfolio_rank", "profile_rank", "owned_share", "namesake_noise",
    "review", "watchlist", "google_position",
)
