"""Checks that the note invites a conversation or gives a clear reason to connect.

What it checks
--------------
Any sentence that asks: a question addressed to the reader (ends with "?" or "?!", or opens with
"¿", or opens a clause, after at most three words, with an auxiliary before "you" even without its
mark: "Are you looking for a change", "Right now are u working…", "Haben Sie Zeit…", "Avez-vous un
poste…", ``inverted_questions``) — but not a greeting question such as "how are you?", "how are you
doing", "¿cómo estás?", "tudo bem?" (``pleasantries``); an invitation — "let's…", "shall we", "would
you be open…", "could we", "we invite you to…", "¿conversamos?", "te invitamos a…", "lass uns…", "on
pourrait…" (``invitations``; not an invitation only to your network: "I invite you to my network"),
or a call, chat, coffee or meeting (``conversation``), or an exchange with what it is about ("share
insights on Web3", "échanger sur la supply chain"; ``exchanges`` followed within three words by
``topic_markers`` — "happy to exchange ideas" alone is a courtesy), proposed with "would love to",
"happy to", "up for", "it would be a pleasure to", "sería un placer" … (``proposals``; also inside a
connect-only phrase that goes on to it: "I'd like to connect and share insights on …"); or a stated
reason for connecting — "I'm reaching out about…", "I'm currently looking for…", "I'm hiring for…",
"I'd value your advice on…", "so that we can…", "to partner with…", "how did you…", "is there any…",
"my question is…" (a question without its mark), "estoy interesado en…", "je recherche…", "um mich
kurz zum Projekt auszutauschen", an offer to them ("I have an opportunity for you", "I can add value
to your team", "be a resource for you", "how we can support…", "I'll share our learnings with you"),
a request for help ("it would be a great help", "sería de gran ayuda"), their interest in what you
offer ("you might be interested in…", "vous pourriez être intéressé par…" — not "an angle that might
interest you"), hiring for your own team or client ("my client is hiring for…", "mein Kunde sucht…")
or a wish to join them ("I would like to join your team", "rejoindre votre équipe") (``reasons``),
or their opening you applied to, named ("I just applied to Data Analyst at Acme", "me postulé a
Cloud Engineer en Acme", ``application_verbs``),
or the same reason with its subject left out where it opens a sentence: "Hiring SQL engineers.",
"Buscando prácticas…", "Suche eine Stelle…", "Recherche un stage…" (``bare_reasons``), or an offer
or request made on a condition: a sentence that opens with "if" or "should you…" (``conditionals``)
and goes on to propose ("If you're hiring, I'd be glad to share my background", "Si necesitas apoyo,
me encantaría…", "Wenn Sie Hilfe brauchen, gerne würde ich…") or names an opening (``openings``:
"should there be an opportunity in your team…", "si tienes alguna vacante…"); or a request marked as
one (``request_markers``: "please share your CV", "kindly assist", "envíame tu CV, por favor",
"bitte senden Sie mir…", "veuillez me contacter") — not one only to connect, to excuse the note or
to visit your page ("please accept my request", "please excuse the cold message", "please visit our
site"; ``acceptance_words``, ``not_requests``). Connect-only phrases ("would love to connect",
"let's stay in touch", "ravi de rejoindre votre réseau", ``not_asks``) are not asks, nor is a
question or invitation only to connect ("Would you like to connect?", "¿Conectamos?", "Lass uns
connecten!", "On se connecte ?": ``bare_connects`` with no conversation or reason — though a
question about something, whose last clause opens with a question word, asks more: "I'm curious,
what made you connect with me?", ``question_words``), nor is a reason whose object is only
connecting ("I'm looking to expand my network", "je cherche à élargir mon réseau"), and a
conversation word inside a compliment ("how you talk about hiring") is not an invitation. ``pass``
with any of them — the message says which and quotes it — and ``fail`` with none.

Known limits: a reason only implied ("saw your post and wanted to connect", "thanks for posting
this opportunity" as an application), or stated without a subject in the middle of a sentence, is
not found. Spanish and Portuguese questions without their mark keep a statement's word order, so
only the ``reasons`` words can find them ("hay alguna vacante…").

Why it matters
--------------
Connections matter more than contacts. A note that asks for a short call, a coffee or a
specific piece of advice starts a relationship; a request with no reason is one more
number in their list, and easy to ignore.

How to fix
----------
End the body with one concrete ask: "Would you be up for a 20-minute call about how you
test dbt models?", or say why you are writing: "I'm moving into analytics engineering and
would love to hear how you made the switch."

Options
-------
None.

Example
-------
``Hi Jordan, we overlapped at Acme. I'm a data engineer in Lisbon. Thanks, Ada`` gives
``fail``: ``No invitation to talk and no reason to connect``.
"""

