"""`inspect github LOGIN`: the GitHub profile as the checks get it."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from presence_audit.cli.common import config_option
from presence_audit.cli.exit_codes import EXIT_INCOMPLETE
from presence_audit.cli.shared import fail_usage, load_config_if_any, usage_errors
from presence_audit.render.json import dumps

if TYPE_CHECKING:
    pass

LOGIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})")
ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]{0,63}")


@click.command()
@click.argument("login")
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal",
              show_default=True, help="json prints the github artifact's data.")
@click.option("--token-env", metavar="NAME",
              help="Environment variable holding a GitHub token (default: "
                   "profiles.github_token_env from the config, if any).")
@config_option
@click.option("--no-cache", is_flag=True, help="Ask afresh, ignoring the HTTP cache.")
def github(login: str, fmt: str, token_env: str | None, config_path: Path | None,
           no_cache: bool) -> None:
    """Ask GitHub's API for LOGIN's public profile and print it.

    Without a token GitHub allows 60 requests an hour. The token is read from the
    environment variable you name and is never printed. Exit 0 when the profile was read, 3
    when GitHub could not give it (rate limit, unknown login, network), 2 for a malformed
    LOGIN.
    """
    login = re.sub(r"^https?://(www\.)?github\.com/", "", login).strip("/")
    if not LOGIN.fullmatch(login):
        fail_usage(f"{login!r} is not a GitHub login (letters, digits and '-', at most 39)")
    if token_env is not None and not ENV_NAME.fullmatch(token_env):
        # Never echo it: a token pasted here by mistake must not reach the terminal or a log.
        fail_usage("--token-env takes the NAME of an environment variable (upper-case letters, "
                   "digits and _), such as GITHUB_TOKEN, never the token itself")
    from presence_audit.config.schema import NetworkConfig
    from presence_audit.core.artifacts import ArtifactStatus
    from presence_audit.sources.github import github_artifact
    from presence_audit.sources.http import HttpClient

    with usage_errors():
        loaded = load_config_if_any(config_path)
    network = loaded.network if loaded else NetworkConfig()
    if token_env is None and loaded is not None:
        token_env = loaded.config.profiles.github_token_env
    with HttpClient(network, use_cache=not no_cache) as http:
        artifact = github_artifact(http, login, token_env)
    if fmt == "json":
        click.echo(dumps(artifact.data), nl=False)
    else:
        from presence_audit.render.inspect_github import render

        click.echo(render(artifact), nl=False)
    sys.exit(0 if artifact.status is ArtifactStatus.OK else EXIT_INCOMPLETE)
