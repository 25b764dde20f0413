"""Registrable domains from the Public Suffix List snapshot that ``tldextract`` ships.

Importing ``tldextract`` imports ``requests``, ``filelock`` and its own cache machinery, and
building its extractor parses the list again on every process start (≈ 40 ms together), while all
the tool needs is one lookup table, offline and the same everywhere. So the list is read
from ``tldextract``'s bundled snapshot file directly — found with ``importlib.util.find_spec``,
which locates the package without running it — once per process, on first use, and matched
here with the list's own algorithm (https://publicsuffix.org/list/): the longest matching
rule wins, ``*.`` rules match any one label, ``!`` exceptions take one label off. Nothing is
fetched and nothing is written. Both sections of the list count, so private suffixes
(``github.io``, ``netlify.app``) make ``ada.github.io`` and ``bo.github.io`` two sites, as
``tldextract`` did with ``include_psl_private_domains``.

Labels in punycode (``xn--…``) are matched in their Unicode form, as the list writes them;
results keep the host's own spelling. A host under no rule has no public suffix: ``None``,
and callers treat such a host (``localhost``, ``printer.lan``) as its own site.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from presence_audit.core.fileio import package_file

SNAPSHOT_PACKAGE = "tldextract"
SNAPSHOT_FILE = ".tld_set_snapshot"
_DOTS = re.compile("[.\u3002\uff0e\uff61]")
"""Label separators: the full stop and the ideographic and full-width ones IDNA maps to it."""


class SuffixListMissingError(RuntimeError):
    """The bundled list could not be found: the installation is broken."""


class SuffixRules(NamedTuple):
    exact: frozenset[str]
    wildcard: frozenset[str]  # "ck" for the rule "*.ck"
    exception: frozenset[str]  # "www.ck" for the rule "!www.ck"

    def suffix_labels(self, labels: list[str]) -> int:
        """How many of the (Unicode, lowercased) labels are the public suffix; 0 for none."""
        count = len(labels)
        for start in range(count):
            candidate = ".".join(labels[start:])
            if candidate in self.exception:
                return count - start - 1
            if candidate in self.exact:
                return count - start
            if start + 1 < count and ".".join(labels[start + 1:]) in self.wildcard:
                return count - start
        return 0


def parse_rules(data: bytes) -> SuffixRules:
    """The rules of a list in the ``public_suffix_list.dat`` format (UTF-8): each line's
    first word, unless the line is blank, a ``//`` comment or starts with whitespace.

    Line by line rather than with a multi-line regex, which tries every position of the
    316 KB list: a third less of the time it takes at every start-up that reads a URL.
    """
    rules = [_first_word(line) for line in data.decode("utf-8").lower().split("\n")
             if line and line[0] != "/" and not line[0].isspace()]
    return SuffixRules(
        exact=frozenset(rule for rule in rules if rule[0] not in "!*"),
        wildcard=frozenset(rule[2:] for rule in rules if rule[0] == "*"),
        exception=frozenset(rule[1:] for rule in rules if rule[0] == "!"),
    )


def _first_word(line: str) -> str:
    # Nearly every line is one word: any whitespace but the space is unprintable.
    return line if line.isprintable() and " " not in line else line.split(None, 1)[0]


def snapshot_path() -> Path:
    path = package_file(SNAPSHOT_PACKAGE, SNAPSHOT_FILE)
    if path is not None:
        return path
    raise SuffixListMissingError(
        f"the Public Suffix List snapshot of {SNAPSHOT_PACKAGE} was not found; reinstall "
        "presence-audit")


@cache
def rules() -> SuffixRules:
    """The bundled list, read once per process."""
    return parse_rules(snapshot_path().read_bytes())


def _unicode_label(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label


def registrable(host: str) -> str | None:
    """``blog.ada.dev`` → ``ada.dev``; ``None`` for a host that is a public suffix itself or
    is under no rule. ``host`` is a lowercased host name without a trailing dot."""
    labels = [label for label in _DOTS.split(host) if label]
    suffix = rules().suffix_labels([_unicode_label(label) for label in labels])
    if suffix == 0 or suffix >= len(labels):
        return None
    return ".".join(labels[-suffix - 1:])
