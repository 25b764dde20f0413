"""Checks that the note opens with a compliment or context you share with the recipient.

What it checks
--------------
The opening — the first sentence after the salutation ("Hi Jordan,", "Hello, Jordan.", "Hey Jordan
-"), or the first two when the first is very short (under 25 characters: "Quick one."). Sentences
are split by a real segmenter (``text.sentences``): "Mr.", "Dr.", "Sr.", initials and emoji do not
end one. The opening passes when it refers to the reader or to something you share: their own work
(``possessives`` + ``reader_work``: "your recent post", "tu publicación", "Ihre Beiträge", "vos
publications"; or with the possessive after it, ``postposed_possessives``: "un post tuyo", "um
artigo seu"; or named by what they did, ``relative_you``: "the talk you gave", "a publicação que
você fez"), thanks for it (``thanks_for``: "thanks for the talk", "danke für den spannenden
Vortrag", "thanks for posting this opportunity"), a compliment ("congrats on…", "loved your…"),
meeting or talking ("great meeting you", "it was good to talk at…", thanks for a conversation you
had: "thanks for the call today", "gracias por la llamada", "danke für das Gespräch" — but a bare
"nice to meet you" is a greeting unless it says when or where), the same event, group ("you are a
member of…", "part of the same group", "formas parte de…", "vous faites partie…"), employer, school
or city ("I am from Odisha too", "también soy de…"), a former teacher or an old acquaintance
("alumno suyo de…", "long time no see", "we know each other from…", "nos conocemos de…"), what you
are to them (``reader_relations`` after a possessive: "I am your student", "I am your fan", "as your
Acme rep", "soy tu alumna", "Ihr Ansprechpartner"), a mutual person ("Sam suggested I reach out",
"Pat mentioned you"), having read, heard or used their work or seen them speak ("saw you speak at…",
"te escuché en…", "je vous ai entendu à…"), the same cohort, class or programme, their answer to
you, their interest in you, their endorsement or message ("thanks for your interest", "thanks for
endorsing me", "gracias por tu mensaje", "danke für Ihr Interesse" — not thanks for connecting), an
earlier message of yours ("my earlier message"), what you saw, read, heard or used of theirs — a
verb of perceiving or using that reaches a word for them in its clause, straight away or past a
"that" (``perception_verbs``, ``use_verbs``, ``second_person`` — in Spanish also a verb whose ending
says "you": "vi que empezaste en…" —, ``complementizers``; or the two of you, ``shared_subjects``:
"I noticed that we're connected to…"; "I saw u were an intern at…", "I've been using your bridge…",
"I notice you are…", "vi que você é CTO na…", "ich habe gesehen, dass Sie…", "je vois que vous
dirigez…"), though not a profile view ("I saw you viewed my profile"), a community or person you
found them through ("through the dbt Slack community", "through my colleague Pat", "über meinen
Kollegen", "I found your profile through my brother", "vi seu perfil através do Pat"), their like or
comment on a post of yours ("thanks for the like on my post", "merci d'avoir commenté mon article"),
or their opening you applied to (named after ``application_verbs``: "I just applied to Data Analyst
at Acme", "apliquei para Cloud Engineer na Acme") — from the phrase files' ``compliments``,
``shared_context`` and ``known``, in every supported language. What you are to them may also be tied
to them by "of" (``relation_links``: "a student of your batch", "a big fan of yours", "alumna de tu
curso"). A verb of perceiving followed, past an article (and a word for what is named: "vi a empresa
Acme"), by a name written with a capital is their company, product or event ("I came across Acme's
website", "I've seen Acme is hiring", "conheci a Acme", "j'ai découvert Acme") — not a site anyone
uses, and not after a verb of using, finding or learning ("we use Jira", "hard to find Python
developers", ``use_verbs``). Taking part in an event or a programme counts (``participation_verbs``
within six words of ``event_words`` in one clause: "I am attending the data analytics boot camp",
"participei do evento", "an der Konferenz teilgenommen") — unless it is yours ("our webinar"). So
does a question about what they did or were, opening its clause (``past_questions``: "how did you
get this certification?", "were you the teacher of…?", "waren Sie bei…?", "étiez-vous à…?"; in
Spanish a verb with a second-person past ending: "¿dónde estudiaste?") — not a rhetorical or
small-talk one ("did you know…", "did you have a good weekend?", "¿sabías que…?",
``rhetorical_questions``). The work of a company named after "of" is theirs ("el trabajo de Acme",
"la croissance de Acme", ``reader_work``, ``relation_links``) — not after a first-person word in its
sentence ("soy Alex, del equipo de Acme"), nor a role ("un puesto de Analista"). What they told you
means you know each other ("you told me to write", "me dijiste que…", ``known``). Their name inside
a thank-you is read past ("Thanks Sam for the call" is "thanks for the call"). Meeting or talking at
a named event or place, or finding them through a named programme or group, counts too: a phrase
from ``meeting_at`` ("connect at", "chatting at", "connecting with you through", "a friend from",
"verte en", "te ver na", "Sie beim", "croisés au") followed by a name ("at Commerce Roundtable", "en
la PyConES", "through LGM-SOC'21"), but not by a common word ("connect at your convenience") or a
site anyone finds anyone on ("through LinkedIn", ``platforms``). "I saw your profile" is not
context, nor is a meeting the note denies ("não nos conhecemos pessoalmente", ``negations``), nor is
what a condition supposes ("if your team is hiring…", "reply in case your answer is yes", "si en tu
equipo surge una vacante…"), nor is working in the same industry or field or sharing an interest in
one (everyone in it shares that: "we share an interest in technology", "similar interests", "I saw
you're in the software space", ``shared_interests``), nor is asking for their insight or openings in
general ("your expertise could help us", "learn from your perspective", "any openings in your
company" — phrases that are also ``reasons`` the ask check looks for — or what such a request asks
to learn about, right after it or past a word such as "about": "learn more about your experience",
"conocer más sobre tu experiencia", "en savoir plus sur votre parcours"): any cold request says
that; what of theirs you read or heard ("your dbt talk") is context. Nor is their team or company as
the place your offer lands, within four words of an ``offer_verbs`` phrase in the same clause
("staff augmentation to scale your team", "could be beneficial for your company", "Ihr Team … zu
unterstützen"): that says what you sell. ``pass`` when the opening has one; ``warn`` when one
appears only later in the note; ``fail`` when there is none, or the note opens with a stock line
such as "I'd like to add you to my professional network".

When ``preflight --target`` has read the recipient's page, the context you share with them
(employers, schools, city, topics) is handed to this check: a note that names any of it
passes — unless it opens with a stock line, which warns.

Known limits: a German "wenn" of time ("wenn ich Ihre Beiträge lese, …") reads as a condition.
A name after a verb of seeing is taken to be theirs ("I read Forbes this morning" reads as
context), and German, which puts that verb last, is not read this way.
Names of events, groups, schools and companies are only recognised as shared when the words
around them say so ("at PyData", "fellow GT alum"); a bare "GT Family!" or "Great name!" is
not. "Your insights on X changed how we test" is read as a request for their insight, not as a
compliment, unless a compliment phrase is there too.

Why it matters
--------------
The first line is all the recipient sees in the invitation list. A compliment that shows
you know their work, or a fact you share ("we worked at Yahoo at the same time"), is the
reason to accept; "I'd like to add you to my network" is the reason to ignore.

How to fix
----------
Open with one specific line about them or what you share: a post or talk you liked and why, or
the employer, school, event or person you have in common.

Options
-------
None.

Example
-------
``Hi Jordan, I'd like to add you to my professional network.`` gives ``fail``: ``Opens with
"I'd like to add you to my professional network" — a stock line, no compliment or shared
context``.
"""

