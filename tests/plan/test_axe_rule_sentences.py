"""Every axe rule the test report can list has the site's own sentence in Finnish and Swedish
(labels/axe_saannot.yml): the report names rules in plain words, not by id (review 2, C2)."""

import json
import subprocess
from pathlib import Path

import pytest

from engines import AXE_OPTIONS
from plan.domain import a11y_report, wcag_coverage
from plan.labels import Labels

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "a11y-report.json"


@pytest.fixture(scope="module")
def gate_rules(node_modules) -> set[str]:
    """The rules the gate runs: axe-core's rules with the tags tests/helpers/engines.py runs."""
    tags = json.loads(AXE_OPTIONS)["runOnly"]["values"]
    out = subprocess.run(
        ["node", "-e", "const a = require(process.argv[1]); console.log(JSON.stringify(a.getRules(JSON.parse(process.argv[2])).map(r => r.ruleId)))",
         str(node_modules / "axe-core"), json.dumps(tags)], capture_output=True, text=True, check=True, timeout=30,
    ).stdout
    return set(json.loads(out))


def report_rules(report: a11y_report.Report) -> set[str]:
    """Every rule id the report page can show: the axe results of every view and the coverage map."""
    in_views = {r for v in report.axe for r in [*v.passes, *v.inapplicable, *(x.id for x in v.incomplete + v.violations)]}
    return in_views | {r for c in report.coverage.criteria for r in c.axe}


def missing(rules: set[str]) -> dict[str, list[str]]:
    return {lang: sorted(r for r in rules if not Labels(lang)["axe_rule"].get(r, "").strip()) for lang in ("fi", "sv")}


def test_every_rule_in_the_fixture_report_has_a_sentence_in_both_languages():
    report, _ = a11y_report.load(FIXTURE)
    assert missing(report_rules(report)) == {"fi": [], "sv": []}


def test_every_rule_the_gate_runs_and_the_coverage_map_names_has_a_sentence(gate_rules):
    mapped = {r for c in wcag_coverage.load().criteria for r in c.axe}
    assert missing(gate_rules | mapped) == {"fi": [], "sv": []}


def test_a_rule_without_a_sentence_fails(gate_rules):
    report, _ = a11y_report.load(FIXTURE)
    view = report.axe[0].model_copy(update={"passes": [*report.axe[0].passes, "made-up-rule"]})
    assert missing(report_rules(report.model_copy(update={"axe": [view, *report.axe[1:]]}))) == {
        "fi": ["made-up-rule"], "sv": ["made-up-rule"]}


def test_sentences_are_only_for_rules_axe_has_and_are_one_sentence(gate_rules):
    for lang in ("fi", "sv"):
        sentences = Labels(lang)["axe_rule"]
        assert set(sentences) <= gate_rules, sorted(set(sentences) - gate_rules)
        for rule, text in sentences.items():
            assert text[0].isupper() and text.endswith(".") and text.count(". ") == 0, (lang, rule, text)
