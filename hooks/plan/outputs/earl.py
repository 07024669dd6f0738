"""The test results in W3C's Evaluation and Report Language (EARL 1.0) as JSON-LD.

Published beside the report's JSON as `saavutettavuustestit.earl.jsonld`: the same name, so that
the two are found together, and `.jsonld`, which GitHub Pages serves as application/ld+json.
The context is written inline, so that no reader (and no test) needs to fetch one.

For each published page of the real site and each criterion of the coverage map there is one
assertion by the accessibility gate (earl:Software, with its engines' versions), and one more for
each manual result an evaluator has recorded for that criterion and page. Pages built from test
data are not published and have no assertions (the JSON report tells them apart).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from urllib.parse import urljoin

from plan.domain import a11y_report, model, wcag_coverage

EARL_NAME = "saavutettavuustestit.earl.jsonld"
OUTCOMES = ("passed", "failed", "cantTell", "inapplicable", "untested")
MANUAL_OUTCOMES = ("passed", "failed", "inapplicable", "untested")

CONTEXT = {
    "earl": "http://www.w3.org/ns/earl#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "doap": "http://usefulinc.com/ns/doap#",
    "sch": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "WCAG21": "https://www.w3.org/TR/WCAG21/#",
    "WCAG22": "https://www.w3.org/TR/WCAG22/#",
    "Assertion": "earl:Assertion",
    "Assertor": "earl:Assertor",
    "Software": "earl:Software",
    "TestResult": "earl:TestResult",
    "TestSubject": "earl:TestSubject",
    "TestRequirement": "earl:TestRequirement",
    "assertedBy": {"@id": "earl:assertedBy", "@type": "@id"},
    "subject": {"@id": "earl:subject", "@type": "@id"},
    "test": {"@id": "earl:test", "@type": "@id"},
    "result": {"@id": "earl:result"},
    "mode": {"@id": "earl:mode", "@type": "@id"},
    "outcome": {"@id": "earl:outcome", "@type": "@id"},
    "date": {"@id": "dct:date", "@type": "xsd:dateTime"},
    "title": "dct:title",
    "description": "dct:description",
    "identifier": "dct:identifier",
    "name": "doap:name",
    "revision": "doap:revision",
    "release": "doap:release",
    "hasPart": {"@id": "dct:hasPart"},
    "personName": "foaf:name",
}


@dataclass(frozen=True)
class ManualResult:
    """One criterion on one page as a person evaluated it (the manual evaluation, issue 15 §3)."""

    criterion: str  # "1.4.3"
    page: str  # "/strategia/", from the site's root
    outcome: str  # "passed" | "failed" | "inapplicable" | "untested"
    evaluator: str
    date: datetime.date


_MANUAL_OUTCOME = {"hyvaksytty": "passed", "hylatty": "failed", "ei-sovellu": "inapplicable", "ei-tarkistettu": "untested"}


def manual_results(evaluation: model.Kasiarviointi | None) -> list[ManualResult]:
    """The manual evaluation as one result per criterion and sampled page: a criterion failed on
    some pages passed on the sample's others."""
    if evaluation is None:
        return []
    results = []
    for r in evaluation.tulokset:
        for page in (p.osoite for p in evaluation.otos):
            outcome = _MANUAL_OUTCOME[r.tulos]
            if r.tulos == "hylatty" and r.sivut and page not in r.sivut:
                outcome = "passed"
            results.append(ManualResult(r.kriteeri, page, outcome, evaluation.arvioija, evaluation.paivamaara))
    return results