from __future__ import annotations

import re

from presence_audit.checks.base import CheckContext, Option
from presence_audit.checks.outreach import _note
from presence_audit.core.model import Evidence, Finding, Outcome
from presence_audit.text.folding import fold
from presence_audit.text.phrases import Hit
from presence_audit.text.quoting import quote

ID = "outreach.ask"
TITLE = "Note invites a conversation or says why"
CATEGORY = "outreach"
SEVERITY = "medium"
WEIGHT = 1
REQUIRES = ("note",)
OPTIONS: dict[str, Option] = {}


def check(ctx: CheckContext) -> Finding:
    note = _note.load(ctx)
    ask = find_ask(note)
    data = {"ask": ask[0] if ask else None,
            "quote": note.text[ask[1].start:ask[1].end] if ask else None}
    if ask is not None:
        kind, sentence, hit = ask
        label = {"question": "Asks them a question", "invitation": "Invites a conversation",
                 "reason": "Gives a reason to connect"}[kind]
        shown = quote(hit.text, keep_end=True) if hit is not None else note.quote(sentence)
        return Finding(Outcome.PASS, f"{label}: {shown}",
                       evidence=[Evidence(note.quote(sentence))], data=data)
    return Finding(
        Outcome.FAIL, "No question, invitation to talk or reason to connect",
        fix="Add one concrete ask — \"Would you be up for a 20-minute call about …?\" — or "
            "say why you are writing: \"I'd love to hear how you …\".",
        data=data,
    )


def find_ask(note: _note.Note) -> tuple[str, _note.Span, Hit | None] | None:
    """The first sentence that asks: a question to the reader (not "how are you?"), an
    invitation ("let's", "shall we", a call or coffee proposed with "would you", "happy to"
    …), or a stated reason ("I'm reaching out about …", "I'm hiring for …", "I'd value your
    advice on …"). A conversation word in a compliment ("how you talk about hiring") is not
    an invitation, and "would love to connect" is not a reason. A question or invitation
    whose only object is connecting ("Would you like to connect?", "Conectamos?", "Lass uns
    connecten!", "On se connecte ?") asks for nothing beyond the request itself."""
    for sentence in note.sentences():
        if note.is_question(sentence) and not _only_connecting(note, sentence):
            return "question", sentence, None
        polite = note.find("not_asks", sentence)
        invitations = _outside(note.find("invitations", sentence), polite)
        if invitations and not _only_connecting(note, sentence):
            return "invitation", sentence, invitations[0]
        talk = _outside(note.conversations(sentence), polite)
        proposals = note.find("proposals", sentence)
        # A proposal counts outside a connect-only phrase, or inside one that goes on to the
        # conversation: "I'd like to connect and share insights on …".
        if talk and (_outside(proposals, polite) or any(
                p.end <= talk[0].start
                and not _note.CLAUSE_BREAK.search(note.text[p.end:talk[0].start])
                for p in proposals)):
            return "invitation", sentence, talk[0]
        reasons = [h for h in _outside(note.find("reasons", sentence), polite)
                   if not _leads_into(note, h, polite)]
        if reasons:
            return "reason", sentence, reasons[0]
        # Applying to their opening is a wish to join them: "apliquei para Cloud Engineer na
        # Acme".
        applied = note.applications(sentence)
        if applied:
            return "reason", sentence, applied[0]
        bare = _sentence_initial(note, _outside(note.find("bare_reasons", sentence), polite),
                                 sentence)
        if bare:
            return "reason", sentence, bare[0]
        offer = _conditional_offer(note, sentence, polite)
        if offer is not None:
            return "reason", sentence, offer
        request = _polite_request(note, sentence)
        if request is not None:
            return "reason", sentence, request
    return None


_REQUEST_REACH = 4
"""Words after (or, at a clause's end, before) "please" that say what it asks."""


