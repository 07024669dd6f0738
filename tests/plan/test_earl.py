"""earl.py: the report as EARL 1.0 in JSON-LD, read back with pyld (no network: the context is inline)."""

import datetime as dt
import json
from pathlib import Path

import pytest
from pyld import jsonld

from plan.domain import a11y_report
from plan.outputs import earl

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "a11y-report.json"
EARL = "http://www.w3.org/ns/earl#"


def _no_network(url, options=None):
    raise AssertionError(f"the EARL document made pyld fetch {url}")


@pytest.fixture(scope="module")
def report():
    return a11y_report.load(FIXTURE)[0]


def assertions(doc: dict) -> list[dict]:
    """Every earl:Assertion, flattened, with its result node inlined."""
    flat = jsonld.flatten(json.loads(json.dumps(doc)), options={"documentLoader": _no_network})
    nodes = {n["@id"]: n for n in flat}
    found = []
    for n in flat:
        if EARL + "Assertion" in n.get("@type", []):
            result = nodes[n[EARL + "result"][0]["@id"]]
            found.append({
                "by": n[EARL + "assertedBy"][0]["@id"], "subject": nodes[n[EARL + "subject"][0]["@id"]],
                "test": n[EARL + "test"][0]["@id"], "mode": n[EARL + "mode"][0]["@id"],
                "outcome": result[EARL + "outcome"][0]["@id"].removeprefix(EARL),
                "result_types": result["@type"],
            })
    return found


def page_of(subject: dict) -> str:
    return subject["http://purl.org/dc/terms/identifier"][0]["@value"]


def test_one_assertion_per_criterion_and_page_against_the_coverage_map(report):
    found = assertions(earl.document(report, report.coverage))
    iris = {c.iri for c in report.coverage.criteria}
    assert len(found) == len(report.sample.real) * len(report.coverage.criteria)
    assert {(page_of(a["subject"]), a["test"]) for a in found} == {(p, i) for p in report.sample.real for i in iris}
    assert all(a["outcome"] in earl.OUTCOMES and EARL + "TestResult" in a["result_types"] for a in found)
    assert all(a["mode"] == EARL + "automatic" for a in found)
    by = {(page_of(a["subject"]), a["test"].rsplit("#", 1)[1]): a["outcome"] for a in found}
    assert by[("/strategia/", "reflow")] == "failed"  # the fixture's failure
    assert by[("/", "reflow")] == "cantTell"  # partly automated: a person must still judge
    assert by[("/", "contrast-minimum")] == "cantTell"  # axe: needs review
    assert by[("/", "audio-only-and-video-only-prerecorded")] == "inapplicable"
    assert by[("/", "meaningful-sequence")] == "untested"
    assert by[("/", "animation-from-interactions")] == "passed"  # AAA, automated by reduced-motion
    for c in report.coverage.criteria:  # outcomes follow the map's category
        outcomes = {o for (p, w3c), o in by.items() if w3c == c.w3c_id}
        if c.category == "not-applicable":
            assert outcomes == {"inapplicable"}
        elif c.category in ("manual", "not-tested"):
            assert outcomes == {"untested"}
        elif c.category == "partly":
            assert "passed" not in outcomes, c.id


def test_assertor_is_the_gate_with_its_engines_or_the_evaluator(report):
    manual = [earl.ManualResult("1.3.2", "/strategia/", "passed", "Testiarvioija", dt.date(2026, 11, 20))]
    doc = earl.document(report, report.coverage, manual)
    flat = jsonld.flatten(json.loads(json.dumps(doc)), options={"documentLoader": _no_network})
    nodes = {n["@id"]: n for n in flat}
    found = assertions(doc)
    tools = {a["by"] for a in found if a["mode"] == EARL + "automatic"}
    assert len(tools) == 1
    gate = nodes[tools.pop()]
    assert EARL + "Software" in gate["@type"] and EARL + "Assertor" in gate["@type"]
    versions = {nodes[p["@id"]]["http://usefulinc.com/ns/doap#name"][0]["@value"] for p in gate["http://purl.org/dc/terms/hasPart"]}
    assert versions == {"axe-core", "HTML_CodeSniffer", "Nu Html Checker", "Chromium"}
    mine = [a for a in found if a["mode"] == EARL + "manual"]
    assert len(mine) == 1 and mine[0]["outcome"] == "passed" and mine[0]["test"] == "https://www.w3.org/TR/WCAG21/#meaningful-sequence"
    evaluator = nodes[mine[0]["by"]]
    assert evaluator["http://xmlns.com/foaf/0.1/name"][0]["@value"] == "Testiarvioija"
    with pytest.raises(ValueError):
        earl.document(report, report.coverage, [earl.ManualResult("9.9.9", "/", "passed", "x", dt.date(2026, 1, 1))])


def test_subjects_are_absolute_addresses_when_the_site_knows_its_address(report):
    found = assertions(earl.document(report, report.coverage, site_url="https://example.org/hyvinvointi/"))
    assert {a["subject"]["@id"] for a in found} == {f"https://example.org/hyvinvointi{p}" for p in report.sample.real}
    blank = assertions(earl.document(report, report.coverage))
    assert all(a["subject"]["@id"].startswith("_:") for a in blank)  # no guessed address


def test_the_manual_evaluation_becomes_one_assertion_per_criterion_and_sampled_page(report):
    import yaml

    from plan.domain import model

    (data,) = yaml.safe_load((FIXTURE.parent / "kasiarviointi.yml").read_text(encoding="utf-8"))["arvioinnit"]
    evaluation = model.Kasiarviointi.model_validate(data)
    manual = earl.manual_results(evaluation)
    assert len(manual) == len(evaluation.tulokset) * len(evaluation.otos)
    found = [a for a in assertions(earl.document(report, report.coverage, manual)) if a["mode"] == EARL + "manual"]
    by = {(page_of(a["subject"]), a["test"].rsplit("#", 1)[1]): a["outcome"] for a in found}
    assert by[("/painopisteet/turvallisuus/", "non-text-contrast")] == "failed"  # the page the finding names
    assert by[("/", "non-text-contrast")] == "passed"  # the sample's other pages
    assert by[("/sv/", "audio-only-and-video-only-prerecorded")] == "inapplicable"
    assert {a["by"] for a in found} != {"_:gate"} and len(found) == len(manual)
    assert earl.manual_results(None) == []
