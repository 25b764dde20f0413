"""Built-in network checks, listed explicitly: the registry loads exactly these modules."""

MODULES: tuple[str, ...] = (
    "personal_notes", "follow_through", "reciprocity", "pending_invitations", "growth",
)