def _polite_request(note: _note.Note, sentence: _note.Span) -> Hit | None:
    """A request marked as one (``request_markers``: "please share your CV", "kindly assist",
    "envíame tu CV, por favor", "bitte senden Sie mir…", "veuillez me contacter"): the words
    that follow it in its clause — or, where it closes the clause, the words before it — ask
    for something. Not when they ask only to connect (``acceptance_words``, ``bare_connects``:
    "please accept my request", "bitte akzeptieren Sie") or excuse the note (``not_requests``:
    "please excuse the cold message")."""
    book = note.phrases
    refused = {*book.get("acceptance_words"), *book.get("bare_connects"),
               *book.get("not_requests")}
    for marker in note.find("request_markers", sentence):
        # The marker's own comma does not end what it asks: "Por gentileza, me envie…",
        # "Envíame tu CV, por favor."
        after = note.text[marker.end:sentence.end].lstrip(" ,")
        clause = _WORDS.findall(fold(_note.CLAUSE_BREAK.split(after)[0]))
        words = clause[:_REQUEST_REACH]
        if not words:  # closing its clause: what it asks comes before, all of that clause
            before = note.text[sentence.start:marker.start].rstrip(" ,")
            clause = words = _WORDS.findall(fold(_note.CLAUSE_BREAK.split(before)[-1]))
        said = f" {' '.join(clause)} "
        if words and not any(w in refused for w in words) and not any(
                f" {r} " in said for r in refused if " " in r):
            return marker
    return None


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _only_connecting(note: _note.Note, sentence: _note.Span) -> bool:
    """True when the sentence is about connecting (``bare_connects``: "connect", "conectar",
    "vernetzen", "se connecter") and names no conversation and no reason besides — and is not
    a question about something, whose last clause opens with a question word
    (``question_words``: "I am curious, what made you connect with me?")."""
    if not note.find("bare_connects", sentence):
        return False
    if note.last_clause_opens_with("question_words", sentence):
        return False
    return not (note.conversations(sentence) or note.find("reasons", sentence))


def _conditional_offer(note: _note.Note, sentence: _note.Span, polite: list[Hit]) -> Hit | None:
    """An offer or a request made on a condition: a sentence that opens with "if", "should
    you…" (``conditionals``) and goes on to propose ("If you're hiring, I'd be glad to share
    my background", "Si necesitas apoyo, me encantaría…", "Wenn Sie Hilfe brauchen, gerne
    würde ich…") or names an opening (``openings``: "If you have open vacancies…", "Should
    there be an opportunity in your team…", "Si tienes alguna vacante…"). Offering something,
    or asking about work, is a reason to connect; an offer only to connect ("if you agree,
    happy to connect") is not."""
    opening = _sentence_initial(note, note.find("conditionals", sentence), sentence)
    if not opening:
        return None
    after = [h for h in (*_outside(note.find("proposals", sentence), polite),
                         *note.find("openings", sentence))
             if h.start >= opening[0].end]
    return min(after, key=lambda h: h.start) if after else None


def _outside(hits: list[Hit], polite: list[Hit]) -> list[Hit]:
    """``hits`` that are not part of a polite non-ask such as "would love to connect"."""
    return [h for h in hits if not any(h.start < p.end and p.start < h.end for p in polite)]


_LINK_WORD = re.compile(r"\s*(?:[^\W\d_]{1,2}\s+)?")
"""What may stand between a reason and its object: a space, or one short word ("to", "à")."""


def _leads_into(note: _note.Note, hit: Hit, polite: list[Hit]) -> bool:
    """True when what ``hit`` is after is only connecting: "I'm looking to" + "expand my
    network", "estoy buscando" + "ampliar mi red", "je cherche à" + "élargir mon réseau"."""
    return any(p.start >= hit.end and _LINK_WORD.fullmatch(note.text[hit.end:p.start])
               for p in polite)


def _sentence_initial(note: _note.Note, hits: list[Hit], sentence: _note.Span) -> list[Hit]:
    """``hits`` that open their sentence, or follow a full stop inside it (a sentence that goes
    on in lower case: "Hope you're well. should there be…"): a reason with its subject left
    out ("Hiring SQL engineers.", "Buscando prácticas en datos."). Further in, the same words
    are seldom the sender's reason ("how you talk about hiring")."""
    return [h for h in hits
            if not re.search(r"\w", note.text[sentence.start:h.start])
            or re.search(r"[.!?]\s+$", note.text[sentence.start:h.start])]