from __future__ import annotations

import re

from presence_audit.checks.base import CheckContext, Option, how_to_fix
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.phrases import Hit
from presence_audit.text.quoting import quote

ID = "outreach.context"
TITLE = "Note opens with a compliment or shared context"
CATEGORY = "outreach"
SEVERITY = "medium"
WEIGHT = 2
REQUIRES = ("note",)
OPTIONS: dict[str, Option] = {}

_FIX = how_to_fix(__doc__)


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    opening = note.opening()
    shared = note.find_terms(note.shared_context)
    used = list(dict.fromkeys(h.text for h in shared))
    data: dict[str, object] = {
        "opening": note.text[opening.start:opening.end],
        "shared_context": list(note.shared_context),
        "shared_context_used": used,
    }
    # A mass-mail line followed by how you came to them ("vi seu perfil através do Pat") is
    # not the stock line it starts like.
    stock = note.find("templates", opening) + [
        h for h in note.find("mass_openers", opening) if not note.found_through(h)]
    if shared:
        terms = ", ".join(quote(t, keep_end=True) for t in used)
        evidence = [_sentence(note, h) for h in shared[:3]]
        if stock:
            return Finding(
                Outcome.WARN, f"Uses context you share with them ({terms}) but opens with "
                f"{quote(stock[0].text, keep_end=True)} — a stock line",
                fix="Open with what you share instead of the stock line: it is the part of "
                    "the note the recipient sees first.",
                evidence=[Evidence(f"opening: {note.quote(opening)}"), *evidence], data=data,
                score=0.5)
        return Finding(Outcome.PASS, f"Uses context you share with them: {terms}",
                       evidence=evidence, data=data)
    in_opening = _context(note, opening)
    if in_opening:
        first = in_opening[0]
        return Finding(Outcome.PASS,
                       f"Opens with {_kind(note, first)}: {quote(first.text, keep_end=True)}",
                       evidence=[_sentence(note, first)], data={**data, "found": first.text})
    later = [h for h in _context(note) if h.start >= opening.end]
    if later:
        first = later[0]
        return Finding(
            Outcome.WARN,
            f"Has {_kind(note, first)} ({quote(first.text, keep_end=True)}) but opens with "
            f"{note.quote(opening)}",
            fix="Move it to the first line: it is the part of the note the recipient sees "
                "first.",
            evidence=[Evidence(f"opening: {note.quote(opening)}"),
                      _sentence(note, first)],
            data={**data, "found": first.text},
            score=0.5,
        )
    fix = _FIX
    if note.shared_context:
        fix = ("Open with what you share with them: "
               + ", ".join(note.shared_context[:4]) + ". " + _FIX)
    if stock:
        return Finding(Outcome.FAIL,
                       f"Opens with {quote(stock[0].text, keep_end=True)} — a stock line, "
                       "no compliment or shared context", fix=fix,
                       evidence=[Evidence(f"opening: {note.quote(opening)}")],
                       data=data)
    return Finding(Outcome.FAIL, f"Opens with {note.quote(opening)} — no compliment or shared "
                   "context", fix=fix,
                   evidence=[Evidence(f"opening: {note.quote(opening)}")],
                   data=data)


