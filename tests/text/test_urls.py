"""Same site, same profile: the comparisons the search checks rely on."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from presence_audit.text.urls import (
    normalize_profile_url,
    profile_matches,
    registrable_domain,
    same_site,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://adaexample.dev/", "adaexample.dev"),
        ("https://blog.adaexample.dev/posts/1", "adaexample.dev"),
        ("HTTPS://WWW.AdaExample.DEV", "adaexample.dev"),
        ("adaexample.dev", "adaexample.dev"),
        ("www.adaexample.dev/about", "adaexample.dev"),
        ("adaexample.dev:8443", "adaexample.dev"),
        ("https://adaexample.dev.evil.io/x", "evil.io"),
        ("https://forums.bbc.co.uk/", "bbc.co.uk"),
        ("https://ada-example.github.io/", "ada-example.github.io"),
        ("https://www.adaexample.dev./", "adaexample.dev"),
        ("localhost", "localhost"),
        ("http://localhost:8080/", "localhost"),
        ("http://foo.example/", "foo.example"),
        ("http://127.0.0.1:8000/", "127.0.0.1"),
        ("http://[::1]/", "::1"),
        ("ftp://adaexample.dev/", None),
        ("mailto:ada@adaexample.dev", None),
        ("javascript:alert(1)", None),
        ("", None),
        ("https://", None),
    ],
)
def test_registrable_domain(given: str, expected: str | None) -> None:
    assert registrable_domain(given) == expected


@pytest.mark.parametrize(
    ("url", "domain", "expected"),
    [
        ("https://adaexample.dev/", "adaexample.dev", True),
        ("https://blog.adaexample.dev/x", "adaexample.dev", True),
        ("http://WWW.ADAEXAMPLE.DEV/About", "adaexample.dev", True),
        ("https://adaexample.dev/", "https://www.adaexample.dev/", True),
        ("https://adaexample.dev.evil.io/", "adaexample.dev", False),
        ("https://notadaexample.dev/", "adaexample.dev", False),
        ("https://adaexample.dev-host.com/", "adaexample.dev", False),
        ("https://someone.github.io/", "ada-example.github.io", False),
        ("ftp://adaexample.dev/", "adaexample.dev", False),
        ("adaexample.dev/no-scheme", "adaexample.dev", False),
        ("not a url", "adaexample.dev", False),
        ("http://localhost:8080/", "localhost", True),
    ],
)
def test_same_site(url: str, domain: str, expected: bool) -> None:
    assert same_site(url, domain) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://uk.linkedin.com/in/Ada-Example/?trk=x", "linkedin.com/in/ada-example"),
        ("https://www.linkedin.com/in/ada-example/", "linkedin.com/in/ada-example"),
        ("http://linkedin.com/in/ada-example#about", "linkedin.com/in/ada-example"),
        ("https://pt.linkedin.com/in/ada-example", "linkedin.com/in/ada-example"),
        ("https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/", "linkedin.com/in/josé-garcía"),
        ("https://GitHub.com/Ada-Example", "github.com/ada-example"),
        ("https://www.github.com/ada-example/pipelines/issues?q=1", "github.com/ada-example"),
        ("https://github.com/", "github.com"),
        ("https://www.Medium.com/@AdaExample/", "medium.com/@AdaExample"),
        ("https://ada.substack.com", "ada.substack.com"),
        ("https://example.org/people/ada%20example/?x=1#top", "example.org/people/ada example"),
        ("ftp://github.com/ada-example", None),
        ("linkedin.com/in/ada-example", None),
    ],
)
def test_normalize_profile_url(url: str, expected: str | None) -> None:
    assert normalize_profile_url(url) == expected


@pytest.mark.parametrize(
    ("result", "profile", "expected"),
    [
        ("https://pt.linkedin.com/in/ada-example", "https://www.linkedin.com/in/ada-example/",
         True),
        ("https://www.linkedin.com/in/ada-example/details/experience/",
         "https://www.linkedin.com/in/ada-example/", True),
        ("https://au.linkedin.com/in/ada-example-7b3a2b1a8",
         "https://www.linkedin.com/in/ada-example/", False),
        ("https://www.linkedin.com/company/acme-analytics",
         "https://www.linkedin.com/in/ada-example/", False),
        ("https://github.com/Ada-Example/dbt-quality-gates", "https://github.com/ada-example",
         True),
        ("https://github.com/adaexample", "https://github.com/ada-example", False),
        ("https://gist.github.com/ada-example", "https://github.com/ada-example", False),
        ("https://medium.com/@adaexample/a-post-3f9c", "https://medium.com/@adaexample", True),
        ("https://medium.com/@adaexample2", "https://medium.com/@adaexample", False),
        ("https://linkedin.com.evil.io/in/ada-example", "https://linkedin.com/in/ada-example",
         False),
        ("ftp://github.com/ada-example", "https://github.com/ada-example", False),
        ("https://github.com/ada-example", "mailto:ada@adaexample.dev", False),
    ],
)
def test_profile_matches(result: str, profile: str, expected: bool) -> None:
    assert profile_matches(result, profile) is expected


def test_the_bundled_list_is_read_without_network_or_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from presence_audit.text import public_suffix

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the suffix list tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    public_suffix.rules.cache_clear()
    try:
        assert registrable_domain("https://a.b.example.co.uk/") == "example.co.uk"
        assert registrable_domain("https://ada.netlify.app/") == "ada.netlify.app"
    finally:
        public_suffix.rules.cache_clear()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("https://blog.adaexample.dev/x", "adaexample.dev"),
        ("adaexample.dev", "adaexample.dev"),
        ("https://medium.com/@ada/post-1", "medium.com/@ada"),
        ("https://www.behance.net/AdaExample", "behance.net/adaexample"),
        ("https://ada.wordpress.com/about", "ada.wordpress.com"),
        ("https://sites.google.com/view/ada/home", "sites.google.com/view/ada"),
        ("https://github.com/ada-example/repo", "github.com/ada-example"),
        ("https://ada.github.io/", "ada.github.io"),
        ("medium.com/@ada", "medium.com/@ada"),
        ("https://medium.com/", "medium.com"),
        ("ftp://adaexample.dev", None),
    ],
)
def test_site_key_scopes_shared_sites_to_the_persons_own_part(address: str,
                                                              key: str | None) -> None:
    from presence_audit.text.urls import site_key

    assert site_key(address) == key


@pytest.mark.parametrize(
    ("url", "site", "expected"),
    [
        ("https://medium.com/@ada/a-post", "https://medium.com/@ada", True),
        ("https://medium.com/@someone/a-post", "https://medium.com/@ada", False),
        ("https://medium.com/tag/data", "https://medium.com/@ada", False),
        ("https://notes.ada.wordpress.com/", "https://ada.wordpress.com", True),
        ("https://bob.wordpress.com/", "https://ada.wordpress.com", False),
        ("https://sites.google.com/view/bob", "https://sites.google.com/view/ada", False),
    ],
)
def test_a_portfolio_on_a_shared_site_owns_only_its_own_pages(url: str, site: str,
                                                              expected: bool) -> None:
    from presence_audit.text.urls import same_site

    assert same_site(url, site) is expected
