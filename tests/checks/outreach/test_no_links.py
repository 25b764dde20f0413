"""outreach.no-links: links, bare and disguised addresses fail; plain e-mail warns."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from presence_audit.checks.outreach import no_links
from presence_audit.core.artifacts import NOTE_ARTIFACT, Artifact
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import NO_NOTE
from presence_audit.text.phrases import FoldedText, Phrasebook, bundled

Lint = Callable[..., Finding]
LintArtifact = Callable[[ModuleType, Artifact], Result]


@pytest.mark.parametrize(
    ("note", "kind", "quoted"),
    [
        ("Notes at https://adaexample.dev/notes.", "url", "https://adaexample.dev/notes"),
        ("See www.adaexample.dev!", "url", "www.adaexample.dev"),
        ("See adaexample.dev, thanks", "domain", "adaexample.dev"),
        ("Jobs: acme.co.uk/jobs", "domain", "acme.co.uk/jobs"),
        ("Site: adaexample . dev", "spaced", "adaexample . dev"),
        ("Site: adaexample .com", "spaced", "adaexample .com"),
        ("Site: adaexample. com", "spaced", "adaexample. com"),
        ("Site: WWW . ADAEXAMPLE . COM", "spaced", "WWW . ADAEXAMPLE . COM"),
        ("Site: adaexample dot com", "spelled", "adaexample dot com"),
        ("Site: adaexample DOT com", "spelled", "adaexample DOT com"),
        ("Site: adaexample[.]dev", "spelled", "adaexample[.]dev"),
        ("Site: adaexample (dot) com", "spelled", "adaexample (dot) com"),
        ("Site: ada ponto pt", "spelled", "ada ponto pt"),
        ("Mail: ada [at] adaexample dot dev", "hidden-email", "ada [at] adaexample dot dev"),
        ("Mail: ada(at)adaexample.dev", "hidden-email", "ada(at)adaexample.dev"),
    ],
)
def test_links_and_disguised_addresses_fail(lint: Lint, note: str, kind: str, quoted: str) -> None:
    finding = lint(no_links, note)
    assert finding.outcome is Outcome.FAIL
    assert finding.data == {"addresses": [{"kind": kind, "text": quoted}]}
    assert finding.evidence[0].text == f'{no_links.KIND_LABELS[kind]}: "{quoted}"'
    assert "links do not work" in finding.fix


def test_every_address_is_listed_in_order(lint: Lint) -> None:
    finding = lint(no_links, "See adaexample . dev or https://x.dev, mail ada@adaexample.dev")
    assert [a["kind"] for a in finding.data["addresses"]] == ["spaced", "url", "email"]
    assert finding.message.startswith("The note contains 3 addresses: an address broken up")


def test_a_plain_email_address_warns(lint: Lint) -> None:
    finding = lint(no_links, "Could we talk? ada.example@gmail.com. Thanks, Ada")
    assert finding.outcome is Outcome.WARN
    assert finding.score == 0.5
    assert finding.data["addresses"] == [{"kind": "email", "text": "ada.example@gmail.com"}]
    assert "e-mail" in finding.fix


def test_allow_email_lets_a_plain_address_pass(lint: Lint) -> None:
    finding = lint(no_links, "Write to ada@adaexample.dev", allow_email=True)
    assert finding.outcome is Outcome.PASS
    assert finding.message.endswith("(e-mail addresses allowed: 1)")


def test_allow_email_does_not_excuse_a_link(lint: Lint) -> None:
    assert lint(no_links, "ada@x.dev and x.dev", allow_email=True).outcome is Outcome.FAIL


@pytest.mark.parametrize(
    "note",
    [
        "We both use Node.js and ASP.NET at work.",
        "I loved the example. It was great.",
        "I saw your talk.Thanks for sharing it.",
        "I'm at a dot com startup these days.",
        "e.g. streaming, i.e. Kafka",
        "Version 2.0 is out; 3.5 hours well spent.",
        "Olá Joana, obrigada!",
        "We met at PyCon.In 2019 you spoke on dbt.",
        "I'm a dev. Design systems are my thing. Page me? Info is scarce.",
        "Loved your post. blog posts like that are rare.",
        "I work at Booking.com now.",
    ],
)
def test_ordinary_sentences_pass(lint: Lint, note: str) -> None:
    finding = lint(no_links, note)
    assert finding.outcome is Outcome.PASS
    assert finding.data == {"addresses": []}


@pytest.mark.parametrize(
    ("note", "kind", "quoted"),
    [
        ("See ada.dev. Design matters to me.", "domain", "ada.dev"),
        ("Site: adaexample. com — thanks", "spaced", "adaexample. com"),
        ("Site: ADAEXAMPLE.COM", "domain", "ADAEXAMPLE.COM"),
        ("Site: adaexample . Com", "spaced", "adaexample . Com"),
    ],
)
def test_an_address_before_a_sentence_start_is_still_found(
    lint: Lint, note: str, kind: str, quoted: str
) -> None:
    assert lint(no_links, note).data == {"addresses": [{"kind": kind, "text": quoted}]}


def test_more_endings_come_from_phrase_files(lint: Lint) -> None:
    assert lint(no_links, "See ada.example.museum").outcome is Outcome.PASS
    extended = lint(no_links, "See ada.example.museum", phrases={"tlds": ["museum"]})
    assert extended.outcome is Outcome.FAIL


def test_a_missing_note_skips(lint_artifact: LintArtifact) -> None:
    result = lint_artifact(no_links, Artifact.skipped(NOTE_ARTIFACT, "config", NO_NOTE))
    assert result.outcome is Outcome.SKIP


def address_spans(patterns: tuple[re.Pattern[str], re.Pattern[str]] | None,
                  text: str) -> list[list[tuple[int, int]]]:
    if patterns is None:
        return [[], []]
    return [[m.span() for m in pattern.finditer(text)] for pattern in patterns]


def every_ending(book: Phrasebook) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return no_links._compile(book.get("dot_words"), book.get("at_words"), book.get("tlds"))


ADDRESS_TEXTS = [
    "Notes at https://adaexample.dev/notes.", "Site: adaexample . dev", "ada(at)adaexample.dev",
    "Site: WWW . ADAEXAMPLE . COM", "mail ada @ acme . co . uk", "ada.dev. Design is hard",
    "a . b . c . d . e . f . g . h . com", "x.co-uk and y.in-depth", "talk.In 2019",
    "ada [at] example dot com", "example. com", "Node.js and ASP.NET", "ada-b.io/x?y=1",
]


@pytest.mark.parametrize("text", ADDRESS_TEXTS + [
    str(item["text"]) for item in yaml.safe_load(
        (Path(__file__).parents[2] / "corpus" / "notes.yaml").read_text(encoding="utf-8"))["items"]
])
def test_only_the_endings_a_text_holds_find_the_same_addresses(text: str) -> None:
    book = bundled()
    folded = FoldedText.of(text).folded
    assert (address_spans(no_links._patterns(book, folded), folded)
            == address_spans(every_ending(book), folded))
