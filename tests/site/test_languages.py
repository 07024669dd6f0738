"""Two languages done right: lang attributes, the switcher, alternates, no unmarked other language."""

import re
from urllib.parse import urljoin

import pytest

from plan.domain import model
from plan.markup import text as data_text
from sitebuild import page_lang

pytestmark = pytest.mark.a11y_check("language")

FINNISH_WORDS = {"ja", "on", "että", "sekä", "tai", "ovat", "ei", "kanssa", "mennessä", "vuoden", "myös", "joka",
                 "jotta", "tämä", "niiden", "jossa", "olla", "sivu", "sivulla", "tavoite", "tavoitteet"}
SWEDISH_WORDS = {"och", "att", "för", "som", "är", "med", "på", "inte", "av", "till", "det", "den", "om", "har"}


def visible_text_outside(soup, other_lang: str) -> str:
    # Open-data keys are language-neutral (translate="no", a rule the page states), not Finnish text.
    for el in soup.select(f'[lang="{other_lang}"], [translate="no"]'):
        el.decompose()
    for el in soup(["script", "style", "template"]):
        el.decompose()
    return soup.body.get_text(" ")


def sentences(text: str):
    for s in re.split(r"(?<=[.!?:])\s+|\n", text):
        words = re.findall(r"[a-zåäö]+", s.lower())
        if len(words) >= 3:
            yield s, words


def test_html_lang_on_every_page(site):
    for path in site.pages():
        assert site.soup(path).html["lang"] == page_lang(path), path


def test_switcher_links_to_the_same_page_in_the_other_language(site):
    for path in site.pages():
        if path.endswith("404.html"):
            continue
        lang = page_lang(path)
        other = "fi" if lang == "sv" else "sv"
        counterpart = path.removeprefix("sv/") if lang == "sv" else "sv/" + path
        soup = site.soup(path)
        (link,) = soup.select("a.lang-switch__link")
        assert link["lang"] == other and link["hreflang"] == other
        assert link.get_text(strip=True) == {"fi": "Suomi", "sv": "Svenska"}[other]
        assert urljoin("/" + path, link["href"]) == "/" + counterpart, path
        alternates = {l["hreflang"]: urljoin("/" + path, l["href"]) for l in soup.select('link[rel=alternate][hreflang]')}
        assert alternates[other] == "/" + counterpart and alternates[lang] == "/" + path


def test_no_unmarked_finnish_sentence_on_swedish_pages(site, real_plan):
    finnish_texts = [data_text.strip_marks(t.fi) for t in model.all_texts(real_plan)]
    finnish_texts = [" ".join(t.split()) for t in finnish_texts if len(t) >= 25 and t != t.replace(" ", "")]
    for path in site.pages("sv"):
        text = " ".join(visible_text_outside(site.soup(path), "fi").split())
        for fi in finnish_texts:
            assert fi not in text, (path, fi)
        for sentence, words in sentences(text):
            assert len(FINNISH_WORDS & set(words)) < 2, (path, sentence)


def test_no_unmarked_swedish_sentence_on_finnish_pages(site):
    for path in site.pages("fi"):
        text = visible_text_outside(site.soup(path), "sv")
        for sentence, words in sentences(text):
            assert len(SWEDISH_WORDS & set(words)) < 2, (path, sentence)


def test_finnish_names_in_swedish_text_are_marked(site):
    soup = site.soup("sv/painopisteet/mielen-hyvinvointi/")
    assert any(el.get_text() == "Lähellä.fi" for el in soup.select('article [lang="fi"]'))


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_dates_in_locale(site, lang):
    page = " ".join(site.soup(("sv/" if lang == "sv" else "") + "saavutettavuusseloste/").get_text(" ").split())
    assert {"fi": "23. marraskuuta 2026", "sv": "23 november 2026"}[lang] in page


def test_error_pages_in_both_languages(site):
    fi, sv = site.soup("404.html"), site.soup("sv/404.html")
    assert fi.html["lang"] == "fi" and "Sivua ei löytynyt" in fi.h1.get_text()
    assert sv.html["lang"] == "sv" and "Sidan hittades inte" in sv.h1.get_text()
    assert fi.select_one('article p[lang="sv"] a[href="/sv/"]')
    assert sv.select_one('article p[lang="fi"] a[href="/"]')
    assert sv.select_one('article a[href="/sv/"]')
    for soup in (fi, sv):
        alternates = {l["hreflang"]: l["href"] for l in soup.select("link[rel=alternate][hreflang]")}
        assert alternates == {"fi": "/", "sv": "/sv/"}
