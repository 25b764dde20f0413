"""Classification of search results: owned, about-you, namesake, unrelated — with the reason."""

from __future__ import annotations

from dataclasses import replace

import pytest

from presence_audit.core.artifacts.serps import SearchResult
from presence_audit.core.model import Subject
from presence_audit.text.classify import (
    ABOUT_YOU,
    NAMESAKE,
    OWNED,
    UNRELATED,
    UNSURE,
    Classifier,
    address_key,
    annotate_lists,
    classify,
    mentions,
)

ADA = Subject(
    name="Ada Example",
    aliases=("A. Example", "Ada Exemplo"),
    profession="data engineer",
    location="Lisbon",
    context=("Acme Analytics", "University of Porto"),
    portfolio_url="https://adaexample.dev",
    linkedin_url="https://www.linkedin.com/in/ada-example/",
    github_login="ada-example",
    other_profiles=("https://speakerdeck.com/adaexample",),
    not_me=("adaexamplestudio.com.au", "https://github.com/adaexample",
            "https://www.smiledentalcare.co.uk/team/dr-ada-example/"),
)

CASES = [
    # owned: the portfolio's registrable domain, any subdomain or path
    ("https://adaexample.dev/", "Hi", "", OWNED, "on your site adaexample.dev"),
    ("https://blog.adaexample.dev/posts/streaming", "Post", "", OWNED, "adaexample.dev"),
    ("http://ADAEXAMPLE.dev/talks/x?utm=1", "", "", OWNED, "adaexample.dev"),
    # owned: configured profiles, normalised, with their sub-pages
    ("https://www.linkedin.com/in/Ada-Example/?trk=x", "", "", OWNED, "your LinkedIn profile"),
    ("https://pt.linkedin.com/in/ada-example/details/experience", "", "", OWNED, "LinkedIn"),
    ("https://github.com/ada-example/dbt-quality-gates", "", "", OWNED, "your GitHub profile"),
    ("https://speakerdeck.com/adaexample/streaming", "", "", OWNED,
     "your profile speakerdeck.com/adaexample"),
    # lookalikes are never owned, and say so
    ("https://adaexample.dev.evil.io/", "Ada Example — Data engineer in Lisbon", "",
     ABOUT_YOU, "imitates your site adaexample.dev but is on evil.io"),
    ("https://notadaexample.dev/", "Ada Example", "data engineer", ABOUT_YOU,
     "with data engineer"),
    ("https://www.linkedin.com/in/ada-example-2", "Ada Example - Painter", "Melbourne",
     NAMESAKE, "nothing of yours"),
    # about you: the name with a context term, tolerant of case, accents, initials, aliases
    ("https://www.meetup.com/lisbon-data/events/1", "Streaming — Ada Example at Lisbon Data",
     "Ada Example (Acme Analytics) shows…", ABOUT_YOU, "with Lisbon, Acme Analytics"),
    ("https://news.example/a", "ADA EXÁMPLE joins ACME analytics", "", ABOUT_YOU,
     "Acme Analytics"),
    ("https://news.example/b", "A. Example, data engineer", "", ABOUT_YOU,
     'of "A. Example"'),
    ("https://news.example/c", "Ada Exemplo na Acme Analytics", "", ABOUT_YOU,
     'of "Ada Exemplo"'),
    ("https://acme-analytics.com/team", "Meet the team", "Ada M. Example, Data Engineer",
     ABOUT_YOU, "data engineer"),
    # namesakes: the name, none of the context — or marked by you
    ("https://www.paintings.example/", "Ada Example | Contemporary Painter | Melbourne", "",
     NAMESAKE, 'names "Ada Example" (exact match of "Ada Example") but nothing of yours'),
    ("https://www.legacy.com/obituaries/ada-example-obituary", "Obituary", "Springfield, IL",
     NAMESAKE, "nothing of yours"),
    ("https://shop.adaexamplestudio.com.au/prints", "Prints by Ada Example, Lisbon", "",
     NAMESAKE, "not_me: adaexamplestudio.com.au"),
    ("https://github.com/adaexample", "adaexample - Overview", "", NAMESAKE,
     "not_me: https://github.com/adaexample"),
    ("https://github.com/AdaExample/some-repo", "", "", NAMESAKE, "not_me"),
    ("https://smiledentalcare.co.uk/team/dr-ada-example", "Dr Ada Example, Lisbon", "",
     NAMESAKE, "not_me"),
    ("https://au.linkedin.com/in/ada-example-7b3a2b1a8", "Professional Profile | LinkedIn",
     "Painter · Melbourne", NAMESAKE, 'names "ada-example"'),
    # context terms match whole words only
    ("https://art.example/", "Ada Example, Lisbonian painter", "", NAMESAKE, "nothing"),
    # unrelated: none of the names
    ("https://www.accessibility-checker.org/blog/ada-compliance-examples/",
     "ADA Compliance Examples", "Real ADA website compliance examples", UNRELATED,
     "none of your names"),
    ("https://www.coursera.org/articles/data-engineer", "What Does a Data Engineer Do?",
     "Lisbon", UNRELATED, "none of your names"),
    ("https://adam.example/", "Adam Example", "data engineer", UNRELATED, "none"),
    # unsure: the name, nothing of yours and nothing against it
    ("https://news.example/d", "Ada Example", "A short biography and a photo.", UNSURE,
     "nothing against it"),
    ("https://www.linkedin.com/in/ada-example-4", "Ada Example | LinkedIn", "View the profile",
     UNSURE, "check it yourself"),
    # contrary evidence in every supported language
    ("https://clinica.example/", "Ada Example, dentista en Madrid", "", NAMESAKE,
     "says dentista"),
    ("https://escritorio.example/", "Ada Example — advogada", "", NAMESAKE, "says advogada"),
    ("https://praxis.example/", "Dr. Ada Example, Zahnärztin", "", NAMESAKE, "says Zahnärztin"),
    ("https://galerie.example/", "Ada Example, peintre", "", NAMESAKE, "says peintre"),
    # profile addresses compare across case, scheme and www
    ("http://SPEAKERDECK.com/AdaExample/streaming", "", "", OWNED,
     "your profile speakerdeck.com/adaexample"),
    ("https://LinkedIn.com/in/ADA-EXAMPLE", "", "", OWNED, "your LinkedIn profile"),
]


