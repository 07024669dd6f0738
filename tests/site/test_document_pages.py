"""Issue 16: what the built pages say about each document's period, as of days before, inside and
after the periods, with the real data and with a second plan (tests/fixtures/second-plan.yml).

Builds are shared: one per day (the `dated_site` fixture) and one with the second plan."""

import json
import re

import feedparser
import pytest

from sitebuild import SECOND_PLAN_DAY


def _words(element):
    # Elements' texts apart, but no space before punctuation that follows a link; without the soft
    # hyphens page_words.py puts in long words of headings.
    said = element.get_text(" ").replace("\u00ad", "")
    return re.sub(r"\s+([.,:])", r"\1", re.sub(r"\s+", " ", said)).strip()


def text(build, path):
    return _words(build.soup(path).find("article"))


def notice(build, path):
    """The text of the period notice at the top of the page (not the translation notice), or None."""
    boxes = [b for b in build.soup(path).select("article .admonition")
             if not b.find(string=re.compile("Käännös odottaa|Översättningen väntar"))]
    return _words(boxes[0]) if boxes else None


# --- real data, 2026-12-01: the strategy 2023–2025 has ended, the plan 2024–2026 ends this month


@pytest.fixture(scope="module")
def december(dated_site):
    return dated_site("2026-12-01")


@pytest.mark.parametrize("path, words", [
    ("strategia/", ["Kausi on päättynyt", "Tämä strategia oli voimassa vuosina 2023–2025.",
                    "Strategian tilalle on tullut palvelujen uudistamisen strategia 2026–2029.",
                    "Tämän strategian tavoitteista ei julkaistu raportteja tällä sivustolla."]),
    ("sv/strategia/", ["Perioden har gått ut", "Den här strategin gällde 2023–2025.",
                       "Strategin har ersatts av strategin för förnyelse av tjänster 2026–2029.",
                       "Inga rapporter om målen i den här strategin publicerades på webbplatsen."]),
])
def test_ended_strategy_says_so_at_the_top_and_links_its_successor(december, path, words):
    said = notice(december, path)
    for w in words:
        assert w in said, said
    link = december.soup(path).select_one("article .admonition a")
    assert link["href"].endswith("strategia-2026-2029/")
    # The notice comes before the strategy's own content.
    article = text(december, path)
    assert article.index(words[0]) < article.index("2023–2025", article.index(words[-1]))


@pytest.mark.parametrize("path, status", [("strategia/", "Ei raportoitu kauden aikana"),
                                          ("sv/strategia/", "Inte rapporterat under perioden")])
def test_ended_strategy_goals_say_not_reported_during_the_period(december, path, status):
    statuses = [s.get_text(strip=True) for s in december.soup(path).select("article .status")]
    assert statuses and set(statuses) == {status}


@pytest.mark.parametrize("path, words", [
    ("suunnitelma/", "Tämä suunnitelma on voimassa 31. joulukuuta 2026 asti."),
    ("painopisteet/turvallisuus/", "Tämä suunnitelma on voimassa 31. joulukuuta 2026 asti."),
    ("koko-suunnitelma/", "Tämä suunnitelma on voimassa 31. joulukuuta 2026 asti."),
    ("sv/suunnitelma/", "Den här planen gäller till och med den 31 december 2026."),
])
def test_current_plan_in_its_last_months_says_when_it_ends(december, path, words):
    assert words in notice(december, path)
    assert "Ei raportoitu kauden aikana" not in text(december, path)


@pytest.mark.parametrize("path, words", [
    ("strategia-2026-2029/", ["Palvelujen uudistamisen strategia 2026–2029", "Strategiakausi: 2026–2029",
                              "Hyväksyminen: aluevaltuusto, lokakuu 2025",
                              "Strategian tavoitteita ei ole vielä tällä sivustolla.",
                              "Länsi-Uudenmaan hyvinvointialueen tiedote 7.10.2025: Aluevaltuusto hyväksyi vuosien 2026–2029 palvelujen uudistamisen strategian"]),
    ("sv/strategia-2026-2029/", ["Strategin för förnyelse av tjänster 2026–2029", "Strategiperiod: 2026–2029",
                                 "Godkännande: välfärdsområdesfullmäktige, oktober 2025",
                                 "Strategins mål finns ännu inte på den här webbplatsen.",
                                 "pressmeddelande 7.10.2025: Aluevaltuusto hyväksyi vuosien 2026–2029 palvelujen uudistamisen strategian (Välfärdsområdesfullmäktige godkände strategin för förnyelse av tjänster 2026–2029)"]),
])
def test_the_strategy_2026_2029_page_gives_what_the_sources_give(december, path, words):
    said = text(december, path)
    for w in words:
        assert w in said, said
    promises = [li.get_text(strip=True) for li in december.soup(path).select("article ol > li")]
    assert len(promises) == 6
    assert promises[1] in ("Jokaiselle omalääkäri", "En egen läkare för alla")
    assert notice(december, path) is None  # current, not in its last months


