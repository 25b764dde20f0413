"""One lxml parse per page: decoding as browsers do, text as a reader sees it, no raising."""

from __future__ import annotations

import pytest

from presence_audit.sources import html_tree


@pytest.mark.parametrize("body", [b"", b"   \n", "", b"<!-- only a comment -->"])
def test_an_empty_or_odd_page_is_an_empty_document_not_an_error(body: bytes | str) -> None:
    document = html_tree.parse(body)
    assert document.root.tag == "html"
    assert html_tree.visible_text(document.root).strip() == ""


@pytest.mark.parametrize("body", [b"\x00\x00<p>a", bytes(range(256)) * 4, b"<" * 10_000,
                                  "<div>" * 5_000])
def test_garbage_parses_without_raising(body: bytes | str) -> None:
    assert html_tree.parse(body).root.tag == "html"


def test_bytes_are_decoded_by_the_charset_rules_before_lxml_reads_them() -> None:
    latin = "<html><head><meta charset=iso-8859-1><title>Café</title></head></html>"
    document = html_tree.parse(latin.encode("cp1252"))
    assert document.encoding == "cp1252"  # iso-8859-1 is read as windows-1252, as browsers do
    assert html_tree.text(document.root.find(".//title")) == "Café"
    with_bom = html_tree.parse("\ufeff<title>Ação</title>".encode())
    assert html_tree.text(with_bom.root.find(".//title")) == "Ação"


def test_a_header_charset_wins_over_the_page() -> None:
    body = "<meta charset=utf-8><p>Zoë</p>".encode("cp1252")
    document = html_tree.parse(body, "text/html; charset=windows-1252")
    assert html_tree.text(document.root.find(".//p")) == "Zoë"


def test_text_leaves_out_code_comments_and_templates_but_keeps_what_follows_them() -> None:
    root = html_tree.parse("<div>Ada<!-- note -->Example<script>x()</script><style>p{}</style>"
                           "<template>hidden</template> works<br>here</div>").root
    div = root.find(".//div")
    assert html_tree.text(div, " ") == "Ada Example  works here"
    assert html_tree.text(div) == "AdaExample workshere"


def test_the_tree_is_only_changed_by_drop_invisible() -> None:
    root = html_tree.parse("<p>Hi<noscript>enable JS</noscript> there</p><nav>Menu</nav>").root
    assert "enable JS" in html_tree.visible_text(root)
    html_tree.drop_invisible(root, ("nav",))
    assert " ".join(html_tree.visible_text(root).split()) == "Hi there"


def test_token_list_attributes_read_as_single_spaced_words() -> None:
    root = html_tree.parse('<a class=" a  b " href=" /x y ">x</a>').root
    link = root.find(".//a")
    assert html_tree.attribute(link, "class") == "a b"
    assert html_tree.attribute(link, "href") == "/x y"
    assert html_tree.attribute(link, "title") is None
    assert html_tree.classes(link) == ["a", "b"]


def test_has_class_matches_whole_tokens_only() -> None:
    root = html_tree.parse('<p class="card-title">no</p><p class="x card">yes</p>').root
    found = html_tree.xpath(f"//p[{html_tree.has_class('card')}]")(root)
    assert [html_tree.text(p) for p in found] == ["yes"]


def test_parsers_are_per_thread() -> None:
    from concurrent.futures import ThreadPoolExecutor

    pages = [f"<title>page {n}</title>".encode() for n in range(40)]
    with ThreadPoolExecutor(4) as pool:
        titles = list(pool.map(
            lambda body: html_tree.text(html_tree.parse(body).root.find(".//title")), pages))
    assert titles == [f"page {n}" for n in range(40)]
