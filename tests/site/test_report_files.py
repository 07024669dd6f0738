"""The test report's files in the built site, and the facts the coverage map's "not applicable" rests on."""

import json
import re

from pyld import jsonld

from plan.domain import a11y_report, wcag_coverage
from plan.outputs import earl
from sitebuild import PUBLIC_URL, ROOT

EARL = "http://www.w3.org/ns/earl#"


def _offline(url, options=None):
    raise AssertionError(f"pyld tried to fetch {url}")


def test_the_json_carries_the_coverage_map_and_the_earl_parses(site):
    published = json.loads((site.dir / a11y_report.JSON_NAME).read_text(encoding="utf-8"))
    assert {c["id"] for c in published["coverage"]["criteria"]} == {c.id for c in wcag_coverage.load().criteria}
    doc = json.loads((site.dir / earl.EARL_NAME).read_text(encoding="utf-8"))
    flat = jsonld.flatten(doc, options={"documentLoader": _offline})
    assertions = [n for n in flat if EARL + "Assertion" in n.get("@type", [])]
    assert len(assertions) == len(published["sample"]["real"]) * len(published["coverage"]["criteria"])


def test_earl_subjects_are_the_public_addresses_when_the_site_knows_its_address(published_site):
    doc = json.loads((published_site.dir / earl.EARL_NAME).read_text(encoding="utf-8"))
    pages = {n["@id"] for n in doc["@graph"] if "TestSubject" in n.get("@type", [])}
    assert pages and all(p.startswith(PUBLIC_URL) for p in pages)


def test_no_audio_or_video_anywhere(site):
    # 1.2.1–1.2.5 and 1.4.2 are "not applicable" in wcag_coverage.yml because of this.
    for page in site.pages():
        found = site.soup(page).select("audio, video, object, embed, iframe, track")
        assert not found, f"/{page} has {found[0].name}: the coverage map's 1.2.x and 1.4.2 are no longer 'not applicable'"


def test_site_script_has_no_character_key_shortcuts_gestures_or_motion():
    # 2.1.4, 2.5.1 and 2.5.4 are "not applicable" because of this (Material's own script is not loaded).
    script = (ROOT / "overrides" / "assets" / "javascripts" / "site.js").read_text(encoding="utf-8")
    keys = set(re.findall(r"event\.key\s*===?\s*\"([^\"]+)\"", script))
    assert keys <= {"Escape"}, keys
    assert not re.search(r"keypress|touchstart|touchmove|pointermove|gesture|devicemotion|deviceorientation", script)


def test_the_report_page_has_no_english_outside_closed_disclosures_and_code(site):
    """Review 2, C2 and sv-L1: criterion names in the page's language (wcag_names.yml), axe rules in
    the site's own sentence, failures by page title and element; WCAG's English names, axe's
    English texts and the tools' messages only inside a closed <details>, <code> or <samp>."""
    report, _ = a11y_report.load(ROOT / "tests" / "fixtures" / "a11y-report.json")
    english = {c.name for c in wcag_coverage.load().criteria} | set(report.axe_help().values()) | {f.message for f in report.failures}
    for page in ("saavutettavuusseloste/testiraportti/", "sv/saavutettavuusseloste/testiraportti/"):
        main = site.soup(page).find("main")
        assert main.find("details") and all(not d.has_attr("open") for d in main.find_all("details"))
        for hidden in main.find_all(["details", "code", "samp"]):
            hidden.decompose()
        assert [str(e)[:80] for e in main.find_all(lang="en")] == [], page
        text = " ".join(main.get_text(" ").split())
        found = sorted(name for name in english if len(name) > 4 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text))
        assert found == [], page
