"""Which collector makes which artifact, and how each is set up from the configuration.

Collectors are the only code that reads the network or the user's files; everything they
return is an ``Artifact`` that can be saved and replayed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from presence_audit.model import Artifact

if TYPE_CHECKING:
    from presence_audit.runner import GatherContext


def collect_serps(context: GatherContext) -> Artifact:
    """Run every configured query on every configured engine through the chosen provider."""
    from presence_audit.sources.search.base import SERPS_ARTIFACT, SearchQuery
    from presence_audit.sources.search.collector import SearchPlan, gather_serps
    from presence_audit.sources.search.providers import make_provider

    loaded = context.loaded
    config = loaded.config
    search = config.search
    replay = loaded.resolve(search.replay) if search.replay else None
    try:
        provider = make_provider(search.provider, timeout=search.timeout_seconds,
                                 replay_path=replay)
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
    )
    return gather_serps(queries, plan, provider)


COLLECTORS: Mapping[str, Callable[[GatherContext], Artifact]] = {
    "serps": collect_serps,
}
