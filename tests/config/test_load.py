"""Config loading: valid files, and every kind of mistake named with its key and line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from presence_audit.checks.registry import load_registry
from presence_audit.config.errors import ConfigError
from presence_audit.config.load import load_config, parse_config
from presence_audit.runner import check_options

VALID = """\
person:
  name: Ada Example
  profession: data engineer
  context: [Acme Analytics]
portfolio:
  url: https://adaexample.dev
profiles:
  linkedin: https://www.linkedin.com/in/ada-example/
  github: https://github.com/ada-example
search:
  engines: [duckduckgo]
  queries: ["{name}", "{name} {profession}"]
checks:
  search.portfolio-rank:
    severity: medium
    options: {top: 5}
"""


def test_valid_config_loads_with_typed_values() -> None:
    loaded = parse_config(VALID, Path("p.yaml"))
    config = loaded.config
    assert config.person.name == "Ada Example"
    assert config.profiles.linkedin.url == "https://www.linkedin.com/in/ada-example/"
    assert config.profiles.github == "ada-example"  # a profile URL is reduced to the login
    assert config.query_templates() == ["{name}", "{name} {profession}"]
    assert config.render_query("{name} {profession}") == "Ada Example data engineer"
    subject = config.subject()
    assert subject.profile_urls == {
        "linkedin": "https://www.linkedin.com/in/ada-example/",
        "github": "https://github.com/ada-example",
    }


def test_default_queries_follow_what_is_configured() -> None:
    with_profession = parse_config(VALID.replace('  queries: ["{name}", "{name} {profession}"]\n',
                                                 ""))
    assert with_profession.config.query_templates() == ["{name}", "{name} {profession}"]
    bare = parse_config("person: {name: Ada Example}\n")
    assert bare.config.query_templates() == ["{name}"]


def test_check_options_are_validated_against_the_registry() -> None:
    loaded = parse_config(VALID)
    options = check_options(loaded, load_registry(use_entry_points=False))
    assert options == {"search.portfolio-rank": {"top": 5}}


def test_env_interpolation_reads_the_environment_and_escapes_dollars() -> None:
    text = 'person: {name: "${WHO}", profession: "$$5 an hour"}\n'
    loaded = parse_config(text, environ={"WHO": "Ada Example"})
    assert loaded.config.person.name == "Ada Example"
    assert loaded.config.person.profession == "$5 an hour"


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "p.yaml"
    path.parent.mkdir()
    path.write_text("person: {name: Ada}\ncheck_paths: [plugins]\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.resolve("plugins") == tmp_path / "sub" / "plugins"


BAD_CONFIGS = [
    pytest.param(
        "person:\n  name: Ada\n  aliases: [unclosed\n",
        ["p.yaml:4", "YAML syntax error"],
        id="yaml-syntax",
    ),
    pytest.param(
        "person:\n  name: Ada\nportfolio:\n  ulr: https://a.dev\n",
        ["p.yaml:4", "unknown key 'portfolio.ulr'", "did you mean 'url'"],
        id="unknown-key",
    ),
    pytest.param(
        "person:\n  name: Ada\nsearch:\n  results: many\n",
        ["p.yaml:4", "search.results", "integer", "'many'"],
        id="wrong-type",
    ),
    pytest.param(
        "person:\n  profession: engineer\n",
        ["p.yaml:1", "person.name is required"],
        id="missing-name",
    ),
    pytest.param(
        "person:\n  name: Ada\nsearch:\n  replay: ${NOT_SET_ANYWHERE}\n",
        ["p.yaml:4", "search.replay", "NOT_SET_ANYWHERE", "not set"],
        id="missing-env-var",
    ),
    pytest.param(
        "person:\n  name: Ada\nsearch:\n  engines: [duckduckgo, duckgo]\n",
        ["p.yaml:4", "search.engines", "did you mean 'duckduckgo'"],
        id="unknown-engine",
    ),
    pytest.param(
        "person:\n  name: Ada\nsearch:\n  queries:\n    - '{name}'\n    - '{name} {job}'\n",
        ["p.yaml:6", "search.queries[1]", "{job}"],
        id="unknown-placeholder",
    ),
    pytest.param(
        "person:\n  name: Ada\nsearch:\n  queries: ['{name} {profession}']\n",
        ["p.yaml:4", "person.profession is not set"],
        id="placeholder-not-configured",
    ),
    pytest.param(
        "person:\n  name: Ada\nsearch:\n  queries: ['{name!r}', '{name:{job}}']\n",
        ["p.yaml:4", "search.queries[0]", "write placeholders plainly"],
        id="placeholder-with-conversion-or-format",
    ),
    pytest.param(
        "person:\n  name: Ada\nchecks:\n  search.review:\n    weight: .inf\n",
        ["p.yaml:5", "checks.search.review.weight", "finite"],
        id="infinite-number",
    ),
    pytest.param(
        "person:\n  name: Ada\nsearch:\n  region: de-de\nsearch:\n  results: 5\n",
        ["p.yaml:5", "search is set twice (first on line 3)"],
        id="section-set-twice",
    ),
    pytest.param(
        "person:\n  name: Ada\nchecks:\n  search.review: {}\n  search.review: {weight: 2}\n",
        ["p.yaml:5", "checks.search.review is set twice"],
        id="key-set-twice",
    ),
    pytest.param(
        "person:\n  name: Ada\n  context: &ctx [*ctx]\n",
        ["p.yaml:3", "person.context[0]", "alias inside its own anchor"],
        id="endless-alias",
    ),
    pytest.param(
        "person:\n  name: Ada\nscoring:\n  ready: 60\n  almost: 80\n",
        ["p.yaml:3", "scoring", "must not exceed"],
        id="thresholds-out-of-order",
    ),
    pytest.param(
        "- just\n- a list\n",
        ["p.yaml:1", "mapping"],
        id="not-a-mapping",
    ),
    pytest.param(
        "person:\n  name: Ada\nportfolio:\n  url: ftp://a.dev\n",
        ["p.yaml:4", "portfolio.url", "http"],
        id="bad-url",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD_CONFIGS)
def test_bad_config_names_the_problem_and_its_line(text: str, expected: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, Path("p.yaml"))
    message = str(caught.value)
    for fragment in expected:
        assert fragment in message
    assert "Traceback" not in message


BAD_CHECKS = [
    pytest.param(
        """\
        person: {name: Ada}
        checks:
          search.portfolio-rnak:
            enabled: false
        """,
        ["p.yaml:3", "unknown check id 'search.portfolio-rnak'",
         "did you mean 'search.portfolio-rank'"],
        id="unknown-check-id",
    ),
    pytest.param(
        """\
        person: {name: Ada}
        checks:
          search.portfolio-rank:
            options:
              tpo: 3
        """,
        ["p.yaml:5", "unknown option 'tpo'", "did you mean 'top'"],
        id="unknown-option",
    ),
    pytest.param(
        """\
        person: {name: Ada}
        checks:
          search.portfolio-rank:
            options:
              top: three
        """,
        ["p.yaml:5", "expected int"],
        id="option-wrong-type",
    ),
    pytest.param(
        """\
        person: {name: Ada}
        checks:
          search.portfolio-rank:
            severity: critical
        """,
        ["p.yaml:4", "severity", "'low', 'medium' or 'high'"],
        id="bad-severity",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAD_CHECKS)
def test_bad_check_settings_name_the_problem_and_its_line(
    text: str, expected: list[str]
) -> None:
    registry = load_registry(use_entry_points=False)
    with pytest.raises(ConfigError) as caught:
        check_options(parse_config(textwrap.dedent(text), Path("p.yaml")), registry)
    message = str(caught.value)
    for fragment in expected:
        assert fragment in message


def test_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="presence-audit init"):
        load_config(tmp_path / "absent.yaml")


def test_yaml_is_loaded_safely() -> None:
    # A python/object tag would run code under an unsafe loader; safe_load refuses it.
    with pytest.raises(ConfigError, match="YAML"):
        parse_config("person: !!python/object/apply:os.system ['true']\n")


def test_network_cache_path_resolves_against_the_config_folder(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("person: {name: Ada}\nnetwork: {cache_path: cache/http.sqlite}\n",
                    encoding="utf-8")
    loaded = load_config(path)
    assert loaded.network.cache_path == str(tmp_path / "cache" / "http.sqlite")
    assert parse_config("person: {name: Ada}\n").network.cache_path is None


def test_output_format_choices_are_the_renderers() -> None:
    from typing import get_args

    from presence_audit.config.schema import OutputConfig
    from presence_audit.render import FORMATS

    [choices, _none] = get_args(OutputConfig.model_fields["format"].annotation)
    assert get_args(choices) == FORMATS


def test_a_linkedin_section_with_everything_commented_out_is_empty() -> None:
    loaded = parse_config("person: {name: Ada}\nprofiles:\n  linkedin:\n  # export: x.zip\n")
    assert loaded.config.profiles.linkedin.url is None


@pytest.mark.parametrize(("outreach", "limit"), [
    ("{}", 300),
    ("{account: free}", 200),
    ("{account: premium}", 300),
    ("{account: free, note_limit: 250}", 250),  # an explicit value wins
    ("{note_limit: 180}", 180),
])
def test_the_note_limit_defaults_from_the_account(outreach: str, limit: int) -> None:
    loaded = parse_config(f"person: {{name: Ada}}\noutreach: {outreach}\n", Path("c.yaml"))
    assert loaded.config.outreach.note_limit == limit


def test_an_unknown_account_names_the_key_and_line() -> None:
    with pytest.raises(ConfigError, match=r"c\.yaml:2: outreach\.account: .*'free' or "
                                          r"'premium'"):
        parse_config("person: {name: Ada}\noutreach: {account: gold}\n", Path("c.yaml"))