@pytest.mark.parametrize("lang, first", [("", "Alueellinen hyvinvointisuunnitelma 2024–2026"),
                                         ("sv/", "Regional välfärdsplan 2024–2026")])
def test_home_lists_current_documents_first(december, lang, first):
    items = december.soup(lang).select("article h2#asiakirjat ~ ul")[0].select("li")
    names = [li.a.get_text(strip=True) for li in items]
    assert names[0] == first and names[-1].endswith("2023–2025")
    assert "voimassa 31. joulukuuta 2026 asti" in items[0].get_text() or "gäller till och med den 31 december 2026" in items[0].get_text()


def test_earlier_page_lists_the_ended_strategy(december):
    said = text(december, "aiemmat-suunnitelmat-ja-strategiat/")
    assert "Hyvinvointialuestrategia 2023–2025" in said and "Alueellinen hyvinvointisuunnitelma" not in said
    said = text(december, "sv/aiemmat-suunnitelmat-ja-strategiat/")
    assert "Välfärdsområdesstrategi 2023–2025" in said and "Strategin har ersatts av" in said


def test_feed_announces_the_strategy_end_the_day_after(december):
    for feed, title in (("feed.xml", "Kausi päättyi: Hyvinvointialuestrategia 2023–2025"),
                        ("sv/feed.xml", "Perioden gick ut: Välfärdsområdesstrategi 2023–2025")):
        parsed = feedparser.parse((december.dir / feed).read_bytes())
        ended = [e for e in parsed.entries if e.title == title]
        assert len(ended) == 1 and ended[0].updated == "2026-01-01T00:00:00Z"
        assert ended[0].link == "strategia/"


def test_open_data_carries_documents_with_state_and_successor(december):
    data = json.loads((december.dir / "data" / "plan.json").read_text(encoding="utf-8"))
    states = {d["id"]: (d["state"], d["successor"] and d["successor"]["document"]) for d in data["documents"]}
    assert states == {
        "hyvinvointisuunnitelma-2024-2026": ("voimassa", None),
        "hyvinvointialuestrategia-2023-2025": ("paattynyt", "palvelujen-uudistamisen-strategia-2026-2029"),
        "palvelujen-uudistamisen-strategia-2026-2029": ("voimassa", None),
    }
    new = data["documents"][2]
    assert new["page"] == "strategia-2026-2029/" and len(new["promises"]) == 6 and not new["goals_on_site"]
    assert new["approval"]["date"] == "2025-10" and new["sources"][0]["url"] is None
    assert {g["document"] for a in data["plan"]["areas"] for g in a["goals"]} == {"hyvinvointisuunnitelma-2024-2026"}
    assert {g["document"] for line in data["strategy"]["lines"] for g in line["goals"]} == {"hyvinvointialuestrategia-2023-2025"}


# --- real data, 2025-06-01 and 2027-01-15 ------------------------------------------------------


def test_before_2026_the_strategy_2026_2029_is_upcoming_and_nothing_has_ended(dated_site):
    june = dated_site("2025-06-01")
    assert "Tämä strategia tulee voimaan 1. tammikuuta 2026." in notice(june, "strategia-2026-2029/")
    assert "Den här strategin börjar gälla den 1 januari 2026." in notice(june, "sv/strategia-2026-2029/")
    assert notice(june, "strategia/") is None and notice(june, "suunnitelma/") is None
    assert "Yhdenkään suunnitelman tai strategian kausi ei ole vielä päättynyt." in text(june, "aiemmat-suunnitelmat-ja-strategiat/")
    assert "Det finns ännu inga planer eller strategier vars period har gått ut." in text(june, "sv/aiemmat-suunnitelmat-ja-strategiat/")
    assert "Palvelujen uudistamisen strategia 2026–2029 – tulee voimaan 1. tammikuuta 2026." in text(june, "")


@pytest.mark.parametrize("path, words", [
    ("suunnitelma/", "Tämä suunnitelma oli voimassa vuosina 2024–2026. Tällä sivustolla ei ole vielä tietoa seuraavasta suunnitelmasta."),
    ("painopisteet/mielen-hyvinvointi/", "Tämä suunnitelma oli voimassa vuosina 2024–2026."),
    ("sv/koko-suunnitelma/", "Den här planen gällde 2024–2026. Webbplatsen har ännu inga uppgifter om nästa plan."),
])
def test_in_2027_the_plan_2024_2026_has_ended(dated_site, path, words):
    january = dated_site("2027-01-15")
    assert words in notice(january, path)
    if path != "suunnitelma/":  # the pages with goals
        shown = january.soup(path).select("article .status:not(.status-legend .status)")  # not the legend's
        assert {s.get_text(strip=True) for s in shown} - {""} == {
            "Ei raportoitu kauden aikana" if not path.startswith("sv/") else "Inte rapporterat under perioden"}
    parsed = feedparser.parse((january.dir / "feed.xml").read_bytes())
    assert [e.updated for e in parsed.entries if e.link == "suunnitelma/"] == ["2027-01-01T00:00:00Z"]


