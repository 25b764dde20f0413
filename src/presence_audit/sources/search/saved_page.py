"""Read a results page the user saved from their browser: engine, query, organic results.

One parse per page (lxml), XPath compiled once at import. Organic means the engine's own list of
web results in page order: ads, "People also ask", carousels, knowledge panels, Twitter boxes,
sitelinks, deep links and vertical blocks (images, videos, news, weather) are not results of
their own. Each engine's reader anchors on what a block *is* — a heading link with an outside
target inside the engine's result list — rather than on one era's class names, and records the
era it recognised.

A page that is not a result list is never an empty list: a CAPTCHA or "unusual traffic" page,
a consent interstitial and a "please enable JavaScript" page are ``blocked``; a page the tool
cannot find a result list in, or one saying there are no results, is ``error``. Both carry the
reason and what to do.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from lxml import etree, html

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.sources.http.charset import decode

SNIPPET_CHARS = 300

SAVE_ADVICE = (
    "Open a private window, search your name, wait until the results show, then File → Save "
    "Page As… (“Webpage, complete” or “HTML only”) and point search.saved at the file."
)


@dataclass(frozen=True)
class SavedPage:
    """What one saved page holds. ``status``: ``ok``, ``blocked`` or ``error``."""

    engine: str | None
    query: str | None
    status: str
    detail: str
    era: str | None = None
    results: list[SearchResult] = field(default_factory=list)
    advice: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "engine": self.engine, "query": self.query, "status": self.status,
            "detail": self.detail, "era": self.era,
            "results": [r.to_dict() for r in self.results],
        }


def _x(path: str) -> etree.XPath:
    return etree.XPath(path)


_TITLE = _x("string(//title)")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)")
_CANONICAL = _x("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"
                " | //base/@href")
_TEXT_NODES = _x("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")

# --- engine recognition -----------------------------------------------------------------------

_GOOGLE_MARK = _x(
    "boolean(//*[@id='rso' or @id='ires' or @id='search' or @id='gsr' or @id='captcha-form']"
    " | //a[starts-with(@href, '/url?q=')] | //form[contains(@action, 'google.')]"
    " | //input[@name='continue'][contains(@value, 'google.')]"
    " | //iframe[contains(@src, '/httpservice/retry/enablejs')])")
_BING_MARK = _x("boolean(//ol[@id='b_results'] | //*[@id='sb_form_q'])")
_DDG_MARK = _x("boolean(//*[@id='links_wrapper'] | //form[contains(@action, 'duckduckgo')]"
               " | //*[contains(@class, 'web-result') or contains(@class, 'result__a')]"
               " | //article[@data-testid='result'])")
_YAHOO_MARK = _x("boolean(//a[contains(@href, 'r.search.yahoo.com')]"
                 " | //form[contains(@action, 'search.yahoo.com')])")
_BRAVE_MARK = _x("boolean(//div[@id='results']/div[contains(@class, 'snippet')][@data-type]"
                 " | //meta[@content='Brave Search'])")
_STARTPAGE_MARK = _x("boolean(//html[contains(@class, 'startpage-html')]"
                     " | //form[contains(@action, 'startpage.com')] | //input[@name='query'])")

_TITLE_SUFFIXES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("duckduckgo", re.compile(r"^(?P<q>.*?) at DuckDuckGo\s*$", re.S)),
    ("brave", re.compile(r"^(?P<q>.*?) - Brave Search\s*$", re.S)),
    ("bing", re.compile(r"^(?P<q>.*?) - (Bing|Search|Suchen|Buscar|Rechercher|Pretraži)\s*$",
                        re.S)),
    ("yahoo", re.compile(r"^(?P<q>.*?) - Yahoo.*$", re.S)),
    ("google", re.compile(r"^(?P<q>.*?) - Google[ -]\w+\s*$", re.S)),
)

# --- blocks -----------------------------------------------------------------------------------

_GOOGLE_CAPTCHA = _x("boolean(//form[@id='captcha-form'] | //div[contains(@class, 'g-recaptcha')]"
                     " | //form[contains(@action, '/sorry/')])")
_GOOGLE_ENABLE_JS = _x("boolean(//iframe[contains(@src, '/httpservice/retry/enablejs')]"
                       " | //meta[@http-equiv='refresh'][contains(@content, 'enablejs')])")
_GOOGLE_CONSENT = _x("boolean(//form[contains(@action, 'consent.google.')])")
_NO_RESULTS_TEXT = re.compile(
    r"no results for this search|did not match any documents|keine übereinstimmenden "
    r"dokumente|there are no results for|no results found for|no hay resultados",
    re.IGNORECASE)
_CHALLENGE_TEXT = re.compile(
    r"unusual traffic|one last step|solve the challenge|are you a robot|verify you are human|"
    r"unfortunately, bots use duckduckgo too|please complete the following challenge",
    re.IGNORECASE)
_CONSENT_TEXT = re.compile(r"before you continue to google|bevor sie zu google weitergehen",
                           re.IGNORECASE)

# --- shared readers ---------------------------------------------------------------------------


def read_page(data: bytes) -> SavedPage:
    """Read the saved page ``data`` (the file's bytes)."""
    text, _ = decode(data)
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        return SavedPage(None, None, "error", f"not an HTML page ({exc})", advice=SAVE_ADVICE)
    page_url = _page_url(text, root)
    engine = _engine(root, page_url)
    if engine is None:
        return SavedPage(None, None, "error",
                         "not a results page of a known engine (Google, Bing, DuckDuckGo, "
                         "Brave, Startpage or Yahoo)", advice=SAVE_ADVICE)
    title = " ".join(str(_TITLE(root)).split())
    query = _QUERY_READERS[engine](root, title, page_url)
    era, results = _READERS[engine](root)
    if results:
        return SavedPage(engine, query, "ok", f"{len(results)} organic results", era, results)
    blocked = _blocked(engine, root)
    if blocked:
        return SavedPage(engine, query, "blocked", blocked, era, advice=_BLOCK_ADVICE)
    body = " ".join(" ".join(str(t) for t in _TEXT_NODES(root)).split())
    if _NO_RESULTS_TEXT.search(body):
        return SavedPage(engine, query, "error",
                         f"the {engine} page says it found no results", era,
                         advice="Check the query on the page, then save the results page again.")
    return SavedPage(engine, query, "error",
                     f"no recognisable {engine} result list on the page (an unknown layout, "
                     "or the page was saved before the results loaded)", era, advice=SAVE_ADVICE)


_BLOCK_ADVICE = (
    "The engine showed a check instead of results. Solve it in your browser (or accept or "
    "reject cookies), wait for the results, then save the page again."
)


def _blocked(engine: str, root: html.HtmlElement) -> str | None:
    body = " ".join(" ".join(str(t) for t in _TEXT_NODES(root)).split())
    if engine == "google":
        if _GOOGLE_CAPTCHA(root):
            return "Google's “unusual traffic” CAPTCHA page, not results"
        if _GOOGLE_ENABLE_JS(root):
            return "Google's “please enable JavaScript” page, not results"
        if _GOOGLE_CONSENT(root) or _CONSENT_TEXT.search(body):
            return "Google's consent page (“Before you continue to Google”), not results"
    if _CHALLENGE_TEXT.search(body):
        return f"a {engine} challenge page (“are you a robot”), not results"
    return None


def _page_url(text: str, root: html.HtmlElement) -> str:
    """Where the page came from, if the browser or the page says so."""
    saved = _SAVED_FROM.search(text[:2048])
    if saved:
        return saved.group(1)
    found = [str(v) for v in _CANONICAL(root)]
    return found[0] if found else ""


def _engine(root: html.HtmlElement, page_url: str) -> str | None:
    host = (urlsplit(page_url).hostname or "").lower()
    for name, marker in (("duckduckgo", "duckduckgo."), ("startpage", "startpage."),
                         ("brave", "search.brave."), ("yahoo", "yahoo."), ("bing", "bing."),
                         ("google", "google.")):
        if marker in host:
            return name
    # Order matters: DuckDuckGo's pages link Yahoo's ad redirector, Startpage shows Google's.
    for name, probe in (("bing", _BING_MARK), ("duckduckgo", _DDG_MARK), ("brave", _BRAVE_MARK),
                        ("startpage", _STARTPAGE_MARK), ("yahoo", _YAHOO_MARK),
                        ("google", _GOOGLE_MARK)):
        if probe(root):
            return name
    return None


def _first(values: Sequence[object]) -> str | None:
    for value in values:
        text = " ".join(str(value).split())
        if text:
            return text
    return None


def _query_from(inputs: etree.XPath, engine: str) -> Callable[[html.HtmlElement, str, str],
                                                                 str | None]:
    def read(root: html.HtmlElement, title: str, page_url: str) -> str | None:
        found = _first(inputs(root))
        if found:
            return found
        params = parse_qs(urlsplit(page_url).query)
        for key in ("q", "p", "query"):
            if params.get(key):
                return " ".join(params[key][0].split())
        for name, pattern in _TITLE_SUFFIXES:
            match = pattern.match(title)
            if name == engine and match and match.group("q").strip():
                return match.group("q").strip()
        return _continue_query(root)
    return read


_CONTINUE = _x("//input[@name='continue']/@value | //title/text()")


def _continue_query(root: html.HtmlElement) -> str | None:
    """The query of a blocked Google search, from the address the block would continue to."""
    for value in _CONTINUE(root):
        params = parse_qs(urlsplit(str(value).strip()).query)
        if params.get("q"):
            return " ".join(params["q"][0].split())
    return None


def _text(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _outside(url: str, own_hosts: tuple[str, ...]) -> bool:
    """An http(s) link to another site than the engine's own."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    host = parts.hostname.lower()
    return not any(host == own or host.endswith("." + own) for own in own_hosts)


# A snippet is the block's running text: not its links (title, URL line, "Cached"), not the
# URL line itself, not buttons or hidden helpers. Judged inside the block only: a consent
# dialog marks the whole page aria-hidden.
_NOT_SNIPPET_TAGS = frozenset({"a", "cite", "script", "style", "h2", "h3", "button", "svg"})


def _running_text(element: html.HtmlElement, into: list[str]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        skip = (tag in _NOT_SNIPPET_TAGS or child.get("role") == "button"
                or child.get("aria-hidden") == "true")
        if not skip:
            if child.text:
                into.append(child.text)
            _running_text(child, into)
        if child.tail:
            into.append(child.tail)


def _snippet(block: html.HtmlElement) -> str:
    parts: list[str] = [block.text or ""]
    _running_text(block, parts)
    text = " ".join(" ".join(parts).split())
    return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1] + "…"


def _ranked(found: Sequence[tuple[str, str, str]]) -> list[SearchResult]:
    return [SearchResult(rank=rank, title=title, url=url, snippet=snippet)
            for rank, (title, url, snippet) in enumerate(found, start=1)]


# --- Google -----------------------------------------------------------------------------------

# A blocked page keeps the CAPTCHA's token in a hidden "q": only the visible search box counts.
_GOOGLE_QUERY = _x("//textarea[@name='q']/text() | //input[@name='q'][not(@type='hidden')]/@value")
# The result list, most specific first: #rso since 2015, #search or #main on basic pages.
_GOOGLE_LISTS = tuple(_x(path) for path in ("//*[@id='rso']", "//*[@id='search']",
                                             "//*[@id='main']", "//body"))
# A result heading is an <h3> that is, or is inside, a link; every era since 2015 has one.
_GOOGLE_HEADINGS = _x(".//a[@href][.//h3] | .//h3[.//a[@href]]")
# What a block *is* when it is not an organic result: ads, "People also ask", knowledge panels,
# carousels with a header (Top stories, Twitter, videos), the right-hand column, sitelinks.
_GOOGLE_NOT_ORGANIC = _x(
    "boolean(ancestor::*[@id='tads' or @id='tadsb' or @id='bottomads' or @id='rhs'"
    " or @id='botstuff' or @data-text-ad or @aria-label='Ads'"
    " or contains(@class, 'related-question-pair') or contains(@class, 'kp-wholepage')"
    " or contains(@class, 'ads-ad') or self::g-section-with-header or self::g-scrolling-carousel"
    " or self::g-accordion-expander])")
# Recorded with each page so a reader change can be traced to the layout it met.
_GOOGLE_ERAS = (
    ("2025–2026, no div.g", _x("boolean(//*[@id='rso']//a[contains(@class, 'zReHs')])")),
    ("2022–2024, div.MjjYud", _x("boolean(//*[@id='rso']//div[contains(@class, 'MjjYud')])")),
    ("2020–2021, div.yuRUbf", _x("boolean(//*[@id='rso']//div[contains(@class, 'yuRUbf')])")),
    ("2018–2019, div.rc > div.r",
     _x("boolean(//*[@id='rso']//div[contains(@class, 'rc')]/div[contains(@class, 'r')])")),
    ("2015–2017, div.rc > h3.r",
     _x("boolean(//*[@id='rso']//div[@class='rc']/h3[contains(@class, 'r')])")),
    ("basic HTML, /url?q= links", _x("boolean(//a[starts-with(@href, '/url?q=')])")),
)


def _google_target(href: str) -> str:
    """``/url?q=<target>&…`` (basic-HTML pages, older eras) → the target; others unchanged."""
    parts = urlsplit(href)
    if parts.path == "/url" and (not parts.hostname or "google." in parts.hostname):
        params = parse_qs(parts.query)
        for key in ("q", "url"):
            if params.get(key):
                return params[key][0]
    return href


def _google_internal(url: str) -> bool:
    """Google's own search pages (verticals, more results), ad clicks and caches: not results.

    Google's other pages (google.com/docs/…) are results like any site's."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith(("googleadservices.com", "googleusercontent.com", "gstatic.com")):
        return True
    return ".google." in f".{host}" and parts.path.startswith(("/search", "/aclk", "/url"))


def _google_is_twitter_box(url: str) -> bool:
    # Google's Twitter carousel links carry Twitter's campaign marker for the results page.
    return "twcamp%5Eserp" in url or "twcamp^serp" in url


def _read_google(root: html.HtmlElement) -> tuple[str | None, list[SearchResult]]:
    era = next((name for name, probe in _GOOGLE_ERAS if probe(root)), None)
    containers: list[html.HtmlElement] = next(
        (hits for probe in _GOOGLE_LISTS if (hits := probe(root))), [])
    if not containers:
        return era, []
    found: list[tuple[str, str, str]] = []
    accepted: list[html.HtmlElement] = []
    seen: set[html.HtmlElement] = set()
    for heading in _GOOGLE_HEADINGS(containers[0]):
        link = heading if heading.tag == "a" else heading.xpath(".//a[@href]")[0]
        h3 = link if link.tag == "h3" else (link.xpath(".//h3") or link.xpath("ancestor::h3"))
        title_element = h3[0] if isinstance(h3, list) else heading
        url = _google_target(str(link.get("href")))
        if (not _outside(url, ()) or _google_internal(url) or _google_is_twitter_box(url)
                or _GOOGLE_NOT_ORGANIC(link) or _in_table(link, containers[0])):
            continue
        # A second heading inside an accepted result is one of its sitelinks.
        if any(block in link.iterancestors() for block in accepted):
            continue
        if link in seen:
            continue
        seen.add(link)
        title = _text(title_element)
        block = _block(link, containers[0], _GOOGLE_HEADINGS)
        accepted.append(block)
        found.append((title, url, _snippet(block)))
    return era, _ranked(found)


def _in_table(link: html.HtmlElement, container: html.HtmlElement) -> bool:
    """Sitelinks sit in a table inside the result list (some pages put the whole list in one)."""
    for parent in link.iterancestors():
        if parent is container:
            return False
        if parent.tag == "table":
            return True
    return False


def _block(link: html.HtmlElement, container: html.HtmlElement,
           headings: etree.XPath) -> html.HtmlElement:
    """The largest ancestor of ``link`` under ``container`` holding no other result heading."""
    block = link
    for parent in link.iterancestors():
        if parent is container:
            break
        if len(headings(parent)) > 1:
            break
        block = parent
    return block


# --- Bing -------------------------------------------------------------------------------------

_BING_QUERY = _x("//input[@id='sb_form_q']/@value | //textarea[@id='sb_form_q']/text()")
# Organic results are the list's own items; the answer panel and "People also ask" slider hold
# b_algo blocks too, but inside other items.
_BING_BLOCKS = _x("//ol[@id='b_results']/li[contains(concat(' ', @class, ' '), ' b_algo ')]")
_BING_TITLE = _x("(.//h2//a[@href])[1]")
_BING_HOSTS = ("bing.com",)


def _bing_target(href: str) -> str:
    """``bing.com/ck/a?…&u=a1<base64url>`` → the target; other links unchanged."""
    parts = urlsplit(href)
    if (parts.hostname or "").endswith("bing.com") and parts.path == "/ck/a":
        value = (parse_qs(parts.query).get("u") or [""])[0]
        if value.startswith("a1"):
            encoded = value[2:]
            try:
                return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
            except (binascii.Error, UnicodeDecodeError):
                return href
    return href


def _read_bing(root: html.HtmlElement) -> tuple[str | None, list[SearchResult]]:
    found: list[tuple[str, str, str]] = []
    wrapped = False
    for block in _BING_BLOCKS(root):
        links = _BING_TITLE(block)
        if not links:
            continue
        href = str(links[0].get("href"))
        wrapped = wrapped or "/ck/a?" in href
        url = _bing_target(href)
        if not _outside(url, ()) :
            continue
        title = _text(links[0])
        found.append((title, url, _snippet(block)))
    era = "ck/a-wrapped links (2023–)" if wrapped else "direct links (–2021)"
    return (era if found else None), _ranked(found)


# --- DuckDuckGo -------------------------------------------------------------------------------

_DDG_QUERY = _x("//input[@name='q']/@value")
_DDG_BLOCKS = _x(
    "//div[@id='links']/div[contains(concat(' ', @class, ' '), ' result ')"
    " or contains(@class, 'web-result')][not(contains(@class, 'result--ad'))"
    " and not(contains(@class, 'highlight_a'))"
    " and not(ancestor::*[contains(@class, 'results--ads')])]"
    " | //article[@data-testid='result']"
    " | //div[contains(@class, 'results')]/div[contains(@class, 'web-result')]"
    "[not(contains(@class, 'result--ad'))]")
_DDG_TITLE = _x("(.//h2//a[@href] | .//a[contains(@class, 'result__a')]"
                " | .//a[contains(@class, 'large')])[1]")
# Visually hidden helper text inside the heading, not part of the title.
_DDG_HIDDEN = re.compile(r"\s*Your browser indicates if you've visited this link\s*")
_DDG_HOSTS = ("duckduckgo.com",)


def _ddg_target(href: str) -> str:
    """``//duckduckgo.com/l/?uddg=<target>`` → the target; other links unchanged."""
    parts = urlsplit(urljoin("https://duckduckgo.com/", href))
    if parts.path == "/l/":
        target = (parse_qs(parts.query).get("uddg") or [""])[0]
        if target:
            return target
    return href


def _read_ddg(root: html.HtmlElement) -> tuple[str | None, list[SearchResult]]:
    found: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    era = None
    for block in _DDG_BLOCKS(root):
        links = _DDG_TITLE(block)
        if not links:
            continue
        url = _ddg_target(str(links[0].get("href")))
        if not _outside(url, _DDG_HOSTS) or url in seen:
            continue
        seen.add(url)
        era = ("html site" if "web-result" in (block.get("class") or "")
               else "JavaScript site")
        title = _DDG_HIDDEN.sub(" ", _text(links[0])).strip()
        found.append((title, url, _snippet(block)))
    return era, _ranked(found)


# --- Yahoo ------------------------------------------------------------------------------------

_YAHOO_QUERY = _x("//input[@name='p']/@value")
# Web results are div.res (2015) or div.algo (later); vertical blocks add "sc".
_YAHOO_BLOCKS = _x(
    "//div[@id='web']//div[(contains(concat(' ', @class, ' '), ' res ')"
    " or contains(concat(' ', @class, ' '), ' algo '))"
    " and not(contains(concat(' ', @class, ' '), ' sc '))]"
    "[not(ancestor::*[contains(@class, 'ads') or contains(@class, 'spns')])]")
_YAHOO_TITLE = _x("(.//h3//a[@href])[1]")


def _yahoo_target(href: str) -> str:
    """``r.search.yahoo.com/…/RU=<target>/RK=…`` → the target; other links unchanged."""
    if "r.search.yahoo.com" in href and "/RU=" in href:
        return unquote(href.split("/RU=", 1)[1].split("/RK=", 1)[0].split("/RS=", 1)[0])
    return href


def _read_yahoo(root: html.HtmlElement) -> tuple[str | None, list[SearchResult]]:
    found: list[tuple[str, str, str]] = []
    for block in _YAHOO_BLOCKS(root):
        links = _YAHOO_TITLE(block)
        if not links:
            continue
        url = _yahoo_target(str(links[0].get("href")))
        if not _outside(url, ("yahoo.com",)):
            continue
        title = _text(links[0])
        found.append((title, url, _snippet(block)))
    return ("div.res / div.algo" if found else None), _ranked(found)


# --- Brave ------------------------------------------------------------------------------------

_BRAVE_QUERY = _x("//input[@name='q']/@value")
# data-pos numbers every block, web or not: ranks follow page order among web snippets.
_BRAVE_BLOCKS = _x("//div[@id='results']//div[contains(concat(' ', @class, ' '), ' snippet ')]"
                   "[@data-type='web']")
_BRAVE_LINK = _x("(.//a[contains(@class, 'result-header') or contains(@class, 'heading')]"
                 " | .//a[@href][.//*[contains(@class, 'title')]])[1]")
_BRAVE_TITLE = _x("(.//*[contains(@class, 'snippet-title') or contains(@class, 'title')])[1]")


def _read_brave(root: html.HtmlElement) -> tuple[str | None, list[SearchResult]]:
    found: list[tuple[str, str, str]] = []
    for block in _BRAVE_BLOCKS(root):
        links = _BRAVE_LINK(block)
        if not links:
            continue
        url = str(links[0].get("href"))
        if not _outside(url, ("brave.com",)):
            continue
        titles = _BRAVE_TITLE(links[0])
        title = _text(titles[0]) if titles else _text(links[0])
        found.append((title, url, _snippet(block)))
    return ("div.snippet[data-type=web]" if found else None), _ranked(found)


# --- Startpage --------------------------------------------------------------------------------

_STARTPAGE_QUERY = _x("//input[@name='query']/@value | //input[@id='q']/@value")
_STARTPAGE_BLOCKS = _x(
    "//div[contains(@class, 'w-gl__result') and not(contains(@class, 'w-gl__result-'))]"
    " | //div[contains(concat(' ', @class, ' '), ' result ')]"
    "[.//a[contains(@class, 'result-title') or contains(@class, 'result-link')]]")
_STARTPAGE_LINK = _x("(.//a[contains(@class, 'result-title') or contains(@class, 'result-link')"
                     " or contains(@class, 'w-gl__result-title')])[1]")


def _read_startpage(root: html.HtmlElement) -> tuple[str | None, list[SearchResult]]:
    found: list[tuple[str, str, str]] = []
    for block in _STARTPAGE_BLOCKS(root):
        if block.xpath("ancestor::*[contains(@class, 'w-gl__result')]"):
            continue
        links = _STARTPAGE_LINK(block)
        if not links:
            continue
        url = str(links[0].get("href"))
        if not _outside(url, ("startpage.com",)):
            continue
        heading = links[0].xpath(".//h2 | .//h3")
        title = _text(heading[0]) if heading else _text(links[0])
        found.append((title, url, _snippet(block)))
    return (None, _ranked(found))


_READERS: dict[str, Callable[[html.HtmlElement], tuple[str | None, list[SearchResult]]]] = {
    "google": _read_google, "bing": _read_bing, "duckduckgo": _read_ddg, "yahoo": _read_yahoo,
    "brave": _read_brave, "startpage": _read_startpage,
}
_QUERY_READERS = {
    "google": _query_from(_GOOGLE_QUERY, "google"),
    "bing": _query_from(_BING_QUERY, "bing"),
    "duckduckgo": _query_from(_DDG_QUERY, "duckduckgo"),
    "yahoo": _query_from(_YAHOO_QUERY, "yahoo"),
    "brave": _query_from(_BRAVE_QUERY, "brave"),
    "startpage": _query_from(_STARTPAGE_QUERY, "startpage"),
}
