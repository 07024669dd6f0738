"""page_words.py: abbreviations explained at first use, soft hyphens in headings and the menu."""

import datetime as dt

import markdown as md_lib
import pytest
from bs4 import BeautifulSoup

from plan.outputs import render
from plan.postbuild import page_words
from plan.labels import Labels

SH = page_words.SOFT_HYPHEN
EXTENSIONS = ["toc", "attr_list", "admonition", "tables", "def_list", "md_in_html"]  # as mkdocs.yml


def content_of(plan, lang, path):
    """The main content of a generated page as MkDocs hands it to on_page_content."""
    pages = {(p.lang, p.path): p.markdown for p in render.Renderer(plan, dt.date(2026, 11, 23)).pages()}
    return md_lib.markdown(pages[(lang, path)].split("---\n", 2)[2], extensions=EXTENSIONS)


def text(html):
    return " ".join(BeautifulSoup(html, "html.parser").get_text().split())


@pytest.mark.parametrize(("lang", "expanded"), [
    ("fi", ["LUVN (Länsi-Uudenmaan hyvinvointialue)", "sote-palveluissaan (sote: sosiaali- ja terveydenhuolto)",
            "hyte-määritelmän (hyte: hyvinvoinnin ja terveyden edistäminen)"]),
])
def test_abbreviations_are_explained_where_the_page_first_uses_them(real_plan, lang, expanded):
    # 3.1.4: LUVN, hyte and sote were never explained on the area pages.
    words = text(page_words.explain_abbreviations(content_of(real_plan, lang, "painopisteet/tiedolla-johtaminen.md"), lang))
    import re

    for phrase in expanded:
        assert words.count(phrase) == 1, phrase  # once
        abbreviation = phrase.split(" (")[0].split("-")[0]
        first = re.search(rf"(?<![\w.@]){abbreviation}(?![\w@])", words)
        assert first.start() == words.index(phrase), f"{abbreviation} is first used before it is explained"


def test_explanations_are_in_the_page_language_and_keep_links_headings_and_other_languages():
    page = ('<h1>Digitaalisten hyte-palvelujen kehittäminen</h1>'
            '<p>Se <a href="x">LUVN</a> ja <span lang="fi">sote</span> ja sote-tjänster.</p><p>LUVN igen, hyte.</p>')
    out = page_words.explain_abbreviations(page, "sv")
    soup = BeautifulSoup(out, "html.parser")
    assert soup.a.get_text() == "LUVN"  # the link's name stays
    assert "LUVN (Västra Nylands välfärdsområde) ja" in text(out)  # after the link
    assert soup.find("span", lang="fi").get_text() == "sote"  # Finnish inside Swedish: not explained in Swedish
    assert "sote-tjänster (sote: social- och hälsovård)." in text(out)
    assert text(out).count("(") == 2  # LUVN, sote: once each (hyte below the heading)
    abbr = soup.h1.abbr
    assert abbr.get_text() == "hyte" and abbr["title"] == "främjande av välfärd och hälsa"
    assert soup.h1.get_text() == "Digitaalisten hyte-palvelujen kehittäminen"  # the title's words stay
    # and the text right below the heading explains it in words, once
    assert soup.h1.find_next_sibling().get_text() == "hyte: främjande av välfärd och hälsa"
    assert "LUVN igen, hyte." in text(out)


@pytest.mark.parametrize("path", ["painopisteet/digitaaliset-hyte-palvelut.md", "index.md", "koko-suunnitelma.md"])
def test_an_abbreviation_first_used_in_a_heading_is_explained_in_words_below_it(real_plan, path):
    # B5 (review 2): on these pages "hyte" was explained only in an <abbr title>, which keyboard and
    # touch users never see; the area page and the home page use it in no other text.
    out = page_words.explain_abbreviations(content_of(real_plan, "fi", path), "fi")
    soup = BeautifulSoup(out, "html.parser")
    heading = soup.find("abbr").find_parent(["h1", "h2", "h3"])
    assert heading.find_next_sibling().get_text() == "hyte: hyvinvoinnin ja terveyden edistäminen"
    assert text(out).count("hyte: hyvinvoinnin ja terveyden edistäminen") == 1  # once, not again in the text


def test_untouched_html_stays_byte_for_byte():
    page = '<div CLASS=x data-a="1 &amp; 2"><p>Ei lyhenteitä &amp; muuta.<br/>Rivi</p><!-- c --></div>'
    assert page_words.explain_abbreviations(page, "fi") == page
    assert page_words.soft_hyphens(page, "fi") == page


