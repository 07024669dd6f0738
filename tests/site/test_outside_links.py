"""Outside links in the reader's language (issue 24): where an outside site has a Swedish version
(the county's own site, Traficom's accessibility requirements), Swedish pages link to it and Finnish
pages to the Finnish one. Checked on every outside link of the statement, the open data page's
contact and every page's footer, in both languages."""

from urllib.parse import urlsplit

import pytest

from sitebuild import page_lang

# host: (how a Finnish address starts, how the Swedish one starts)
BILINGUAL = {
    "www.luvn.fi": ("https://www.luvn.fi/", "https://www.luvn.fi/sv"),
    "www.saavutettavuusvaatimukset.fi": ("https://www.saavutettavuusvaatimukset.fi/", None),
    "www.tillganglighetskrav.fi": (None, "https://www.tillganglighetskrav.fi/"),
}
# Sites whose addresses are the same in both languages (WCAG's anchors).
NEUTRAL = {"www.w3.org"}


def _in_language(href: str, lang: str) -> bool:
    host = urlsplit(href).netloc
    if host in NEUTRAL:
        return True
    fi, sv = BILINGUAL[host]  # a new outside site in these parts: add its language versions here
    is_sv = sv is not None and href.startswith(sv)
    return is_sv if lang == "sv" else (fi is not None and href.startswith(fi) and not (sv and href.startswith(sv)))


def _outside(soup, selector: str) -> list[str]:
    return [a["href"] for part in soup.select(selector) for a in part.select("a[href^='http']")]


@pytest.mark.parametrize("path", ["saavutettavuusseloste/", "sv/saavutettavuusseloste/", "avoin-data/", "sv/avoin-data/"])
def test_outside_links_of_the_statement_and_contacts_are_in_the_page_language(site, path):
    links = _outside(site.soup(path), "article")
    assert links, path
    wrong = [h for h in links if not _in_language(h, page_lang(path))]
    assert not wrong, (path, wrong)


def test_the_statement_links_the_rights_page_of_its_language(site):
    assert "https://www.saavutettavuusvaatimukset.fi/kayttajan-oikeudet/" in _outside(site.soup("saavutettavuusseloste/"), "article")
    assert "https://www.tillganglighetskrav.fi/dina-rattigheter/" in _outside(site.soup("sv/saavutettavuusseloste/"), "article")


def test_footer_outside_links_are_in_the_page_language(site):
    for path in site.pages():
        soup = site.soup(path)
        wrong = [h for h in _outside(soup, "footer") if not _in_language(h, page_lang(path))]
        assert not wrong, (path, wrong)