def _context(note: _note.Note, span: _note.Span | None = None) -> list[Hit]:
    """Compliments, shared context, signs the two already know each other, and references to
    the reader's own work ("your recent post") — but not "I saw your profile"."""
    shared = note.find("shared_context", span)
    references = note.reader_references(span) + note.perceived(span) + note.work_of_a_name(span)
    compliments = note.find("compliments", span)
    if shared or references or compliments:
        requests = note.find("reasons")
        offers = note.find("offer_verbs")
        shared = [h for h in shared if not _offered_to(note, h, offers)]
        references = [h for h in references
                      if not _requested(note, h, requests) and not _offered_to(note, h, offers)]
        # "j'aimerais en savoir plus sur votre parcours": their career as what you ask about.
        compliments = [h for h in compliments
                       if not (_names_their_work(note, h) and _asked_to_learn(note, h, requests))]
    hits = (compliments + shared + note.known(span) + _attended(note, span)
            + _asked_about(note, span)
            + [h for h in note.find("meeting_at", span) if _names_follow(note, h)] + references
            # "I found your profile through my brother": the person or group they came through.
            + [h for h in note.find("mass_openers", span) if note.found_through(h)])
    hits = [h for h in hits if not note.about_profile(h) and not note.profile_in_clause(h)
            and not note.conditional(h) and not note.negated(h)]
    if hits:
        interests = note.find("shared_interests")
        hits = [h for h in hits if not _about_interests(note, h, interests)]
    return sorted(hits, key=lambda h: h.start)