@pytest.mark.parametrize(("lang", "word", "expected"), [
    ("fi", "Hyvinvointisuunnitelma", "Hyvinvointi|suunnitelma"),
    ("fi", "Hyvinvointialuestrategia", "Hyvinvointi|alue|strategia"),  # not "hyvinvointia-lue"
    ("fi", "Saavutettavuusseloste", "Saavutettavuus|seloste"),
    ("fi", "Monimuotoisuuslupauksen", "Moni|muotoisuus|lupauksen"),
    ("sv", "Välfärdsområdesstrategi", "Välfärds|om|rå|des|stra|tegi"),
    ("sv", "levnadsvanor", "levnads|vanor"),  # four letters a side: not "levnadsva-nor"
])
def test_long_words_break_where_the_dictionary_says(lang, word, expected):
    assert page_words.hyphenated(word, lang).replace(SH, "|") == expected


def test_soft_hyphens_only_in_headings_and_the_menu():
    page = ('<html><head><title>Hyvinvointisuunnitelma</title></head><body>'
            '<nav aria-label="Hyvinvointisuunnitelma"><a href="x">Hyvinvointisuunnitelma ja strategia</a></nav>'
            '<h1 id="x">Hyvinvointialuestrategia</h1><h4>Hyvinvointisuunnitelma</h4>'
            '<p>Hyvinvointisuunnitelma</p><h2><span lang="sv">Välfärdsområdesstrategi</span> lyhyt</h2></body></html>')
    soup = BeautifulSoup(page_words.soft_hyphens(page, "fi"), "html.parser")
    assert soup.nav.a.get_text() == f"Hyvinvointi{SH}suunnitelma ja strategia"
    assert soup.h1.get_text() == f"Hyvinvointi{SH}alue{SH}strategia"
    assert soup.h2.span.get_text() == f"Välfärds{SH}om{SH}rå{SH}des{SH}stra{SH}tegi"  # by its own language
    assert soup.h2.get_text().endswith(" lyhyt")  # short words stay whole
    for untouched in (soup.title, soup.h4, soup.p):
        assert SH not in untouched.get_text()
    assert SH not in soup.nav["aria-label"]


def test_no_soft_hyphens_on_an_easy_language_page():
    # Easy text is never hyphenated (issue 27); the menu beside it still is.
    page = ('<html><body><nav><a href="x">Hyvinvointisuunnitelma</a></nav>'
            f'<article class="md-typeset {page_words.EASY}"><h1>Hyvinvointisuunnitelma selkosuomeksi</h1>'
            '<h2>Hyvinvointialuestrategia</h2></article></body></html>')
    soup = BeautifulSoup(page_words.soft_hyphens(page, "fi"), "html.parser")
    assert SH not in soup.article.get_text()
    assert SH in soup.nav.get_text()



@pytest.mark.parametrize("words", [page_words.soft_hyphens, page_words.explain_abbreviations])
def test_a_page_seen_before_is_not_parsed_again_and_a_changed_one_is(words, monkeypatch):
    # The preview rebuilds every page on each save; only changed pages are read again.
    page = f"<h1>Hyvinvointisuunnitelma LUVN</h1><p>LUVN</p><!-- {words.__name__} -->"
    changed = page.replace("Hyvinvointisuunnitelma", "Hyvinvointialuestrategia")
    expected = {(p, lang): words.__wrapped__(p, lang) for p in (page, changed) for lang in ("fi", "sv")}
    parsed = []
    rewrite = page_words._rewrite
    monkeypatch.setattr(page_words, "_rewrite", lambda source, on_text: parsed.append(source) or rewrite(source, on_text))
    assert words(page, "fi") == words(page, "fi") == expected[page, "fi"]
    assert parsed == [page]
    assert words(changed, "fi") == expected[changed, "fi"] != expected[page, "fi"]
    assert words(page, "sv") == expected[page, "sv"]
    assert parsed == [page, changed, page]


@pytest.mark.parametrize("word, expected", [
    ("Saavutettavuuden", "Saa-vu-tet-ta-vuu-den"),  # no compound: between its syllables
    ("strategian", "stra-te-gian"),  # no break before the first vowel
    ("Hyvinvointisuunnitelma", "Hyvinvointi-suunnitelma"),  # a compound: only where its parts meet
    ("Characteristics", "Characteristics"),  # not Finnish: not at all
])
def test_a_finnish_word_that_is_no_compound_breaks_between_its_syllables(word, expected):
    assert page_words.hyphenated(word, "fi").replace(page_words.SOFT_HYPHEN, "-") == expected
