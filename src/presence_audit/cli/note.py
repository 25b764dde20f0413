"""`note`: lint a connection note before you send it."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from presence_audit.cli.common import (
    config_option,
    emit,
    fail_usage,
    format_option,
    load_config_if_any,
    load_registry_for,
    output_option,
    pick_format,
    render_report,
    usage_errors,
    warn_problems,
)


@click.command()
@click.argument("text", required=False)
@click.option("-f", "--file", "note_file", type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE", help="Read the note from FILE ('-': standard input).")
@click.option("--limit", type=click.IntRange(1, 2000), metavar="N",
              help="Character limit (default: outreach.note_limit, else 300; 200 is common "
                   "for free accounts).")
@click.option("--name", "sender", metavar="NAME",
              help="Your name, to find in the sign-off (default: outreach.sender_name, else "
                   "person.name).")
@format_option
@output_option
@click.option("--explain", is_flag=True, help="Also print the advice behind each rule.")
@config_option
def note(text: str | None, note_file: Path | None, limit: int | None, sender: str | None,
         fmt: str | None, output: Path | None, explain: bool,
         config_path: Path | None) -> None:
    """Lint a connection note given as TEXT, with -f FILE, or on standard input (-).

    Works without a config file; with one, its outreach settings and check options apply.
    Exit codes as for `run`.
    """
    from presence_audit.cli.exit_codes import of_report
    from presence_audit.preflight.lint_note import lint_note, outreach_specs, standalone_config
    from presence_audit.runner import thresholds_of
    from presence_audit.sources.note import (
        NoteError,
        configured_phrases,
        note_artifact,
        read_given,
        sender_name,
    )

    if text is not None and note_file is not None:
        fail_usage("give the note as TEXT or with -f FILE, not both")
    if text is None and note_file is None:
        fail_usage("give the note as TEXT, with -f FILE, or on standard input with -")
    with usage_errors():
        configured = load_config_if_any(config_path)
        loaded = configured or standalone_config(sender)
        registry = load_registry_for(configured)
    try:
        source, origin, body = read_given(text, note_file)
        phrases = configured_phrases(configured)
    except NoteError as exc:
        fail_usage(str(exc))
    fmt = pick_format(fmt, output, loaded.config.output.format)
    if explain and fmt not in ("terminal", "markdown"):
        fail_usage("--explain adds text for people: use it with --format terminal or markdown")
    artifact = note_artifact(
        body, source=source, origin=origin,
        limit=limit or loaded.config.outreach.note_limit,
        sender_name=sender_name(configured, sender), phrases=phrases,
    )
    with usage_errors():
        outcome = lint_note(loaded, registry, artifact)
    report = outcome.report
    warn_problems(report.warnings, quiet=False)
    rendered = render_report(report, fmt, output)
    if explain:
        from presence_audit.checks.catalogue import manual
        from presence_audit.render.catalogue import rules

        rendered += rules([manual(spec) for spec in outreach_specs(registry)], fmt)
    emit(rendered, output)
    sys.exit(of_report(report.score, report.results, thresholds_of(loaded),
                               report.incomplete))
