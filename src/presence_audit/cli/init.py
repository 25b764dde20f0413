"""`init`: ask who you are, write a commented starter config, say what to run next.

Everyday answers are tidied (``example.dev`` → ``https://example.dev/``, ``@login`` → the
login, ``linkedin.com/in/x`` → the full URL); an answer that still does not fit is asked
again, alone, with the reason — the others are kept. Flags are checked the same way, and a
wrong flag is a usage error that names it, before anything is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from presence_audit.cli.shared import emit, fail_usage

if TYPE_CHECKING:
    from presence_audit.config.starter import Question

MAX_TRIES = 5
"""Answers asked for again before giving up (input that keeps coming wrong is a script)."""


@click.command()
@click.option("-c", "--config", "path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("presence-audit.yaml"), show_default=True,
              help="Where to write the config.")
@click.option("--name", help="Your name as people search for it.")
@click.option("--profession", help="What you do, e.g. 'data engineer'.")
@click.option("--location", help="Your city, e.g. 'Lisbon'.")
@click.option("--portfolio", help="Your portfolio or personal site (example.dev or a URL).")
@click.option("--linkedin", help="Your public LinkedIn profile URL.")
@click.option("--github", help="Your GitHub login (or @login, or your profile URL).")
@click.option("--account", help="Your LinkedIn account: free or premium (sets the note "
                                "limit).")
@click.option("--google", metavar="ROUTES",
              help="Routes to Google to set up: saved, console, startpage (comma-separated).")
@click.option("-y", "--yes", is_flag=True, help="Do not ask; take the flags and defaults.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: Path, yes: bool, force: bool, **given: Any) -> None:
    """Write a commented starter config, asking for what the flags do not give."""
    from presence_audit.config.errors import ConfigError
    from presence_audit.config.load import parse_config
    from presence_audit.config.starter import QUESTIONS, starter_config

    if path.exists() and not force:
        fail_usage(f"{path} already exists; pass --force to overwrite it")
    answers: dict[str, str | None] = {}
    for question in QUESTIONS:
        flag = given.get(question.key)
        if flag:
            answers[question.key] = _flag_answer(question, flag)
        elif yes:
            answers[question.key] = None
        else:
            if question.key == "google":
                from presence_audit.config.starter_google import EXPLANATION

                click.echo(EXPLANATION, err=True)
            answers[question.key] = _ask(question)
    if not answers.get("name"):
        fail_usage("a name is required (--name 'Ada Example')")
    for _ in range(MAX_TRIES):
        text = starter_config(answers)
        try:
            parse_config(text, path)
            break
        except ConfigError as exc:
            # The file was never written: name the answer, not a line of it.
            wrong = _question_for(str(exc), QUESTIONS)
            if wrong is None or yes or given.get(wrong.key):
                fail_usage(f"the answers do not make a valid config, nothing written: "
                           f"{_reason(str(exc))}")
            click.echo(f"  {_reason(str(exc))}", err=True)
            answers[wrong.key] = _ask(wrong)
    else:
        fail_usage("the answers do not make a valid config, nothing written")
    emit(text, path)
    config_flag = "" if path == Path("presence-audit.yaml") else f" -c {path}"
    click.echo(f"Wrote {path}. Next: presence-audit run{config_flag}", err=True)


def _flag_answer(question: Question, value: str) -> str | None:
    try:
        return question.normalise(value) or None
    except ValueError as exc:
        fail_usage(f"--{question.key}: {exc}")


def _ask(question: Question) -> str | None:  # noqa: RET503 - fail_usage never returns
    """Ask until the answer fits (blank skips an optional question)."""
    for _ in range(MAX_TRIES):
        try:
            raw = click.prompt(question.prompt, default="" if not question.required else None,
                               show_default=False)
        except click.Abort:
            # End of input (nothing to ask, e.g. in CI) or Ctrl-C: nothing has been written.
            click.echo(err=True)
            fail_usage(f"no answer to {question.prompt!r}, nothing written; without a "
                       "terminal pass --yes with --name and the other flags")
        if not raw.strip() and not question.required:
            return None
        try:
            return question.normalise(raw)
        except ValueError as exc:
            click.echo(f"  {exc}", err=True)
    fail_usage(f"no usable answer to {question.prompt!r}, nothing written")


def _question_for(message: str, questions: tuple[Question, ...]) -> Question | None:
    """The question whose config key a config error names."""
    for question in questions:
        if f" {question.config_key}:" in f" {_reason(message)}":
            return question
    return None


def _reason(message: str) -> str:
    """A config error without its ``file:line:`` prefix (the file does not exist yet)."""
    first = message.splitlines()[0] if message else message
    parts = first.split(": ", 1)
    return parts[1] if len(parts) == 2 and ":" in parts[0] else first
