"""Gathering speed: concurrent sources against per-host politeness, on a local fixture world.

The world is a portfolio site of four pages on one host and five pages on five other hosts,
each page — and each host's robots.txt — answering after an injected delay (200 ms), as a
real site answers robots.txt after a round trip like any page. Every host is a separate loopback
address (127.0.0.2, 127.0.0.3, …, all of which reach this machine on Linux), so the per-host
limits of the HTTP client apply as they would on the web. Each page is gathered by its own
collector through the real runner path (``runner.gather`` with a ``GatherContext`` whose
client has ``allow_private`` on and the cache off), once concurrently and once sequentially.

Goals (exit status 1 if either is missed):

- concurrent wall time ≤ 1.3 × the longest per-host chain, the time politeness forces on the
  busiest host: its robots.txt round trip (no page is fetched before the rules are known),
  then its pages, ``per_host_concurrency`` at a time;
- sequential wall time ≥ 3 × concurrent wall time.

The per-host minimum interval is set to 0 here: it is a politeness setting whose effect is
tested on its own (tests/http/test_limits.py); this bench measures concurrency. There are as
many workers as pages, so that no page waits for a worker: with the default 8 for these 9
pages, the ninth would start only when another host's robots.txt and page were done (one
more round trip), which measures the pool size rather than the politeness.

Run: ``python bench/bench_gather.py [--delay-ms 200] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from presence_audit.config.load import LoadedConfig, parse_config
from presence_audit.core.artifacts import Artifact, ArtifactStatus
from presence_audit.runner import gather
from presence_audit.sources.context import GatherContext
from presence_audit.sources.http import FetchError

PORTFOLIO_PAGES = ("/", "/about", "/projects", "/cv")
OTHER_HOSTS = 5
PER_HOST_CONCURRENCY = 2
WORKERS = len(PORTFOLIO_PAGES) + OTHER_HOSTS
"""One worker per page: with fewer, a page waits for a free worker, not for politeness."""
CHAIN_GOAL = 1.3
SPEEDUP_GOAL = 3.0

CONFIG = f"""\
person: {{name: Ada Example}}
network:
  allow_private: true
  respect_robots: true
  cache: false
  min_interval_seconds: 0
  per_host_concurrency: {PER_HOST_CONCURRENCY}
  workers: {WORKERS}
"""


def slow_site(delay: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as separate writes

        def do_GET(self) -> None:
            # robots.txt is a round trip like any page: answered as slowly, so that a client
            # which waited on it serially per host would show it.
            time.sleep(delay)
            if self.path == "/robots.txt":
                self._answer(404, b"no robots.txt here", "text/plain")
                return
            self._answer(200, f"<html><title>{self.path}</title></html>".encode(), "text/html")

        def _answer(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the bench prints its own table

    return Handler


@contextmanager
def serve(address: str, delay: float) -> Iterator[str]:
    """A delaying site on ``address``; yields its base URL."""
    server = ThreadingHTTPServer((address, 0), slow_site(delay))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{address}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass(frozen=True)
class World:
    pages: dict[str, str]  # collector name → URL
    pages_per_host: dict[str, int]


def page_collector(url: str) -> Callable[[GatherContext], Artifact]:
    def collect(context: GatherContext) -> Artifact:
        name = f"page {url}"
        try:
            response = context.http.get(url, accept=("text/html",))
        except FetchError as exc:
            return Artifact.failed(name, "bench", f"{exc.kind}: {exc.message}")
        return Artifact(name=name, status=ArtifactStatus.OK, source="bench",
                        data={"status": response.status}, detail=f"HTTP {response.status}")
    return collect


def timed_gather(loaded: LoadedConfig, world: World, *, sequential: bool) -> float:
    collectors = {name: page_collector(url) for name, url in world.pages.items()}
    context = GatherContext(loaded, use_cache=False)
    started = time.perf_counter()
    try:
        if sequential:
            artifacts = {}
            for name in world.pages:
                artifacts.update(gather([name], context, collectors))
        else:
            artifacts = gather(list(world.pages), context, collectors)
    finally:
        context.close()
    elapsed = time.perf_counter() - started
    failed = [a.detail for a in artifacts.values() if a.status is not ArtifactStatus.OK]
    if failed:
        raise SystemExit(f"bench: {len(failed)} page(s) failed: {failed[0]}")
    return elapsed


def longest_chain(world: World, delay: float) -> float:
    """The time politeness alone forces on the busiest host: its robots.txt first (no page
    may be fetched before it is known), then its pages, ``per_host_concurrency`` at a time."""
    busiest = max(world.pages_per_host.values())
    return (1 + math.ceil(busiest / PER_HOST_CONCURRENCY)) * delay


def run(delay: float, rounds: int) -> bool:
    loaded = parse_config(CONFIG)
    with ExitStack() as stack:
        portfolio = stack.enter_context(serve("127.0.0.2", delay))
        others = [stack.enter_context(serve(f"127.0.0.{3 + n}", delay))
                  for n in range(OTHER_HOSTS)]
        pages = {f"portfolio{path}": f"{portfolio}{path}" for path in PORTFOLIO_PAGES}
        pages.update({f"profile-{n}": f"{base}/profile" for n, base in enumerate(others)})
        per_host = {portfolio: len(PORTFOLIO_PAGES), **dict.fromkeys(others, 1)}
        world = World(pages=pages, pages_per_host=per_host)
        concurrent = statistics.median(
            timed_gather(loaded, world, sequential=False) for _ in range(rounds))
        sequential = statistics.median(
            timed_gather(loaded, world, sequential=True) for _ in range(rounds))
    chain = longest_chain(world, delay)
    return report(world, delay, rounds, chain, concurrent, sequential)


def report(world: World, delay: float, rounds: int, chain: float, concurrent: float,
           sequential: float) -> bool:
    hosts = len(world.pages_per_host)
    print(f"fixture world: {len(world.pages)} pages on {hosts} hosts, "
          f"{delay * 1000:.0f} ms per page, median of {rounds} round(s)\n")
    rows: Sequence[tuple[str, str]] = (
        ("longest per-host chain", f"{chain:.3f} s"),
        ("concurrent gather", f"{concurrent:.3f} s"),
        ("sequential gather", f"{sequential:.3f} s"),
    )
    for label, value in rows:
        print(f"  {label:<28}{value:>10}")
    print()
    print(f"  {'ratio':<28}{'measured':>10}{'goal':>10}  result")
    goals = (
        ("concurrent / longest chain", concurrent / chain, f"≤ {CHAIN_GOAL:.2f}",
         concurrent / chain <= CHAIN_GOAL),
        ("sequential / concurrent", sequential / concurrent, f"≥ {SPEEDUP_GOAL:.2f}",
         sequential / concurrent >= SPEEDUP_GOAL),
    )
    for label, ratio, goal, met in goals:
        print(f"  {label:<28}{ratio:>9.2f}×{goal:>10}  {'met' if met else 'MISSED'}")
    return all(met for *_, met in goals)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--delay-ms", type=float, default=200.0,
                        help="how long each page takes to answer (default 200)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds per mode; the median is reported (default 3)")
    args = parser.parse_args(argv)
    return 0 if run(args.delay_ms / 1000, max(args.rounds, 1)) else 1


if __name__ == "__main__":
    sys.exit(main())
