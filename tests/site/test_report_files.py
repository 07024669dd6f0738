"""The test report's files in the built site, and the facts the coverage map's "not applicable" rests on."""

import json
import re

from pyld import jsonld

from plan import a11y_report, earl, wcag_coverage
from sitebuild import PUBLIC_URL, ROOT, published_site

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


def test_earl_subjects_are_the_public_addresses_when_the_site_knows_its_address():
    doc = json.loads((published_site().dir / earl.EARL_NAME).read_text(encoding="utf-8"))
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
