"""Personal details a page exposes: phone numbers and street addresses.

Sources, most certain first: ``tel:`` links, schema.org ``telephone`` and ``streetAddress``
anywhere in the JSON-LD, an h-card's ``p-tel`` and ``p-street-address``, then the visible
text, read with patterns for common formats:

- phones: international numbers (``+351 912 345 678``, ``0044 20 7946 0958``) with 8–15
  digits, and national numbers written in 3–5 groups (``(555) 123-4567``, ``912 345 678``,
  ``01 23 45 67 89``) with 9–12 digits; grouped thousands (``1 000 000``), dates and runs of
  years are not phones;
- addresses: a number and a street word (``221 Baker Street``, ``12 rue de la Paix``) or a
  street word and a number (``Rua Augusta 25``, ``Hauptstraße 5``).

The patterns have bounded repetition only, so scanning stays linear in the page's size. They
find what looks like a phone or an address; whether it is personal is for the user to decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from presence_audit.core.model import JSONDict

MAX_FINDINGS = 10
MAX_JSON_DEPTH = 30

_INTERNATIONAL = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?![\w])"
)
_NATIONAL = re.compile(
    r"(?<![\w.+/\-])(?<!\d[ .,])\(?\d{2,4}\)?[ .\-]\d{2,4}(?:[ .\-]\d{2,4}){1,3}(?![\w/\-])"
)
_STREET_WORDS_EN = (
    r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|"
    r"Way|Court|Ct\.?|Place|Pl\.?|Terrace|Close|Square|Sq\.?|Parkway|Crescent"
)
_ADDRESS_PATTERNS = (
    # 221 Baker Street, 10 Downing St.
    re.compile(
        rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'’.\-]*\s+){{1,4}}(?:{_STREET_WORDS_EN})(?!\w)"
    ),
    # 12 rue de la Paix, 3 avenue Victor Hugo
    re.compile(
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|"
        r"impasse|quai)\s+[^\n,.;]{2,40}",
        re.IGNORECASE,
    ),
    # Rua Augusta 25, Avenida da Liberdade, 110, Calle Mayor 5, Via Roma 10
    re.compile(
        r"\b(?:Rua|Avenida|Av\.|Travessa|Largo|Praça|Calle|Carrer|Avinguda|Via|Viale|Piazza|"
        r"Plaza|Paseo)\s+(?:(?:d[aeo]s?|de la|del|di|della)\s+)?[A-ZÀ-Þ][\w'’.\-]*"
        r"(?:\s+[A-ZÀ-Þa-zß-ÿ][\w'’.\-]*){0,3},?\s+(?:n\.?º\s*)?\d{1,4}[A-Za-z]?\b"
    ),
    # Hauptstraße 5, Lindenweg 12a
    re.compile(
        r"\b[A-ZÄÖÜ][a-zäöüß]{2,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ring)"
        r"\s+\d{1,4}[a-z]?\b"
    ),
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def scan(
    visible_text: str,
    *,
    tel_links: Iterable[str] = (),
    json_ld: Iterable[Any] = (),
    h_card_phones: Iterable[str] = (),
    h_card_addresses: Iterable[str] = (),
) -> JSONDict:
    """``{"phones": [...], "addresses": [...]}``, each item ``{"text", "where": [...]}``."""
    phones = _Collector(_digits, _same_number)
    addresses = _Collector(lambda text: " ".join(text.lower().split()))
    for number in tel_links:
        phones.add(number, "tel link")
    structured_phones, structured_addresses = _from_json_ld(json_ld)
    for number in structured_phones:
        phones.add(number, "JSON-LD")
    for address in structured_addresses:
        addresses.add(address, "JSON-LD")
    for number in h_card_phones:
        phones.add(number, "h-card")
    for address in h_card_addresses:
        addresses.add(address, "h-card")
    for number in phone_numbers(visible_text):
        phones.add(number, "text")
    for address in street_addresses(visible_text):
        addresses.add(address, "text")
    return {"phones": phones.items, "addresses": addresses.items}


def phone_numbers(text: str) -> Iterator[str]:
    """Phone-number-looking strings in ``text``, in order."""
    for match in _INTERNATIONAL.finditer(text):
        if 8 <= len(_digits(match.group())) <= 15:
            yield match.group()
    for match in _NATIONAL.finditer(text):
        candidate = match.group()
        if 9 <= len(_digits(candidate)) <= 12 and not _only_years(candidate):
            yield candidate


def street_addresses(text: str) -> Iterator[str]:
    """Street-address-looking strings in ``text``, pattern by pattern."""
    for pattern in _ADDRESS_PATTERNS:
        for match in pattern.finditer(text):
            yield " ".join(match.group().split()).rstrip(",")


def _only_years(text: str) -> bool:
    # "2019 2020 2021" in a timeline is not a phone number.
    return all(_YEAR.fullmatch(group) for group in re.split(r"[ .\-()]+", text) if group)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _same_number(a: str, b: str) -> bool:
    # "+351 912 345 678" and "912 345 678" are one number: compare the trailing digits.
    return min(len(a), len(b)) >= 9 and (a.endswith(b) or b.endswith(a))


class _Collector:
    """Unique findings (by a normalised key) with every place each was seen, capped."""

    def __init__(self, key: Callable[[str], str],
                 same: Callable[[str, str], bool] | None = None) -> None:
        self._key = key
        self._same = same
        self._by_key: dict[str, JSONDict] = {}
        self.items: list[JSONDict] = []

    def add(self, text: str, where: str) -> None:
        text = " ".join(text.split())
        key = self._key(text)
        if not key:
            return
        existing = self._by_key.get(key)
        if existing is None and self._same is not None:
            existing = next((item for known, item in self._by_key.items()
                             if self._same(known, key)), None)
        if existing is not None:
            if where not in existing["where"]:
                existing["where"].append(where)
            if " " in text and " " not in existing["text"]:
                # Keep the spelling a reader would recognise, not a tel: link's digits.
                existing["text"] = text
            return
        if len(self.items) >= MAX_FINDINGS:
            return
        item: JSONDict = {"text": text, "where": [where]}
        self._by_key[key] = item
        self.items.append(item)


def _from_json_ld(blocks: Iterable[Any]) -> tuple[list[str], list[str]]:
    phones: list[str] = []
    addresses: list[str] = []
    stack: list[tuple[Any, int]] = [(block, 0) for block in reversed(list(blocks))]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            continue
        if isinstance(node, list):
            stack += [(child, depth + 1) for child in reversed(node)]
        elif isinstance(node, dict):
            telephone = node.get("telephone")
            for value in telephone if isinstance(telephone, list) else [telephone]:
                if isinstance(value, str) and value.strip():
                    phones.append(value)
            street = node.get("streetAddress")
            if isinstance(street, str) and street.strip():
                locality = node.get("addressLocality")
                addresses.append(
                    f"{street}, {locality}" if isinstance(locality, str) and locality else street
                )
            stack += [(child, depth + 1) for child in reversed(list(node.values()))]
    return phones, addresses
