"""ScorerConfig: the shipped default, TOML round trips, the hash, and every error naming its key."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from scoring.errors import ConfigError
from scoring.scorer import (
    Comparison,
    Condition,
    DiversityConfig,
    Rule,
    ScorerConfig,
    SeverityConfig,
    Term,
    default_config_text,
)

# --- the shipped default ------------------------------------------------------------


def test_empty_toml_is_the_default() -> None:
    assert ScorerConfig.from_toml_text("") == ScorerConfig()


def test_shipped_file_is_the_default_in_code() -> None:
    assert ScorerConfig.from_toml_file(ScorerConfig.default_path()) == ScorerConfig()
    assert ScorerConfig.from_toml_text(default_config_text()) == ScorerConfig()


def test_shipped_file_documents_every_table() -> None:
    """Line by line: every table header of the shipped file has a comment just above it."""
    lines = default_config_text().splitlines()
    headers = [i for i, line in enumerate(lines) if line.startswith("[")]
    assert headers
    undocumented = [
        lines[i]
        for i in headers
        if not (lines[i - 1].startswith("#") or lines[i].startswith("[[severity.rules]]"))
    ]
    assert undocumented == []


def test_default_weights_sum_to_one_per_section() -> None:
    config = ScorerConfig()
    for terms in (config.diversity.terms, config.risk.terms):
        assert sum(t.weight for t in terms.values()) == pytest.approx(1.0)


def test_default_ladder_and_thresholds() -> None:
    severity = ScorerConfig().severity
    assert severity.tiers == ("normal", "elevated", "high", "critical")
    assert list(severity.thresholds) == ["elevated", "high", "critical"]
    assert sorted(severity.thresholds.values()) == list(severity.thresholds.values())


# --- loading, partial files, round trips ------------------------------------------


def test_partial_file_keeps_other_defaults() -> None:
    config = ScorerConfig.from_toml_text(
        "[severity.thresholds]\nelevated = 0.2\nhigh = 0.4\ncritical = 0.6\n"
    )
    assert config.severity.thresholds == {"elevated": 0.2, "high": 0.4, "critical": 0.6}
    assert config.diversity == DiversityConfig()
    assert config.severity.rules == SeverityConfig().rules


def test_given_terms_replace_the_default_terms() -> None:
    config = ScorerConfig.from_toml_text("[diversity.terms.independent_sources]\nweight = 2\n")
    assert list(config.diversity.terms) == ["independent_sources"]
    assert config.diversity.terms["independent_sources"] == Term(weight=2.0)


def test_integers_are_numbers() -> None:
    config = ScorerConfig.from_toml_text("[risk.terms.one_sided]\nweight = 3\n")
    assert config.risk.terms["one_sided"].weight == 3.0


@pytest.mark.parametrize(
    "config",
    [
        ScorerConfig(),
        ScorerConfig(
            diversity=DiversityConfig(
                terms={"outlet_entropy": Term(weight=0.5), "slant_mean": Term(missing=0.5)},
                zero_when=Condition(),
            ),
            severity=SeverityConfig(
                tiers=("ok", "watch"),
                thresholds={"watch": 0.123456789},
                rules=(
                    Rule(
                        name="odd",
                        at_least="watch",
                        any=(
                            Comparison(feature="slant_mean", op="!=", value=-0.1),
                            Comparison(feature="country_count", op=">=", value=1e-7),
                        ),
                    ),
                ),
            ),
        ),
    ],
    ids=["default", "custom"],
)
def test_toml_round_trip(config: ScorerConfig) -> None:
    again = ScorerConfig.from_toml_text(config.to_toml())
    assert again == config
    assert again.config_hash == config.config_hash


def test_file_path_forms(tmp_path: Path) -> None:
    path = tmp_path / "scorer.toml"
    path.write_text("[severity.thresholds]\nelevated = 0.1\nhigh = 0.2\ncritical = 0.3\n")
    for source in (path, str(path)):
        assert ScorerConfig.from_toml_file(source).severity.thresholds["high"] == 0.2


# --- the hash ----------------------------------------------------------------------


def test_hash_is_sha256_of_canonical_json() -> None:
    config = ScorerConfig()
    # The outlet layers are left out: the table version in the provenance covers them.
    dumped = config.model_dump(mode="json", exclude={"outlets"})
    canonical = json.dumps(dumped, sort_keys=True, separators=(",", ":"))
    assert config.config_hash == hashlib.sha256(canonical.encode()).hexdigest()[:16]


def test_hash_ignores_term_order_and_follows_values() -> None:
    a = ScorerConfig.from_toml_text(
        "[risk.terms.one_sided]\nweight = 1\n[risk.terms.wire_share]\nweight = 2\n"
    )
    b = ScorerConfig.from_toml_text(
        "[risk.terms.wire_share]\nweight = 2\n[risk.terms.one_sided]\nweight = 1\n"
    )
    c = ScorerConfig.from_toml_text(
        "[risk.terms.wire_share]\nweight = 2\n[risk.terms.one_sided]\nweight = 1.5\n"
    )
    assert a.config_hash == b.config_hash
    assert a.config_hash != c.config_hash != ScorerConfig().config_hash


# --- the condition language ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "feature", "op", "value"),
    [
        ("independent_sources <= 1", "independent_sources", "<=", 1.0),
        ("  state_media_share>0  ", "state_media_share", ">", 0.0),
        ("slant_mean == -1.5", "slant_mean", "==", -1.5),
        ("social_embed_ratio >= .3", "social_embed_ratio", ">=", 0.3),
        ("citation_count != 1e1", "citation_count", "!=", 10.0),
        ("low_reliability_share < +0.25", "low_reliability_share", "<", 0.25),
    ],
)
def test_comparison_parses(text: str, feature: str, op: str, value: float) -> None:
    c = Comparison.model_validate(text)
    assert (c.feature, c.op, c.value) == (feature, op, value)
    assert Comparison.model_validate(str(c)) == c


def test_condition_describe() -> None:
    assert Condition().describe() == "never"
    assert (
        Condition.model_validate(
            {"all": ["wire_share > 0"], "any": ["one_sided == 1", "both_sides == 0"]}
        ).describe()
        == "wire_share > 0 and (one_sided == 1 or both_sides == 0)"
    )


# --- every error names its key ------------------------------------------------------

ERRORS = [
    (
        "unknown top-level key",
        "weights = 1",
        "weights: unknown key; allowed: diversity, risk, severity, outlets",
    ),
    (
        "negative weight",
        "[diversity.terms.independent_sources]\nweight = -1",
        "diversity.terms.independent_sources.weight: must be >= 0, got -1",
    ),
    (
        "weight as a string",
        '[risk.terms.one_sided]\nweight = "2"',
        "risk.terms.one_sided.weight: must be a number, got '2'",
    ),
    (
        "weight as a boolean",
        "[risk.terms.one_sided]\nweight = true",
        "risk.terms.one_sided.weight: must be a number, got True",
    ),
    (
        "infinite weight",
        "[risk.terms.one_sided]\nweight = inf",
        "risk.terms.one_sided.weight: must be a finite number, got inf",
    ),
    (
        "unknown feature as a term",
        "[risk.terms.page_views]\nweight = 1",
        "risk.terms.page_views: unknown feature 'page_views'; the names are listed in docs/features.md",
    ),
    (
        "misspelt feature as a term",
        "[risk.terms.state_media_shares]\nweight = 1",
        "risk.terms.state_media_shares: unknown feature 'state_media_shares' "
        "(did you mean 'state_media_share'?); the names are listed in docs/features.md",
    ),
    (
        "unknown key in a term",
        "[diversity.terms.slant_entropy]\nwieght = 2",
        "diversity.terms.slant_entropy.wieght: unknown key; "
        "allowed: weight, transform, scale, offset, invert, missing",
    ),
    (
        "unknown transform",
        '[diversity.terms.citation_count]\ntransform = "log"',
        "diversity.terms.citation_count.transform: must be one of 'identity', 'linear', "
        "'saturate' or 'hyperbolic', got 'log'",
    ),
    (
        "zero scale",
        '[diversity.terms.citation_count]\ntransform = "saturate"\nscale = 0',
        "diversity.terms.citation_count.scale: must be > 0, got 0",
    ),
    (
        "identity with a scale",
        "[diversity.terms.citation_count]\nscale = 3",
        "diversity.terms.citation_count.scale: the identity transform takes none; "
        "use transform = 'linear'",
    ),
    (
        "missing value out of range",
        "[diversity.terms.slant_mean]\nmissing = 1.5",
        "diversity.terms.slant_mean.missing: must be <= 1, got 1.5",
    ),
    ("no terms", "[diversity]\nterms = {}", "diversity.terms: give at least one term"),
    (
        "every weight zero",
        "[risk.terms.one_sided]\nweight = 0",
        "risk.terms: every weight is 0; give at least one term a positive weight",
    ),
    (
        "unknown key in the gate",
        '[diversity.zero_when]\nnone = ["citation_count < 1"]',
        "diversity.zero_when.none: unknown key; allowed: all, any",
    ),
    (
        "unreadable comparison in the gate",
        '[diversity.zero_when]\nany = ["independent_sources =< 1"]',
        "diversity.zero_when.any[0]: cannot read 'independent_sources =< 1': write FEATURE "
        "OP NUMBER with OP one of !=, <, <=, ==, >, >=, e.g. 'low_reliability_share > 0'",
    ),
    ("empty ladder", "[severity]\ntiers = []", "severity.tiers: must not be empty"),
    (
        "tier twice",
        '[severity]\ntiers = ["normal", "high", "high"]',
        "severity.tiers[2]: tier 'high' appears twice",
    ),
    (
        "tier name with a space",
        '[severity]\ntiers = ["normal", "very high"]',
        "severity.tiers[1]: must be lower case letters, digits, '-' or '_', starting with "
        "a letter, got 'very high'",
    ),
    (
        "thresholds out of order",
        "[severity.thresholds]\nelevated = 0.5\nhigh = 0.4\ncritical = 0.9",
        "severity.thresholds.high: must be greater than severity.thresholds.elevated (0.5), "
        "got 0.4",
    ),
    (
        "equal thresholds",
        "[severity.thresholds]\nelevated = 0.5\nhigh = 0.5\ncritical = 0.9",
        "severity.thresholds.high: must be greater than severity.thresholds.elevated (0.5), "
        "got 0.5",
    ),
    (
        "threshold above 1",
        "[severity.thresholds]\nelevated = 0.5\nhigh = 0.7\ncritical = 1.2",
        "severity.thresholds.critical: must be <= 1, got 1.2",
    ),
    (
        "threshold missing for a tier",
        "[severity.thresholds]\nelevated = 0.5\nhigh = 0.7",
        "severity.thresholds.critical: missing; give a threshold for every tier above 'normal'",
    ),
    (
        "threshold for no tier",
        "[severity.thresholds]\nelevated = 0.3\nhigh = 0.5\ncritical = 0.7\nsevere = 0.9",
        "severity.thresholds.severe: not a tier; the tiers are normal, elevated, high, critical",
    ),
    (
        "threshold for the lowest tier",
        "[severity.thresholds]\nnormal = 0\nelevated = 0.3\nhigh = 0.5\ncritical = 0.7",
        "severity.thresholds.normal: the lowest tier needs no threshold; remove it",
    ),
    (
        "rule raising to an unknown tier",
        '[[severity.rules]]\nname = "x"\nat_least = "severe"\nall = ["citation_count > 1"]',
        "severity.rules[0].at_least: unknown tier 'severe'; the tiers are normal, elevated, "
        "high, critical",
    ),
    (
        "rule without comparisons",
        '[[severity.rules]]\nname = "x"\nat_least = "high"',
        "severity.rules[0].all: a rule needs at least one comparison in 'all' or 'any'",
    ),
    (
        "rule on an unknown feature",
        '[[severity.rules]]\nname = "x"\nat_least = "high"\nany = ["citaton_count > 1"]',
        "severity.rules[0].any[0].feature: unknown feature 'citaton_count' (did you mean "
        "'citation_count'?); the names are listed in docs/features.md",
    ),
    (
        "rule with a comparison that is not one",
        '[[severity.rules]]\nname = "x"\nat_least = "high"\nall = ["citation_count > one"]',
        "severity.rules[0].all[0]: cannot read 'citation_count > one': write FEATURE OP "
        "NUMBER with OP one of !=, <, <=, ==, >, >=, e.g. 'low_reliability_share > 0'",
    ),
    (
        "rule names twice",
        '[[severity.rules]]\nname = "x"\nat_least = "high"\nall = ["citation_count > 1"]\n'
        '[[severity.rules]]\nname = "x"\nat_least = "high"\nall = ["citation_count > 2"]',
        "severity.rules[1].name: rule name 'x' appears twice",
    ),
    (
        "rule with an unknown key",
        '[[severity.rules]]\nname = "x"\nat_least = "high"\nall = ["citation_count > 1"]\n'
        'raise_to = "high"',
        "severity.rules[0].raise_to: unknown key; allowed: all, any, name, at_least, description",
    ),
    (
        "changed ladder with the default thresholds and rules",
        '[severity]\ntiers = ["ok", "bad"]',
        "severity.thresholds.elevated: not a tier; the tiers are ok, bad",
    ),
    (
        "two problems at once",
        '[risk.terms.one_sided]\nweight = -2\ntransform = "log"',
        "risk.terms.one_sided.weight: must be >= 0, got -2; risk.terms.one_sided.transform: "
        "must be one of 'identity', 'linear', 'saturate' or 'hyperbolic', got 'log'",
    ),
]


@pytest.mark.parametrize(("text", "message"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_error_names_the_key(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)) as caught:
        ScorerConfig.from_toml_text(text)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_errors_from_a_file_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "org.toml"
    path.write_text("[risk.terms.one_sided]\nweight = -1\n")
    with pytest.raises(
        ConfigError, match=r"^.*org\.toml: risk\.terms\.one_sided\.weight: must be >= 0, got -1$"
    ):
        ScorerConfig.from_toml_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml: cannot read the config file: "):
        ScorerConfig.from_toml_file(tmp_path / "nope.toml")


def test_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[severity\ntiers = 1\n")
    with pytest.raises(ConfigError, match=r"broken\.toml: not valid TOML: .*line 1"):
        ScorerConfig.from_toml_file(path)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Term(weight=-2), "weight: must be >= 0, got -2"),
        (
            lambda: Term.model_validate({"transform": "cube"}),
            "transform: must be one of 'identity', 'linear', 'saturate' or 'hyperbolic', got 'cube'",
        ),
        (
            lambda: Comparison.model_validate("slant_mean ~ 1"),
            "cannot read 'slant_mean ~ 1': write FEATURE OP NUMBER with OP one of !=, <, <=, ==, >, >=, e.g. 'low_reliability_share > 0'",
        ),
        (
            lambda: DiversityConfig(terms={"nope": Term()}),
            "terms.nope: unknown feature 'nope'; the names are listed in docs/features.md",
        ),
        (
            lambda: ScorerConfig.model_validate(
                {
                    "severity": {
                        "tiers": ("a", "b"),
                        "thresholds": {"b": 0.5},
                        "rules": [{"name": "r", "at_least": "c", "all": ["one_sided == 1"]}],
                    }
                }
            ),
            "severity.rules[0].at_least: unknown tier 'c'; the tiers are a, b",
        ),
    ],
    ids=["term", "transform", "comparison", "diversity", "config"],
)
def test_errors_in_code_are_config_errors(build: object, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)) as caught:
        build()  # type: ignore[operator]
    assert str(caught.value) == message


def test_config_is_frozen() -> None:
    config = ScorerConfig()
    with pytest.raises(ValueError, match="frozen"):
        config.diversity = DiversityConfig()
