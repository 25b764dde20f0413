"""Which collector makes which artifact, and how each is set up from the configuration.

Collectors are the only code that reads the network or the user's files; everything they
return is an ``Artifact`` that can be saved and replayed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.sources.github import collect_github
from presence_audit.sources.linkedin.collector import collect_linkedin
from presence_audit.sources.linkedin.network import collect_network
from presence_audit.sources.note import collect_note
from presence_audit.sources.portfolio import collect_portfolio
from presence_audit.sources.profile_pages import collect_profile_pages

if TYPE_CHECKING:
    from presence_audit.sources.context import GatherContext


def collect_serps(context: GatherContext) -> Artifact:
    """Run every configured query on every configured engine through the chosen provider, and
    read the results pages the user saved (``search.saved``) as lists of their own.

    Every result is then classified for the configured person (``class`` and ``why`` on each
    result), so saved artifacts and the history say who each result was about.
    """
    from presence_audit.core.artifacts import SERPS_ARTIFACT
    from presence_audit.core.model import utc_now
    from presence_audit.sources.search.base import SearchQuery
    from presence_audit.sources.search.cache import SearchCache, default_cache_folder
    from presence_audit.sources.search.collector import SearchPlan, add_saved, gather_serps
    from presence_audit.sources.search.providers import HTTP_PROVIDERS, make_provider
    from presence_audit.sources.search.saved import saved_lists
    from presence_audit.text.classify import annotate_lists

    loaded = context.loaded
    config = loaded.config
    search = config.search
    queries = [SearchQuery(text=config.render_query(t), template=t)
               for t in config.query_templates()]
    saved = saved_lists(search.saved, loaded.resolve, queries) if search.saved else []
    if not search.engines:
        # Only saved pages: nothing is asked of any engine.
        artifact = add_saved(Artifact(name=SERPS_ARTIFACT, status=ArtifactStatus.OK,
                                      source="saved pages", data={"lists": []},
                                      obtained_at=utc_now()), saved)
        artifact.data["lists"] = annotate_lists(artifact.data["lists"], config.subject())
        return artifact
    replay = loaded.resolve(search.replay) if search.replay else None
    try:
        provider = make_provider(
            search.provider, timeout=search.timeout_seconds, replay_path=replay,
            http=context.http if search.provider in HTTP_PROVIDERS else None,
            searxng_url=search.searxng_url, brave_key_env=search.brave_api_key_env,
        )
    except ValueError as exc:
        return Artifact.failed(SERPS_ARTIFACT, search.provider, str(exc))
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
    artifact = add_saved(gather_serps(queries, plan, provider, cache=cache,
                                      report=context.reporter(SERPS_ARTIFACT),
                                      deadline=context.deadline), saved)
    artifact.data["lists"] = annotate_lists(artifact.data["lists"], config.subject())
    return artifact


def collect_console(context: GatherContext) -> Artifact:
    """Read the Search Console export at ``search.console`` (a ZIP, its folder or Queries.csv)."""
    from presence_audit.core.artifacts import CONSOLE_ARTIFACT
    from presence_audit.sources.search.console import ConsoleError, read_export

    loaded = context.loaded
    where = loaded.config.search.console
    if not where:
        return Artifact.skipped(CONSOLE_ARTIFACT, "search-console",
                                "search.console is not set: no Search Console export to read")
    try:
        export = read_export(loaded.resolve(where))
    except ConsoleError as exc:
        return Artifact.failed(CONSOLE_ARTIFACT, "search-console", str(exc))
    period = export.period.describe() if export.period else "period not stated"
    return Artifact(name=CONSOLE_ARTIFACT, status=ArtifactStatus.OK, source="search-console",
                    data=export.to_dict(),
                    detail=f"{len(export.queries)} queries ({period})")


COLLECTORS: Mapping[str, Callable[[GatherContext], Artifact]] = {
    "serps": collect_serps,
    "console": collect_console,
    "note": collect_note,
    "portfolio": collect_portfolio,
    "linkedin": collect_linkedin,
    "github": collect_github,
    "profile_pages": collect_profile_pages,
    "network": collect_network,
}