@pytest.mark.parametrize(("url", "title", "snippet", "label", "why"), CASES,
                         ids=[f"{c[3]}:{c[0]}" for c in CASES])
def test_classification_table(url: str, title: str, snippet: str, label: str, why: str) -> None:
    found = classify(SearchResult(1, title, url, snippet), ADA)
    assert found.label == label, found.why
    assert why in found.why


def test_the_issue_lookalike_for_a_hyphenated_domain() -> None:
    subject = Subject(name="Ada Example", portfolio_url="https://ada-example.com",
                      profession="data engineer")
    found = Classifier(subject).classify("https://ada-example.com.evil.io/login",
                                         "Ada Example", "data engineer")
    assert found.label == ABOUT_YOU
    assert "is on evil.io" in found.why
    owned = Classifier(subject).classify("https://www.ada-example.com/")
    assert owned.label == OWNED


@pytest.mark.parametrize(
    ("url", "imitates"),
    [("https://login.ada.dev.evil.io/", True), ("https://ada.dev-host.io/", False),
     ("https://panda.dev/", False), ("https://ada.dev.io/", True)],
)
def test_a_lookalike_is_your_whole_domain_inside_another_host(url: str, imitates: bool) -> None:
    subject = Subject(name="Ada Example", portfolio_url="https://ada.dev")
    found = Classifier(subject).classify(url, "Ada Example")
    assert found.label != OWNED
    assert ("imitates your site ada.dev" in found.why) is imitates, found.why


def test_initials_match_without_an_alias() -> None:
    found = classify(SearchResult(1, "A. Example joins Acme Analytics", "https://n.example/"),
                     replace(ADA, aliases=()))
    assert found.label == ABOUT_YOU
    assert "initials" in found.why


def test_without_context_a_result_naming_you_is_about_you_and_says_why() -> None:
    found = classify(SearchResult(1, "Ada Example | Painter", "https://p.example/"),
                     Subject(name="Ada Example"))
    assert found.label == ABOUT_YOU
    assert "no profession, location or context configured" in found.why


def test_not_me_beats_owned() -> None:
    subject = replace(ADA, not_me=("https://adaexample.dev/old",))
    classifier = Classifier(subject)
    assert classifier.classify("https://adaexample.dev/old/page").label == NAMESAKE
    assert classifier.classify("https://adaexample.dev/older").label == OWNED


def test_annotate_lists_adds_class_and_why_and_replaces_stale_ones() -> None:
    lists = [
        {"query": "Ada Example", "engine": "brave", "status": "ok", "results": [
            {"rank": 1, "title": "Hi", "url": "https://adaexample.dev/", "snippet": "",
             "class": "namesake", "why": "stale"},
            {"rank": 2, "title": "Ada Example | Painter", "url": "https://p.example/",
             "snippet": "Melbourne"},
        ]},
        {"query": "Ada Example", "engine": "bing", "status": "error", "results": []},
    ]
    annotated = annotate_lists(lists, ADA)
    assert [(r["class"], r["rank"]) for r in annotated[0]["results"]] == [
        (OWNED, 1), (NAMESAKE, 2)]
    assert annotated[0]["results"][0]["why"] == "on your site adaexample.dev"
    assert annotated[1] == lists[1]
    assert lists[0]["results"][0]["class"] == "namesake"  # the input is left as it was


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("User adaexample_dev_2009 - Stack Overflow", "adaexample_dev_2009", True),
        ("(AdaExample_Dev_2009)", "adaexample_dev_2009", True),
        ("adaexample_dev_20091", "adaexample_dev_2009", False),
        ("Ada Example at Açme Analytics", "acme analytics", True),
        ("Acme Analyticsx", "Acme Analytics", False),
        ("anything", "  ", False),
    ],
)
def test_mentions_matches_whole_words(text: str, term: str, found: bool) -> None:
    assert mentions(text, term) is found


def test_address_key_ignores_scheme_www_and_final_slash() -> None:
    assert address_key("https://www.x.com/adaexample/") == address_key("http://x.com/adaexample")
    assert address_key("https://x.com/a?b=1") != address_key("https://x.com/a")


def test_the_demo_recording_covers_two_engines_and_every_class() -> None:
    import json

    from presence_audit.demo import demo_folder, load_demo_config

    document = json.loads((demo_folder() / "artifacts" / "serps.json").read_text("utf-8"))
    lists = annotate_lists(document["data"]["lists"], load_demo_config().config.subject())
    engines = {item["engine"] for item in lists}
    assert len(engines) >= 2
    for engine in engines:
        classes = {r["class"] for item in lists if item["engine"] == engine
                   for r in item["results"]}
        assert {OWNED, ABOUT_YOU, NAMESAKE} <= classes, (engine, classes)
    assert UNRELATED in {r["class"] for item in lists for r in item["results"]}