def _asked_about(note: _note.Note, span: _note.Span | None = None) -> list[Hit]:
    """A question about what they did or were (``past_questions``: "How did you get this
    certification?", "Were you the teacher of MAT 364 at SDU?", "Waren Sie bei…?"; in Spanish
    a verb with a second-person past ending, ``second_person``: "¿Dónde estudiaste?"),
    opening its clause after at most three words: you ask because you know something of
    their past. Not a rhetorical or small-talk question (``rhetorical_questions``: "did you
    know…", "did you ever…", "did you have a good weekend?")."""
    asked = note.find("past_questions", span)
    endings = _note.words_of(note.phrases.get("second_person")).endings
    if endings:
        pattern = _note.ending_pattern(endings)
        asked += _note.within([note.folded.hit(m) for m in pattern.finditer(note.folded.folded)],
                              span)
    if not asked:
        return []
    rhetorical = note.find("rhetorical_questions")
    return [h for h in asked
            if note.is_question(note.sentence_of(h)) and note.opens_clause(h, _QUESTION_SLACK)
            and not any(r.start <= h.start < r.end for r in rhetorical)]


_QUESTION_SLACK = 3
"""Words that may open a question's clause before "did you" ("Please, how did you…")."""

_EVENT_REACH = 6
"""Most words between taking part ("attending") and the event ("the data analytics boot camp")."""


def _attended(note: _note.Note, span: _note.Span | None = None) -> list[Hit]:
    """Taking part in an event or a programme (``participation_verbs``: "attended",
    "participant in", "selected for", "participé à", "teilgenommen") with a word for one
    (``event_words``: "boot camp", "scholarship program", "Konferenz", "événement") within six
    words in the same clause, either side: "I am attending the data analytics boot camp 2.0",
    "I got selected for the SUSE Scholarship Program", "participei do evento da Acme", "ich
    habe an Ihrer Konferenz teilgenommen". Written to a stranger, it names what the two share;
    hosting or planning one ("we host seminars", "I plan to pursue a program") is not taking
    part, nor is one of yours ("will you be attending our webinar?": a first-person word
    between, ``first_person``)."""
    taking_part = note.find("participation_verbs", span)
    if not taking_part:
        return []
    events = note.find("event_words")
    own = set(note.phrases.get("first_person"))
    return [h for h in taking_part if any(
        between is not None and not own.intersection(_note.folded_words(between))
        for between in (_within_clause(note, h, e) for e in events))]


def _within_clause(note: _note.Note, hit: Hit, other: Hit) -> str | None:
    """The text between ``hit`` and ``other`` when they are at most six words apart with no
    clause break between, else None."""
    between = _between(note, hit, other)
    if between is None or _note.CLAUSE_BREAK.search(between) or re.search(r"[.!?]\s", between):
        return None
    return between if len(_OFFER_REACH.findall(between)) <= _EVENT_REACH else None


def _between(note: _note.Note, one: Hit, other: Hit) -> str | None:
    """The text between two hits, whichever comes first; None when they overlap."""
    if one.end <= other.start:
        return note.text[one.end:other.start]
    return note.text[other.end:one.start] if other.end <= one.start else None


_INTEREST_GAP = re.compile(r"[\s,]*(?:[^\W\d_]+[\s,]+){0,3}")
"""What may stand between "we share" and what is shared: up to three words ("both have an")."""


def _about_interests(note: _note.Note, hit: Hit, interests: list[Hit]) -> bool:
    """True when what ``hit`` says the two share is an interest or a passion, named right after it
    or in words that hold it or start at its last short word (``shared_interests``: "we share an
    interest in technology", "we both have an interest in leadership", "gemeinsame Interessen",
    "interesses em comum", "we share a similar past"): a subject everyone in the field shares, not
    context. Their interest in you ("thanks for your interest in…") is another thing."""
    return any(i.start <= hit.start < i.end
               # sharing the last short word only: "we share a" + "a similar"
               or (hit.start < i.start < hit.end < i.end and hit.end - i.start <= _note.ARTICLE)
               or (i.start >= hit.end and _INTEREST_GAP.fullmatch(note.text[hit.end:i.start]))
               for i in interests)


