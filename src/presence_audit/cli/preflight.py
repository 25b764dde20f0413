"""`preflight`: go or no-go, minutes before you send a connection request."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from presence_audit.cli.common import config_option
from presence_audit.cli.shared import (
    emit,
    fail_usage,
    load_config_or_default,
    load_registry_for,
    require_paths,
    usage_errors,
)

if TYPE_CHECKING:
    from presence_audit.checks.registry import Registry
    from presence_audit.config.load import LoadedConfig
    from presence_audit.core.artifacts import Artifact

DEMO_TARGET = ("target", "jordan-rivera.html")
"""The page of the person the demo persona is about to contact, in the demo folder."""


@click.command()
@click.option("--note", "note_text", metavar="TEXT", help="The connection note to check.")
@click.option("-f", "--file", "note_file", metavar="FILE",
              help="Read the note from FILE ('-': standard input).")
@click.option("--target", metavar="SOURCE",
              help="The person you will contact: a page saved from your browser (their "
                   "LinkedIn profile) or an http(s) URL of their site, GitHub or any page.")
@click.option("--ack", "acknowledge", multiple=True, metavar="URL",
              help="Mark a search result about you as reviewed (repeatable).")
@click.option("--max-age", type=click.FloatRange(min=0), default=24.0, show_default=True,
              metavar="HOURS", help="Reuse artifacts from the last `run` this recent.")
@config_option
@click.option("--format", "fmt", type=click.Choice(("terminal", "markdown", "json")),
              help="Output format (default: terminal on a TTY, else markdown).")
@click.option("--demo", is_flag=True,
              help="Check the bundled sample persona from her recorded artifacts, with the "
                   "bundled page of the person she is contacting unless --target is given.")
def preflight(note_text: str | None, note_file: str | None, target: str | None,
              acknowledge: tuple[str, ...], max_age: float, config_path: Path | None,
              fmt: str | None, demo: bool) -> None:
    """One checklist before outreach: your profile, your presence, your note and, with
    --target, how the person wants to be contacted and what you share.

    Prints ✓/✗ per item with a one-line fix and a GO / NOT YET verdict. Exit 0 GO, 1 NOT YET
    (something to fix), 3 NOT YET because something could not be checked.
    """
    import datetime as dt

    from presence_audit.cli.shared import pick_format
    from presence_audit.preflight import AckError, AckStore, PreflightRequest, run_preflight
    from presence_audit.preflight.acks import default_path
    from presence_audit.preflight.target.read import is_url
    from presence_audit.render.checklist import render

    if note_text is not None and note_file is not None:
        fail_usage("give the note with --note TEXT or -f FILE, not both")
    if demo and config_path is not None:
        fail_usage("--demo checks the bundled persona: it cannot be combined with -c")
    with usage_errors():
        loaded, registry, recorded, default_target = _setup(config_path, demo)
    note = _note(loaded, note_text, note_file)
    target = target or default_target
    if target and not is_url(target) and not Path(target).expanduser().is_file():
        fail_usage(f"--target: {target} is neither a saved page (file) nor an http(s) URL")
    for url in acknowledge:
        # Anything else would be remembered yet never match a result: the list keeps addresses.
        if not is_url(url):
            fail_usage(f"--ack: {url!r} is not an http(s) URL; copy the address from the "
                       "review list")
    # The demo persona's reviewed results are hers: they must not mark anything in yours.
    acks_path = default_path()
    if demo:
        acks_path = acks_path.with_name(f"demo-{acks_path.name}")
    request = PreflightRequest(note=note, target=target, acknowledge=acknowledge,
                               max_age=dt.timedelta(hours=max_age), recorded=recorded)
    try:
        with usage_errors():
            checklist = run_preflight(loaded, registry, request, acks=AckStore(acks_path))
    except AckError as exc:
        fail_usage(str(exc))
    emit(render(checklist.to_dict(), pick_format(fmt, None)), None)
    from presence_audit.cli.exit_codes import of_checklist

    sys.exit(of_checklist(checklist))


def _setup(config_path: Path | None, demo: bool) -> tuple[
        LoadedConfig, Registry, Path | None, str | None]:
    """Config, registry, recorded artifacts and default target: the demo's, or yours."""
    if demo:
        from presence_audit.checks.registry import load_registry
        from presence_audit.demo import demo_folder, load_demo_config

        return (load_demo_config(), load_registry(use_entry_points=False),
                demo_folder() / "artifacts", str(demo_folder().joinpath(*DEMO_TARGET)))
    loaded = load_config_or_default(config_path)
    require_paths(loaded)
    return loaded, load_registry_for(loaded), None, None


def _note(loaded: LoadedConfig, text: str | None, path: str | None) -> Artifact | None:
    """The note given on the command line as an artifact, or None to use the config's."""
    from presence_audit.sources.note import (
        NoteError,
        configured_phrases,
        note_artifact,
        read_given,
        sender_name,
    )

    if text is None and path is None:
        return None
    try:
        source, origin, body = read_given(text, path)
        phrases = configured_phrases(loaded)
    except NoteError as exc:
        fail_usage(str(exc))
    return note_artifact(body, source=source, origin=origin,
                         limit=loaded.config.outreach.note_limit,
                         sender_name=sender_name(loaded), phrases=phrases)
