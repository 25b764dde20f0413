"""Plain run settings: the config's defaults without the config models, kept equal to them."""

from __future__ import annotations

from presence_audit.config.load import parse_config
from presence_audit.config.plain import DEFAULT_NOTE_LIMIT, PlainSettings
from presence_audit.config.schema import OutreachConfig, ScoringConfig
from presence_audit.core.model import Severity
from presence_audit.demo import load_demo_config


def test_defaults_are_the_configs_defaults() -> None:
    loaded = parse_config("person:\n  name: Ada Example\n")
    assert PlainSettings.defaults("Ada Example").config == loaded.plain().config
    scoring = ScoringConfig()
    assert PlainSettings.defaults("x").config.scoring == loaded.plain().config.scoring
    assert (scoring.ready, scoring.almost) == (90, 70)
    assert OutreachConfig().note_limit == DEFAULT_NOTE_LIMIT


def test_a_config_reads_the_same_through_its_plain_settings() -> None:
    loaded = parse_config(
        "person:\n  name: Ada Example\n  aliases: [Ada E.]\n"
        "profiles:\n  linkedin: https://www.linkedin.com/in/ada\n  github: ada-example\n"
        "checks:\n  outreach.length:\n    severity: low\n    weight: 2\n"
        "  search.rank:\n    enabled: false\n"
        "scoring:\n  ready: 85\n  min_category: {profile: 60}\n")
    plain = loaded.plain().config
    assert plain.subject() == loaded.config.subject()
    assert plain.checks["outreach.length"].severity is Severity.LOW
    assert plain.checks["outreach.length"].weight == 2
    assert plain.checks["search.rank"].enabled is False
    assert plain.scoring.ready == 85
    assert dict(plain.scoring.min_category) == {"profile": 60}
    assert loaded.plain().where(("checks",)) == "<config>"


def test_plain_settings_survive_a_round_trip() -> None:
    settings = load_demo_config().plain()
    assert PlainSettings.from_dict(settings.to_dict(), settings.label) == settings
