"""One lxml parse per page, and the few tree reads every HTML extractor shares.

The extractors (LinkedIn saved pages, portfolio and profile pages, the target page of
``preflight``) read one tree built by libxml2 through lxml, and find what they need with
XPath expressions compiled once per process. Each expression is anchored on an element name
wherever the markup allows (``//section[@data-section]``, ``//h1[…]``): libxml2 walks the
tree in C and compares names, which on a 270 KB profile page costs a few hundredths of a
millisecond, where a Python-level walk of the same tree costs a millisecond or more.

Readers share one parse and leave the tree as they found it, except for one step named
as such: ``drop_invisible`` removes script, style, template and noscript elements, for a
reader that wants only what a visitor sees and has read everything else already.

Text follows what a reader sees (and what BeautifulSoup's ``get_text`` returned before):
the text of ``<script>``, ``<style>`` and ``<template>`` is not page text, comments are not
either, and each text node is one piece, so ``text(element, " ")`` puts a space between
``<b>Ada</b>Example``'s two pieces as a browser's layout would.
"""

from __future__ import annotations

import codecs
import threading
from collections.abc import Iterator
from functools import cached_property

from lxml import etree
from lxml import html as lxml_html

from presence_audit.sources.http import charset

Element = lxml_html.HtmlElement

NOT_TEXT = frozenset({"script", "style", "template"})
"""Elements whose content is code or inert markup, not text a visitor reads."""
HIDDEN = NOT_TEXT | {"noscript"}
"""…and what a visitor does not see either (the fallback shown only without scripts)."""
TOKEN_LISTS = frozenset({"class", "rel", "rev", "accept-charset", "headers", "accesskey",
                         "dropzone"})
"""Attributes that hold a space-separated list of tokens."""

_EMPTY = b"<html><head></head><body></body></html>"
_local = threading.local()


def xpath(expression: str) -> etree.XPath:
    """An XPath compiled once; plain strings come back, not lxml's "smart" strings, which
    keep a reference to their element and cost an object each."""
    return etree.XPath(expression, smart_strings=False)


def has_class(name: str) -> str:
    """An XPath predicate body: the element's ``class`` holds the token ``name``.

    The cheap ``contains`` test runs first, so the token test runs on few elements.
    """
    return (f"contains(@class, '{name}') and "
            f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")


class Document:
    """A parsed page: its root ``<html>`` element, the encoding its bytes were read with
    (``None`` for text), and its text, decoded when first asked for."""

    def __init__(self, root: Element, encoding: str | None, body: bytes | str) -> None:
        self.root = root
        self.encoding = encoding
        self._body = body

    @cached_property
    def text(self) -> str:
        if isinstance(self._body, str):
            return self._body
        return charset.decode(self._body, self.encoding)[0]


def _parser() -> lxml_html.HTMLParser:
    # lxml parsers are not thread-safe and collectors run in threads: one parser per thread.
    parser: lxml_html.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = lxml_html.HTMLParser(encoding="utf-8", default_doctype=False)
        _local.parser = parser
    return parser


def parse(body: bytes | str, content_type: str | None = None) -> Document:
    """Parse a page once. Bytes are read in the encoding browsers would pick
    (``sources.http.charset``) and handed to libxml2 as UTF-8 — as they are when they are
    UTF-8 already, which spares decoding and encoding the whole page. Undecodable bytes become
    U+FFFD either way. Never raises on bad input: an empty or unparseable page is an empty
    document."""
    if isinstance(body, str):
        encoding = None
        data = body.encode("utf-8", errors="replace")
    else:
        encoding = charset.detect(body, charset.parse_content_type(content_type)[1])
        if encoding == "utf-8":
            data = body.removeprefix(codecs.BOM_UTF8)
        else:
            data = charset.decode(body, encoding)[0].encode("utf-8", errors="replace")
    try:
        root = lxml_html.document_fromstring(data or _EMPTY, parser=_parser())
    except (etree.LxmlError, ValueError):
        root = lxml_html.document_fromstring(_EMPTY, parser=_parser())
    return Document(root, encoding, body)


def parse_fragment(markup: str) -> Element:
    """A piece of HTML (a summary with ``<br>``s) as the ``<body>`` of its own document."""
    document = parse(markup).root
    body = document.find("body")
    return body if body is not None else document


def pieces(element: Element, skip: frozenset[str] = NOT_TEXT) -> Iterator[str]:
    """The element's text nodes in document order, leaving out those inside ``skip``."""
    stack: list[tuple[Element, bool]] = [(element, False)]
    while stack:
        node, tail_only = stack.pop()
        if not tail_only:
            if isinstance(node.tag, str) and node.tag not in skip:
                if node.text:
                    yield node.text
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node))
                continue
            stack.append((node, True))
            continue
        if node is not element and node.tail:
            yield node.tail


def text(element: Element | None, separator: str = "",
         skip: frozenset[str] = NOT_TEXT) -> str:
    """The element's text, its pieces joined with ``separator``; ``""`` for ``None``."""
    if element is None:
        return ""
    return separator.join(pieces(element, skip))


def first(found: list[Element]) -> Element | None:
    return found[0] if found else None


def classes(element: Element) -> list[str]:
    return (element.get("class") or "").split()


def attribute(element: Element | None, name: str) -> str | None:
    """An attribute's value, stripped (a list of tokens such as ``class="a  b"`` reads
    ``"a b"``); ``None`` when missing or blank."""
    if element is None:
        return None
    value = element.get(name)
    if value is None:
        return None
    if name in TOKEN_LISTS:
        return " ".join(value.split()) or None
    return value.strip() or None


def drop_invisible(root: Element, extra: tuple[str, ...] = ()) -> None:
    """Remove what a visitor never reads (script, style, template, noscript, and ``extra``
    element names), keeping the text that follows each. This changes the tree: call it after
    everything else has been read from it."""
    etree.strip_elements(root, "script", "style", "template", "noscript", *extra,
                         with_tail=False)


def visible_text(root: Element, separator: str = " ") -> str:
    """All text left in the tree, in document order, comments left out."""
    return separator.join(root.itertext())
