"""Real-shaped connection notes and what every outreach check says about each.

One row per note: the note, who signs it, the limit, context shared with the recipient, and the
expected outcome of each of the seven checks. Rows cover good notes in four languages, notes
that are too long, carry links (plain, bare, broken up with spaces or "dot", e-mail), lack a
sign-off, use the default template or a mass-mail opener, leave placeholders in, or pile up
superlatives, emoji and exclamation marks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from presence_audit.checks.outreach import ask, context, generic, intro, length, no_links, sign_off
from presence_audit.core.model import Finding, Outcome, Result
from presence_audit.sources.note import note_artifact

P, W, F = Outcome.PASS, Outcome.WARN, Outcome.FAIL

CHECKS = {
    "length": length,
    "links": no_links,
    "sign_off": sign_off,
    "context": context,
    "intro": intro,
    "ask": ask,
    "generic": generic,
}

GOOD = (
    "Hi Jordan, we overlapped at Acme Analytics in 2019 and I still use your dbt testing "
    "guide. I'm a data engineer in Lisbon building streaming pipelines. Would you be up for a "
    "20-minute call about data contracts? Thanks, Ada"
)


@dataclass(frozen=True)
class Expect:
    length: Outcome
    links: Outcome
    sign_off: Outcome
    context: Outcome
    intro: Outcome
    ask: Outcome
    generic: Outcome


@dataclass(frozen=True)
class Row:
    id: str
    note: str
    expect: Expect
    sender: str | None = "Ada Example"
    limit: int = 300
    shared: tuple[str, ...] = field(default=())


ALL_PASS = Expect(P, P, P, P, P, P, P)

ROWS = [
    Row("good", GOOD, ALL_PASS),
    Row("good-multiline",
        "Hi Priya,\n\nI enjoyed your talk at PyData Lisbon on feature stores. I'm a data "
        "engineer at Acme Analytics working on the same problem.\nCould we grab a coffee next "
        "week?\n\nBest,\nAda",
        ALL_PASS),
    Row("good-windows-line-endings",
        "Hi Priya,\r\n\r\nI enjoyed your post on feature stores. I'm a data engineer in "
        "Lisbon.\r\nCoffee next week?\r\n\r\nBest,\r\nAda\r\n",
        ALL_PASS),
    Row("good-reason-not-call",
        "Hello Marco — fellow University of Porto alum here. I'm a data engineer moving into "
        "ML platform work and would love to hear how you made that switch. Thank you, Ada",
        ALL_PASS),
    Row("good-shared-context-from-target",
        "Hi Jordan, I noticed you were at Acme Analytics from 2018 to 2021, as was I. I'm a "
        "data engineer in Lisbon now. Could we chat about dbt? Thanks, Ada",
        ALL_PASS, shared=("Acme Analytics", "University of Porto")),
    Row("shared-context-unknown",
        "Hi Jordan, I noticed you were at Acme Analytics from 2018 to 2021, as was I. I'm a "
        "data engineer in Lisbon now. Could we chat about dbt? Thanks, Ada",
        # "I noticed you were at …, as was I" is a shared employer, target page or not.
        Expect(P, P, P, P, P, P, P)),
    Row("too-long",
        GOOD.replace("Thanks, Ada", "I have been following the analytics engineering "
                     "community for years and your writing stands out for its clarity and "
                     "its care for the people who maintain pipelines. Thanks, Ada"),
        Expect(F, P, P, P, P, P, P)),
    Row("too-long-for-a-free-account", GOOD, Expect(F, P, P, P, P, P, P), limit=200),
    Row("link",
        "Hi Sam, I loved your post on data contracts. I'm a data engineer in Lisbon; my notes "
        "are at https://adaexample.dev/notes. Coffee sometime? Thanks, Ada",
        Expect(P, F, P, P, P, P, P)),
    Row("bare-domain",
        "Hi Sam, I loved your post on data contracts. I'm a data engineer in Lisbon (see "
        "adaexample.dev). Coffee sometime? Thanks, Ada",
        Expect(P, F, P, P, P, P, P)),
    Row("spaced-url",
        "Hi Sam, I loved your post on data contracts. I'm a data engineer, portfolio at "
        "adaexample . dev — coffee sometime? Thanks, Ada",
        Expect(P, F, P, P, P, P, P)),
    Row("dot-com-spelled-out",
        "Hi Sam, I loved your post on data contracts. I'm a data engineer, more at adaexample "
        "dot com. Coffee sometime? Thanks, Ada",
        Expect(P, F, P, P, P, P, P)),
    Row("bracketed-dot",
        "Hi Sam, I loved your post on data contracts. I'm a data engineer: adaexample[.]dev. "
        "Coffee sometime? Thanks, Ada",
        Expect(P, F, P, P, P, P, P)),
    Row("email",
        "Hi Sam, I loved your post on data contracts. I'm a data engineer in Lisbon. Could we "
        "set up a call? ada@adaexample.dev. Thanks, Ada",
        Expect(P, W, P, P, P, P, P)),
    Row("email-spelled-out",
        "Hi Sam, I loved your post on data contracts. I'm a data engineer in Lisbon. Could we "
        "set up a call? Write to ada [at] adaexample dot dev. Thanks, Ada",
        Expect(P, F, P, P, P, P, P)),
    Row("technology-names-are-not-links",
        "Hi Sam, I loved your post on migrating ASP.NET services to Node.js. I'm a backend "
        "engineer doing the same. Could we compare notes? Thanks, Ada",
        ALL_PASS),
    Row("no-sign-off",
        "Hi Jordan, we overlapped at Acme Analytics in 2019. I'm a data engineer in Lisbon. "
        "Would you be up for a 20-minute call about data contracts?",
        Expect(P, P, W, P, P, P, P)),
    Row("thanks-without-name",
        "Hi Jordan, we overlapped at Acme Analytics in 2019. I'm a data engineer in Lisbon. "
        "Would you be up for a 20-minute call about data contracts? Thanks!",
        Expect(P, P, W, P, P, P, P)),
    Row("name-without-thanks",
        "Hi Jordan, we overlapped at Acme Analytics in 2019. I'm a data engineer in Lisbon. "
        "Would you be up for a 20-minute call about data contracts? — Ada",
        Expect(P, P, W, P, P, P, P)),
    Row("sign-off-word-inside-the-last-question",
        "Hi Jordan, we overlapped at Acme Analytics in 2019. I'm a data engineer in Lisbon. "
        "Could we chat about the best practices you use for dbt tests? Ada",
        Expect(P, P, W, P, P, P, P)),
    Row("sign-off-no-sender-name-known",
        "Hi Jordan, we overlapped at Acme Analytics in 2019. I'm a data engineer in Lisbon. "
        "Would you be up for a call? Best, Ada",
        Expect(P, P, P, P, P, P, P), sender=None),
    Row("default-template",
        "I'd like to add you to my professional network on LinkedIn.\n- Ada Example",
        Expect(P, P, W, F, F, F, F)),
    Row("mass-opener",
        "Dear Sir/Madam, I came across your profile and would like to connect. Regards, Ada",
        Expect(P, P, P, F, F, F, F)),
    Row("recruiter-boilerplate",
        "Hi Jordan, I hope this message finds you well. I'm a recruiter at Initech and we're "
        "hiring data engineers. Open to a quick chat? Best, Ada",
        Expect(P, P, P, F, P, P, F)),
    Row("placeholders-left-in",
        "Hi [Name], I enjoyed your talk at {event}. I'm a data engineer in Lisbon. Could we "
        "chat? Thanks, Ada",
        Expect(P, P, P, P, P, P, F)),
    Row("placeholder-company",
        "Hi Jordan, I admire what you built at <Company>. I'm a data engineer in Lisbon. "
        "Could we chat? Thanks, Ada",
        Expect(P, P, P, P, P, P, F)),
    Row("mail-merge-fields",
        "Hi {{first_name}}, I enjoyed your post. I'm a data engineer in Lisbon. Could we chat? "
        "Thanks, %SENDER_NAME%",
        Expect(P, P, W, P, P, P, F)),
    Row("flattery-overload",
        "Hi Jordan, I loved your amazing, incredible, outstanding talk on dbt. I'm a data "
        "engineer in Lisbon. Could we chat? Thanks, Ada",
        Expect(P, P, P, P, P, P, W)),
    Row("exclamation-runs",
        "Hi Jordan!! I enjoyed your post on data contracts!!! I'm a data engineer in Lisbon. "
        "Coffee soon? Thanks, Ada!",
        Expect(P, P, P, P, P, P, W)),
    Row("too-many-exclamation-marks",
        "Hi Jordan! I enjoyed your post on data contracts! I'm a data engineer in Lisbon! "
        "Coffee soon? Thanks, Ada!",
        Expect(P, P, P, P, P, P, W)),
    Row("sentence-starts-after-a-full-stop-are-not-addresses",
        "Hi Priya, I loved your talk at PyCon.In it you showed Node.js tracing. I'm a dev at "
        "Booking.com. Design reviews are my thing. Coffee? Thanks, Ada",
        ALL_PASS),
    Row("emoji",
        "Hi Jordan 👋 I enjoyed your dbt talk 🙌 I'm a data engineer in Lisbon. Coffee ☕ "
        "soon? Thanks, Ada",
        ALL_PASS),
    Row("emoji-past-the-limit-when-counted-twice",
        "Hi Jordan 👋👋 I enjoyed your dbt talk. I'm a data engineer in Lisbon. Coffee soon? "
        "Thanks, Ada",
        Expect(W, P, P, P, P, P, P), limit=94),
    Row("combining-accents-count",
        "Olá Jose\u0301, trabalha\u0301mos ambos na Acme. Sou engenheira de dados. Um cafe\u0301"
        "? Obrigada, Ada",
        Expect(F, P, P, P, P, P, P), limit=85),
    Row("compliment-comes-late",
        "Hi Jordan, I'm a data engineer in Lisbon. I enjoyed your post on data contracts. "
        "Could we chat? Thanks, Ada",
        Expect(P, P, P, W, P, P, P)),
    Row("big-fan-is-not-an-introduction",
        "Hi Jordan, I'm a big fan of your dbt posts. Could we have a quick call about testing? "
        "Thanks, Ada",
        Expect(P, P, P, P, F, P, P)),
    Row("long-introduction",
        "Hi Jordan, I enjoyed your talk. I'm a senior data engineer at Acme Analytics where "
        "for six years I have built streaming ingestion, dbt models, data contracts, CI for "
        "analytics and a data quality programme across twelve teams. Coffee? Thanks, Ada",
        Expect(P, P, P, P, W, P, P)),
    Row("no-ask",
        "Hi Jordan, we overlapped at Acme Analytics in 2019. I'm a data engineer in Lisbon. "
        "Thanks, Ada",
        Expect(P, P, P, P, P, F, P)),
    Row("portuguese",
        "Olá Joana, trabalhámos ambos na Acme Analytics em 2019. Sou engenheira de dados em "
        "Lisboa. Podemos tomar um café para falar de dbt? Obrigada, Ada",
        ALL_PASS),
    Row("spanish",
        "Hola Lucía, me encantó tu charla sobre dbt en PyData Madrid. Soy ingeniera de datos "
        "en Lisboa. ¿Te apetece una videollamada de 20 minutos? Muchas gracias, Ada",
        ALL_PASS),
    Row("german",
        "Hallo Jonas, dein Vortrag über Datenqualität auf der PyCon hat mir sehr gefallen. "
        "Ich bin Data Engineer in Lissabon. Hätten Sie Zeit für ein kurzes Telefonat? Viele "
        "Grüße, Ada",
        ALL_PASS),
    Row("portuguese-template",
        "Olá, gostaria de adicioná-lo à minha rede profissional no LinkedIn.",
        Expect(P, P, W, F, F, F, F)),
    Row("spanish-mass-opener-and-placeholder",
        "Estimado [nombre], vi tu perfil y me gustaría conectar. Saludos, Ada",
        Expect(P, P, P, F, F, F, F)),
    Row("german-spelled-domain",
        "Hallo Jonas, dein Vortrag hat mir sehr gefallen. Ich bin Data Engineer, mehr auf "
        "adaexample punkt de. Hätten Sie Zeit für ein Telefonat? Viele Grüße, Ada",
        Expect(P, F, P, P, P, P, P)),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_every_check_judges_the_note_as_expected(
    row: Row, lint: Callable[..., Finding]
) -> None:
    got = {
        name: lint(module, row.note, sender=row.sender, limit=row.limit,
                   shared=row.shared).outcome
        for name, module in CHECKS.items()
    }
    assert got == vars(row.expect)


def test_the_table_is_large_and_varied() -> None:
    assert len(ROWS) >= 30
    for name in CHECKS:
        outcomes = {getattr(row.expect, name) for row in ROWS}
        # A missing sign-off warns at most: LinkedIn shows the sender's name beside the note.
        assert (W if name == "sign_off" else F) in outcomes, f"no row makes {name} fall short"


@pytest.mark.parametrize("row", [r for r in ROWS if r.expect != ALL_PASS], ids=lambda r: r.id)
def test_every_finding_short_of_a_pass_quotes_the_note_or_says_what_is_missing(
    row: Row, lint: Callable[..., Finding]
) -> None:
    for name, module in CHECKS.items():
        finding = lint(module, row.note, sender=row.sender, limit=row.limit, shared=row.shared)
        if finding.outcome is Outcome.PASS:
            continue
        assert finding.fix, f"{name}: a {finding.outcome.value} without a fix"
        quoted = [e.text for e in finding.evidence]
        if quoted:
            assert all('"' in text for text in quoted), f"{name}: evidence quotes nothing"


@pytest.mark.parametrize(
    "broken",
    [
        {"text": None},
        {"limit": "300"},
        {"limit": True},
        {"sender_name": 7},
        {"shared_context": "Acme Analytics"},
    ],
    ids=["null-text", "limit-as-text", "limit-as-bool", "sender-as-number",
         "shared-context-as-one-string"],
)
def test_a_malformed_note_artifact_is_an_error_in_every_check(
    broken: dict[str, object], lint_artifact: Callable[..., Result]
) -> None:
    artifact = note_artifact("Hi Jordan, a note. Thanks, Ada", source="saved", origin="x",
                             limit=300, sender_name="Ada Example")
    artifact.data.update(broken)
    for name, module in CHECKS.items():
        result = lint_artifact(module, artifact)
        assert result.outcome is Outcome.ERROR, name
        assert "NoteArtifactError" in result.message, name
