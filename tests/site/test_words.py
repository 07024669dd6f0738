"""The built site's words (issue 12): soft hyphens in headings and the menu only, abbreviations
explained at first use, footnote markers linked to their notes and back."""

import json

import pytest

from sitebuild import page_lang

SH = "\u00ad"
LANGS = ["fi", "sv"]


def prefix(lang):
    return "" if lang == "fi" else "sv/"


@pytest.mark.parametrize(("lang", "h1"), [
    ("fi", f"Hyvinvointi{SH}alue{SH}strategia 2023–2025"),
    ("sv", f"Välfärds{SH}om{SH}rå{SH}des{SH}stra{SH}tegi 2023–2025"),
])
def test_long_heading_words_have_soft_hyphens_but_the_title_has_none(site, lang, h1):
    soup = site.soup(f"{prefix(lang)}strategia/")
    assert soup.find("article").h1.get_text().strip() == h1
    assert SH not in soup.title.get_text()
    menu = [a.get_text(" ", strip=True) for a in soup.select("nav a")]
    assert h1 in menu, menu  # the menu's link to the page too


def test_soft_hyphens_stay_out_of_attributes_search_feeds_and_open_data(site):
    for path in site.pages():
        soup = site.soup(path)
        assert SH not in soup.title.get_text(), path
        for element in soup.find_all(True):
            assert not any(SH in str(v) for v in element.attrs.values()), (path, element.name)
        # Running text keeps its words; table cells get soft hyphens (the report's tables, review 2 B4).
        for p in soup.select("article p, article li"):
            if not p.find_parent("table"):
                assert SH not in p.get_text(), (path, p.get_text()[:60])
    # Pagefind's index is compressed; its titles are checked in tests/site/test_search_browser.py.
    for name in ("feed.xml", "sv/feed.xml",
                 "data/plan.json", "data/goals.csv"):
        assert SH not in (site.dir / name).read_text(encoding="utf-8-sig"), name


@pytest.mark.parametrize(("lang", "phrases"), [
    ("fi", ["LUVN (Länsi-Uudenmaan hyvinvointialue)", "(sote: sosiaali- ja terveydenhuolto)",
            "(hyte: hyvinvoinnin ja terveyden edistäminen)"]),
])
def test_abbreviations_are_explained_on_the_built_page(site, lang, phrases):
    text = " ".join(site.soup(f"{prefix(lang)}painopisteet/tiedolla-johtaminen/").find("article").get_text().split())
    for phrase in phrases:
        assert text.count(phrase) == 1, phrase


@pytest.mark.parametrize("lang", LANGS)
def test_footnote_marker_and_note_link_each_other(site, lang):
    soup = site.soup(f"{prefix(lang)}painopisteet/hyvinvointi-ja-terveyserot/")
    (marker,) = soup.find("article").select("a.footnote-ref")  # below its heading (review 2, C8)
    note = soup.find(id=marker["href"].split("#")[1])
    assert note is not None and note.find("a", href="#" + marker["id"]) is not None