def automated_outcome(report: a11y_report.Report, criterion: wcag_coverage.Criterion, page: str) -> str:
    """What the gate found of one criterion on one real page: failed when a check that decides part of
    it failed there (or on the whole site), passed only when the criterion is automated and some of
    its checks ran there, cantTell when a person must still judge, untested when nothing ran."""
    if criterion.category == "not-applicable":
        return "inapplicable"
    if criterion.category in ("manual", "not-tested"):
        return "untested"
    here = (page, None)
    if any(f.site == "real" and f.page in here and criterion.id in f.criteria for f in report.failures):
        return "failed"
    ran = any(
        r.passed for check in criterion.engine_checks if (found := report.check(check))
        for r in found.by_page if r.site == "real" and r.page in here
    )
    unsure = False
    for view in report.axe:
        if view.site != "real" or view.page != page:
            continue
        if any(r.id in criterion.axe for r in view.violations):
            return "failed"
        unsure = unsure or any(r.id in criterion.axe for r in view.incomplete)
        ran = ran or any(rule in criterion.axe for rule in view.passes)
    if not ran and not unsure:
        return "untested"
    return "cantTell" if unsure or criterion.category == "partly" else "passed"


def _subject(page: str, index: int, site_url: str | None) -> dict:
    node = {"@id": urljoin(site_url, page.lstrip("/")) if site_url else f"_:page{index}",
            "@type": ["TestSubject", "sch:WebPage"], "identifier": page}
    return node


def _tool(report: a11y_report.Report) -> dict:
    env = report.environment
    parts = [("axe-core", env.axe_core), ("HTML_CodeSniffer", env.html_codesniffer),
             ("Nu Html Checker", env.nu_checker), ("Chromium", env.chromium)]
    return {
        "@id": "_:gate", "@type": ["Assertor", "Software", "doap:Project"],
        "name": "Länsi-Uusimaa wellbeing site: accessibility gate (tests/a11y)",
        "release": {"revision": report.commit},
        "hasPart": [{"@type": "Software", "name": name, "release": {"revision": version}} for name, version in parts if version],
    }


def document(report: a11y_report.Report, coverage: wcag_coverage.Coverage, manual: list[ManualResult] = (),
             site_url: str | None = None) -> dict:
    """The EARL graph of a report, its coverage map and any manual results."""
    pages = report.sample.real or sorted({v.page for v in report.axe if v.site == "real"})
    subjects = {page: _subject(page, i, site_url) for i, page in enumerate(pages)}
    generated = report.generated.isoformat()
    graph: list[dict] = [_tool(report), *subjects.values()]
    for c in coverage.criteria:
        graph.append({"@id": c.iri, "@type": "TestRequirement", "title": f"{c.id} {c.name}"})
    for page, subject in subjects.items():
        for c in coverage.criteria:
            graph.append({
                "@type": "Assertion", "assertedBy": "_:gate", "subject": subject["@id"], "test": c.iri,
                "mode": "earl:automatic",
                "result": {"@type": "TestResult", "outcome": "earl:" + automated_outcome(report, c, page), "date": generated},
            })
    evaluators: dict[str, str] = {}
    for result in manual:
        criterion = coverage.get(result.criterion)
        if criterion is None or result.outcome not in MANUAL_OUTCOMES:
            raise ValueError(f"manual result {result}: unknown criterion or outcome")
        if result.page not in subjects:
            subjects[result.page] = _subject(result.page, len(subjects), site_url)
            graph.append(subjects[result.page])
        if result.evaluator not in evaluators:
            evaluators[result.evaluator] = f"_:evaluator{len(evaluators)}"
            graph.append({"@id": evaluators[result.evaluator], "@type": ["Assertor", "foaf:Person"],
                          "personName": result.evaluator})
        graph.append({
            "@type": "Assertion", "assertedBy": evaluators[result.evaluator], "subject": subjects[result.page]["@id"],
            "test": criterion.iri, "mode": "earl:manual",
            "result": {"@type": "TestResult", "outcome": "earl:" + result.outcome,
                       "date": datetime.datetime.combine(result.date, datetime.time()).isoformat()},
        })
    return {"@context": CONTEXT, "@graph": graph}


def text(report: a11y_report.Report, coverage: wcag_coverage.Coverage, manual: list[ManualResult] = (),
         site_url: str | None = None) -> str:
    return json.dumps(document(report, coverage, manual, site_url), ensure_ascii=False, indent=1) + "\n"
