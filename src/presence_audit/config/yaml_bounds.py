"""YAML composed with bounds, so that no config file can exhaust memory, stack or patience.

PyYAML builds whatever the text describes: nine aliases of nine aliases of … ("billion
laughs") expand to gigabytes once the document is walked, and every nesting level costs
Python stack frames. The loader here refuses, with the line, a document that nests deeper than
``MAX_DEPTH`` levels or whose expansion (every alias counted as the nodes it stands for) holds
more than ``MAX_NODES`` nodes; the caller refuses files larger than ``MAX_BYTES`` before YAML
sees them. A real config is a few hundred nodes, a few levels deep and a few kilobytes.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 100_000


class YamlBoundsError(Exception):
    """The document passes a bound; ``line`` is 1-based, or None."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


class BoundedLoader(yaml.SafeLoader):
    """``SafeLoader`` that stops composing past ``MAX_DEPTH`` nested collections."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise YamlBoundsError(f"nests deeper than {MAX_DEPTH} levels", mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def oversized_node(root: yaml.Node) -> yaml.Node | None:
    """The first node found to stand for more than ``MAX_NODES`` nodes once every alias is
    expanded, or None. Shared nodes count once per use, as a reader of the data sees them;
    each node's own size is computed once, so this is linear in the composed document."""
    sizes: dict[int, int] = {}
    entered: set[int] = set()
    # Post-order without recursion: an alias chain is as deep as the document. A node met
    # again while its own children are being counted is an alias inside its own anchor: it
    # adds nothing here, and the loader's own check names it.
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes or (not children_done and id(node) in entered):
            continue
        children = _children(node)
        if not children_done:
            entered.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        total = 1 + sum(sizes.get(id(child), 0) for child in children)
        if total > MAX_NODES:
            return node
        sizes[id(node)] = total
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def compose_and_construct(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the data of one YAML document, within bounds.

    Raises ``YamlBoundsError`` or PyYAML's ``YAMLError``.
    """
    loader = BoundedLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        oversized = oversized_node(root)
        if oversized is not None:
            raise YamlBoundsError(
                f"expands to more than {MAX_NODES:,} values (aliases repeating aliases, as in "
                "a \"billion laughs\" document)", oversized.start_mark.line + 1)
        return root, loader.construct_document(root)
    finally:
        loader.dispose()
