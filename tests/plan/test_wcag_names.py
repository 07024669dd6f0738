"""hooks/plan/domain/wcag_names.yml names every criterion of wcag_coverage.yml in English, Finnish and
Swedish, and every name says where it was seen.

KNOWN_GAPS lists the names searched for and not found in a citable source when the file was made
(the report shows those criteria by number and the site's own description, and says so). The two
tests at the end keep it exact: a criterion added without its names fails, and a name found since
must be taken off the list."""

import re
from pathlib import Path

import yaml

from plan.domain import wcag_coverage

ROOT = Path(__file__).resolve().parents[2]
NAMES = yaml.safe_load((ROOT / "hooks" / "plan" / "domain" / "wcag_names.yml").read_text(encoding="utf-8"))
SOURCES = NAMES["lahteet"]
CRITERIA = NAMES["kriteerit"]
COVERAGE = {c.id: c for c in wcag_coverage.load().criteria}

# (criterion, language) pairs with no name seen in a citable source (wcag_names.yml's header and
# comments say where each was looked for): the WCAG 2.2 criteria in both languages, and in Swedish
# every criterion no Finnish public body's statement names (or names in ways that disagree).
_SV_NAMED = {"1.1.1", "1.3.1", "1.3.3", "1.4.1", "1.4.4", "2.1.1", "2.1.2", "2.4.1", "2.4.3", "2.4.5", "2.4.6",
             "3.1.1", "3.1.2", "3.2.4", "3.3.1", "3.3.2", "3.3.3", "4.1.2"}
KNOWN_GAPS = {(i, "fi") for i in ("2.4.11", "2.5.8")} | {(i, "sv") for i in COVERAGE if i not in _SV_NAMED}


def missing() -> set[tuple[str, str]]:
    return {(i, lang) for i in COVERAGE for lang in ("fi", "sv") if not (CRITERIA.get(i) or {}).get(lang)}


def test_the_names_cover_exactly_the_criteria_of_the_coverage_file():
    assert set(CRITERIA) == set(COVERAGE)


def test_english_names_are_w3c_s_and_cite_the_recommendation():
    for i, entry in CRITERIA.items():
        assert entry["en"] == COVERAGE[i].name, i
        assert entry["en_lahde"] == f"w3c-wcag{COVERAGE[i].wcag.replace('.', '')}-en", i


def test_every_name_cites_a_listed_source():
    for i, entry in CRITERIA.items():
        for lang in ("en", "fi", "sv"):
            if lang in entry:
                assert isinstance(entry[lang], str) and entry[lang].strip() == entry[lang] and entry[lang], (i, lang)
                assert entry.get(f"{lang}_lahde") in SOURCES, (i, lang, entry.get(f"{lang}_lahde"))
            else:
                assert f"{lang}_lahde" not in entry, (i, lang)
        assert set(entry) <= {"en", "en_lahde", "fi", "fi_lahde", "sv", "sv_lahde"}, i


def test_every_source_has_a_name_and_an_https_address():
    for key, source in SOURCES.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key), key
        assert isinstance(source.get("nimi"), str) and source["nimi"].strip(), key
        assert re.fullmatch(r"https://\S+", str(source.get("osoite", ""))), key


def test_every_source_of_a_finnish_or_swedish_name_has_a_title_in_that_language():
    """The report lists each name's source by this title (a repository address says nothing to a reader)."""
    for i, entry in CRITERIA.items():
        for lang in ("fi", "sv"):
            if lang in entry:
                title = (SOURCES[entry[f"{lang}_lahde"]].get("otsikko") or {}).get(lang)
                assert isinstance(title, str) and title.strip(), (i, lang, entry[f"{lang}_lahde"])


def test_every_source_is_used():
    used = {entry[f"{lang}_lahde"] for entry in CRITERIA.values() for lang in ("en", "fi", "sv") if f"{lang}_lahde" in entry}
    used |= {NAMES["laki"][k] for k in ("lahde", "lahde_sv") if k in NAMES["laki"]}
    assert used == set(SOURCES)


def test_the_law_s_exemption_cites_a_source_and_is_a_coverage_criterion():
    law = NAMES["laki"]
    assert law["poikkeukset"] == ["1.2.4"] and all(i in COVERAGE for i in law["poikkeukset"])
    assert law["lahde"] in SOURCES and law.get("lahde_sv", law["lahde"]) in SOURCES


def test_known_gaps_are_still_gaps():
    """A name found since: take it off KNOWN_GAPS."""
    assert KNOWN_GAPS <= missing(), sorted(KNOWN_GAPS - missing())


def test_no_name_is_missing_beyond_the_known_gaps():
    new = sorted(missing() - KNOWN_GAPS, key=lambda g: ([int(p) for p in g[0].split(".")], g[1]))
    assert not new, f"Finnish or Swedish names missing, with no source searched: {new}"
