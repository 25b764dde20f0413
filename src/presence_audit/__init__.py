"""presence-audit: audit a professional's online presence before outreach."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/presence-audit/presence-audit"
USER_AGENT = f"presence-audit/{__version__} (+{PROJECT_URL})"
