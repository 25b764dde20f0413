"""What `note` does, without click: lint one note or many and exit with the verdict's code.

Both the click command (``cli.note``) and the direct start (``cli.direct``) call
``lint_notes`` with the parsed options.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from presence_audit.cli.shared import (
    color_choice,
    echo,
    emit,
    fail_usage,
    load_config_if_any,
    load_registry_for,
    pick_format,
    render_report,
    usage_errors,
    warn_problems,
)

if TYPE_CHECKING:
    from presence_audit.runner import RunSettings


def lint_notes(text: tuple[str, ...], note_file: Path | None, limit: int | None,
               sender: str | None, fmt: str | None, output: Path | None, explain: bool,
               as_files: bool, color: str, config_path: Path | None) -> NoReturn:
    """Lint the note given as TEXT, in ``note_file`` or (``as_files``) in each TEXT file."""
    if as_files:
        if note_file is not None or output is not None:
            fail_usage("--files lints the files given as arguments: no -f or -o with it")
        if not text:
            sys.exit(0)  # pre-commit found no note among the changed files
        codes = [_one(None, Path(name), limit, sender, fmt, None, explain, config_path,
                      color, heading=name if len(text) > 1 else None) for name in text]
        sys.exit(max(code for code in codes if code != 0) if any(codes) else 0)
    if len(text) > 1:
        fail_usage("give the note as one TEXT argument, in quotes (or use -f FILE)")
    sys.exit(_one(text[0] if text else None, note_file, limit, sender, fmt, output, explain,
                  config_path, color))


def _one(text: str | None, note_file: Path | None, limit: int | None, sender: str | None,
         fmt: str | None, output: Path | None, explain: bool, config_path: Path | None,
         color: str = "auto", heading: str | None = None) -> int:
    """Lint one note, print (or write) its report, and return the exit code."""
    from presence_audit.cli.exit_codes import of_report
    from presence_audit.config.plain import DEFAULT_NOTE_LIMIT
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
        loaded: RunSettings = configured or standalone_config(sender)
        registry = load_registry_for(configured, categories=("outreach",))
    try:
        source, origin, body = read_given(text, note_file)
        phrases = configured_phrases(configured)
    except NoteError as exc:
        fail_usage(str(exc))
    fmt = pick_format(fmt, output, configured.config.output.format if configured else None)
    if explain and fmt not in ("terminal", "markdown"):
        fail_usage("--explain adds text for people: use it with --format terminal or markdown")
    artifact = note_artifact(
        body, source=source, origin=origin,
        limit=limit or (configured.config.outreach.note_limit if configured
                        else DEFAULT_NOTE_LIMIT),
        sender_name=sender_name(configured, sender), phrases=phrases,
    )
    with usage_errors():
        outcome = lint_note(loaded, registry, artifact)
    report = outcome.report
    warn_problems(report.warnings, quiet=False)
    rendered = render_report(report, fmt, output, color=color_choice(color))
    if explain:
        from presence_audit.checks.catalogue import manual
        from presence_audit.render.catalogue import rules

        rendered += rules([manual(spec) for spec in outreach_specs(registry)], fmt)
    if heading is not None:
        echo(f"== {heading}")
    emit(rendered, output)
    return of_report(report.score, report.results, thresholds_of(loaded), report.incomplete)