# --- addresses last, and a second plan builds beside the first -------------------------------


def test_every_published_address_keeps_its_document(site, dated_site, second_plan_site):
    """The addresses of the site as built before issue 16 hold the same page (the same h1) as of
    any later day and with a second plan; new documents only add addresses."""
    before = site
    later = [dated_site("2027-01-15"), second_plan_site]
    # (The accessibility report page exists only in builds given a report.)
    old = [p for p in before.pages() if (p.endswith("/") or p == "") and "testiraportti" not in p]
    for build in later:
        for path in old:
            assert (build.dir / path / "index.html").exists(), path
            assert build.soup(path).h1.get_text() == before.soup(path).h1.get_text(), path


def test_second_plan_has_its_own_addresses_beside_the_first(second_plan_site):
    site = second_plan_site

    def h1(path):  # without the soft hyphens page_words.py puts in long words of headings
        return site.soup(path).h1.get_text(strip=True).replace("\u00ad", "")

    for area, first, second in (("turvallisuus", "Turvallisuuden edistäminen", "Turvallisuus 2027–2030"),
                                ("mielen-hyvinvointi", "Mielen hyvinvoinnin vahvistaminen", "Mielen hyvinvointi 2027–2030")):
        assert h1(f"painopisteet/{area}/").startswith(first)
        assert h1(f"hyvinvointisuunnitelma-2027-2030/painopisteet/{area}/") == second
    assert h1("sv/hyvinvointisuunnitelma-2027-2030/painopisteet/turvallisuus/") == "Säkerhet 2027–2030"
    said = notice(site, "suunnitelma/")
    assert "Suunnitelman tilalle on tullut testisuunnitelma 2027–2030." in said
    assert site.soup("suunnitelma/").select_one("article .admonition a")["href"].endswith("hyvinvointisuunnitelma-2027-2030/")
    assert notice(site, "hyvinvointisuunnitelma-2027-2030/") is None  # current, early in its period
    # The home page presents the current plan first, and its areas.
    home = site.soup("")
    assert home.select("article h2#asiakirjat ~ ul")[0].li.a.get_text(strip=True) == "Testisuunnitelma 2027–2030"
    assert any(a["href"].endswith("hyvinvointisuunnitelma-2027-2030/painopisteet/turvallisuus/")
               for a in home.select("article h3 a"))


def test_second_plan_in_open_data_feeds_and_sitemap(second_plan_site):
    site = second_plan_site
    data = json.loads((site.dir / "data" / "plan.json").read_text(encoding="utf-8"))
    assert [p["document"] for p in data["later_plans"]] == ["testisuunnitelma-2027-2030"]
    assert [a["id"] for a in data["later_plans"][0]["areas"]] == ["turvallisuus", "mielen-hyvinvointi"]
    assert data["documents"][0]["successor"]["document"] == "testisuunnitelma-2027-2030"
    csv = (site.dir / "data" / "goals.csv").read_text(encoding="utf-8-sig")
    assert "testi-turvallisuus-1,turvallisuus," in csv and csv.splitlines()[-1].endswith(",testisuunnitelma-2027-2030")
    parsed = feedparser.parse((site.dir / "feed.xml").read_bytes())
    links = {e.link for e in parsed.entries}
    assert "https://example.org/hyvinvointi/hyvinvointisuunnitelma-2027-2030/painopisteet/turvallisuus/#testi-turvallisuus-1" in links
    sitemap = (site.dir / "sitemap.xml").read_text(encoding="utf-8")
    assert "hyvinvointi/painopisteet/turvallisuus/</loc>" in sitemap
    assert "hyvinvointi/hyvinvointisuunnitelma-2027-2030/painopisteet/turvallisuus/</loc>" in sitemap
    assert (site.dir / "pagefind" / "pagefind.js").exists()
    whole = text(site, "hyvinvointisuunnitelma-2027-2030/koko-suunnitelma/")
    assert "Testitavoite turvallisuudesta" in whole and "Turvallisuuden edistäminen" not in whole


# --- the visible date is the build's date (issue 22: the nightly build moves it every day) ------


@pytest.mark.parametrize("day, fi, sv", [
    ("2026-12-01", "1. joulukuuta 2026", "den 1 december 2026"),
    ("2027-01-15", "15. tammikuuta 2027", "den 15 januari 2027"),
])
def test_the_as_of_date_shown_is_the_build_date(dated_site, day, fi, sv):
    built = dated_site(day)
    for path in ("", "koko-suunnitelma/", "avoin-data/"):
        assert fi in text(built, path), path
        assert sv in text(built, "sv/" + path), "sv/" + path
    assert json.loads((built.dir / "data" / "plan.json").read_text(encoding="utf-8"))["generated"] == day
