"""Which collector makes which artifact, and how each is set up from the configuration.

Collectors are the only code that reads the network or the user's files; everything they
return is an ``Artifact`` that can be saved and replayed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from presence_audit.core.artifacts import Artifact
from presence_audit.sources.github import collect_github
from presence_audit.sources.linkedin.collector import collect_linkedin
from presence_audit.sources.note import collect_note
from presence_audit.sources.portfolio import collect_portfolio
from presence_audit.sources.profile_pages import collect_profile_pages

if TYPE_CHECKING:
    from presence_audit.sources.context import GatherContext


def collect_serps(context: GatherContext) -> Artifact:
    """Run every configured query on every configured engine through the chosen provider.

    Every result is then classified for the configured person (``class`` and ``why`` on each
    result), so saved artifacts and the history say who each result was about.
    """
    from presence_audit.core.artifacts import SERPS_ARTIFACT
    from presence_audit.sources.search.base import SearchQuery
    from presence_audit.sources.search.cache import SearchCache, default_cache_folder
    from presence_audit.sources.search.collector import SearchPlan, gather_serps
    from presence_audit.sources.search.providers import HTTP_PROVIDERS, make_provider
    from presence_audit.text.classify import annotate_lists

    loaded = context.loaded
    config = loaded.config
    search = config.search
    replay = loaded.resolve(search.replay) if search.replay else None
    try:
        provider = make_provider(
            search.provider, timeout=search.timeout_seconds, replay_path=replay,
            http=context.http if search.provider in HTTP_PROVIDERS else None,
            searxng_url=search.searxng_url, brave_key_env=search.brave_api_key_env,
        )
    except ValueError as exc:
        return Artifact.failed(SERPS_ARTIFACT, search.provider, str(exc))
    queries = [SearchQuery(text=config.render_query(t), template=t)
               for t in config.query_templates()]
    plan = SearchPlan(
        engines=tuple(search.engines),
        region=search.region,
        safesearch=search.safesearch,
        results=search.results,
        samples=search.samples,
        pace_seconds=search.pace_seconds,
        jitter_seconds=search.jitter_seconds,
        retries=search.retries,
        backoff_seconds=search.retry_backoff_seconds,
        sample_spacing_seconds=search.sample_spacing_seconds,
    )
    cache = None
    if search.cache and context.use_cache:
        cache = SearchCache(loaded.resolve(search.cache_path) if search.cache_path
                            else default_cache_folder())
    artifact = gather_serps(queries, plan, provider, cache=cache,
                            report=context.reporter(SERPS_ARTIFACT))
    artifact.data["lists"] = annotate_lists(artifact.data["lists"], config.subject())
    return artifact


COLLECTORS: Mapping[str, Callable[[GatherContext], Artifact]] = {
    "serps": collect_serps,
    "note": collect_note,
    "portfolio": collect_portfolio,
    "linkedin": collect_linkedin,
    "github": collect_github,
    "profile_pages": collect_profile_pages,
}