def _names_follow(note: _note.Note, hit: Hit) -> bool:
    """True when a name comes right after "connect at", "nos conocimos en", "uns auf der",
    "connecting with you through"…, past an article ("at the PyData meetup", "en la
    PyConES"): meeting at a named event, place or programme, not "at your convenience" — nor
    on a site where anyone finds anyone ("through LinkedIn", ``platforms``)."""
    words = note.text[hit.end:hit.end + 60].split()
    if len(words) > 1 and len(words[0]) <= _note.ARTICLE and words[0].islower():
        words = words[1:]
    if not words or not words[0][0].isupper():
        return False
    return not note.names_a_platform(fold(" ".join(words[:3])))


def _requested(note: _note.Note, hit: Hit, requests: list[Hit]) -> bool:
    """True when the reader's own thing is itself what the sender asks for ("your expertise",
    "your perspective", ``reasons``), or what a request to learn is about (see
    ``_asked_to_learn``), rather than something of theirs the note refers to: asking for
    someone's insight is what any cold request says; it shows no knowledge of them."""
    return any(r.start < hit.end and hit.start < r.end for r in requests) or \
        _asked_to_learn(note, hit, requests)


_LEARN_GAP = 2
"""Most words between a request to learn and what it is about ("mais sobre")."""


def _asked_to_learn(note: _note.Note, hit: Hit, requests: list[Hit]) -> bool:
    """True when ``hit`` comes right after a request (``reasons``), or at most two words after
    it of which the last is a word such as "about" (``topic_markers``): "learn more about your
    experience", "conocer más sobre tu experiencia", "saber mais sobre sua experiência", "en
    savoir plus sur votre parcours" — what you ask to learn, not what you know of them."""
    markers = set(note.phrases.get("topic_markers"))
    for request in requests:
        if request.end > hit.start or hit.start - request.end > _LOOKAHEAD:
            continue
        words = fold(note.text[request.end:hit.start]).split()
        if not words or (len(words) <= _LEARN_GAP and any(
                " ".join(words[i:]) in markers for i in range(len(words)))):
            return True
    return False


_LOOKAHEAD = 40
"""Most characters between a request to learn and what it is about."""


def _names_their_work(note: _note.Note, hit: Hit) -> bool:
    """True when ``hit`` is only a possessive and a word of their work ("votre parcours",
    "sua experiência"), not praise ("your recent", "loved your")."""
    words = _note.folded_words(hit.text)
    book = note.phrases
    return len(words) > 1 and words[0] in book.get("possessives") and \
        " ".join(words[1:]) in book.get("reader_work")


_OFFER_REACH = re.compile(r"[^\W\d_]+")
_OFFER_WORDS = 4
"""Most words between an offer ("support") and the reference it lands on ("you or your team")."""


def _offered_to(note: _note.Note, hit: Hit, offers: list[Hit]) -> bool:
    """True when the reader's thing is where an offer lands: an ``offer_verbs`` phrase in the
    same clause, at most four words away ("we can support you or your team", "could be
    beneficial for your company", "Ihr Team bei der Migration zu unterstützen"). An offer
    says what you sell, not what you know of them."""
    for offer in offers:
        between = _between(note, offer, hit)
        if between is None:
            continue
        if not _note.CLAUSE_BREAK.search(between) and \
                len(_OFFER_REACH.findall(between)) <= _OFFER_WORDS:
            return True
    return False


def _kind(note: _note.Note, hit: Hit) -> str:
    compliments = {h.start for h in note.find("compliments")}
    compliments |= {h.start for h in note.reader_references()}
    return "a compliment" if hit.start in compliments else "shared context"


def _sentence(note: _note.Note, hit: Hit) -> Evidence:
    return Evidence(note.quote(note.sentence_of(hit)))
