"""What a resident sees of progress, on the site built with test-only reports
(tests/fixtures/progress.yml, as of 2026-11-23): statuses in words, late goals, report history,
summaries with the right counts, on area pages, the home page, the strategy and the whole plan."""

import re
from urllib.parse import urljoin, urlsplit

import pytest

from plan.domain import progress
from plan.labels import Labels

LANGS = ("fi", "sv")


def prefix(lang):
    return "" if lang == "fi" else "sv/"


def norm(text):
    # Soft hyphens (U+00AD) in headings and the menu are no part of the words.
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def goal_section(soup, goal_id):
    """The goal's heading and what follows it up to the next heading of its level or higher."""
    heading = soup.find(id=goal_id)
    ends = {f"h{n}" for n in range(1, int(heading.name[1]) + 1)}
    parts, node = [], heading.find_next_sibling()
    while node is not None and node.name not in ends:
        parts.append(node)
        node = node.find_next_sibling()
    return heading, parts


EXPECTED_META = {
    # goal id: (area, status words fi/sv, late?, latest report fi/sv)
    "vakivaltatyon-verkostot": ("turvallisuus", ("Käynnissä", "Pågår"), True, ("15. syyskuuta 2024", "15 september 2024")),
    "lahisuhdevakivallan-tunnistaminen": ("turvallisuus", ("Käynnissä", "Pågår"), False, ("1. helmikuuta 2025", "1 februari 2025")),
    "hairiotilanteiden-toimintakortit": ("turvallisuus", ("Saavutettu", "Uppnått"), False, ("1. lokakuuta 2025", "1 oktober 2025")),
    "hyte-maaritelma": ("tiedolla-johtaminen", ("Ei saavutettu", "Inte uppnått"), False, ("20. tammikuuta 2025", "20 januari 2025")),
    "vaikutusten-ennakkoarviointi": ("tiedolla-johtaminen", ("Ei aloitettu", "Inte påbörjat"), False, ("1. toukokuuta 2024", "1 maj 2024")),
    "vammaisten-hyte-tietoisuus": ("tiedolla-johtaminen", ("Ei aloitettu", "Inte påbörjat"), True, ("1. huhtikuuta 2025", "1 april 2025")),
    "sosiaalisen-tiedon-valittyminen": ("tiedolla-johtaminen", ("Ei raportoitu", "Inte rapporterat"), False, ("1. kesäkuuta 2025", "1 juni 2025")),
    "kulttuurihyvinvointisuunnitelma": ("mielen-hyvinvointi", ("Ei raportoitu", "Inte rapporterat"), False, None),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("goal_id", EXPECTED_META)
def test_each_goal_shows_status_late_flag_and_latest_report(progress_site, goal_id, lang):
    area, words, late, latest = EXPECTED_META[goal_id]
    i = LANGS.index(lang)
    soup = progress_site.soup(f"{prefix(lang)}painopisteet/{area}/")
    _, parts = goal_section(soup, goal_id)
    meta = next(p for p in parts if "goal-meta" in (p.get("class") or []))
    badges = [norm(b.get_text()) for b in meta.select(".status")]
    assert badges[0] == words[i]
    assert (("Myöhässä", "Försenat")[i] in badges) is late
    assert all(b.select_one(".status__icon[aria-hidden=true]") for b in meta.select(".status"))  # shape + words
    text = norm(meta.get_text(" "))
    if latest:
        assert latest[i] in text
    else:
        assert ("ei vielä raporttia", "ingen rapport ännu")[i] in text


@pytest.mark.parametrize("lang", LANGS)
def test_report_history_newest_first_with_notes_and_sources(progress_site, lang):
    soup = progress_site.soup(f"{prefix(lang)}painopisteet/turvallisuus/")
    _, parts = goal_section(soup, "vakivaltatyon-verkostot")
    history = next(p for p in parts if p.name == "ul" and p.select(".status"))
    items = history.find_all("li", recursive=False)
    dates = [norm(li.strong.get_text()) for li in items]
    assert dates == [["15. syyskuuta 2024", "1. maaliskuuta 2024"], ["15 september 2024", "1 mars 2024"]][LANGS.index(lang)]
    newest = norm(items[0].get_text(" "))
    assert ("Verkostokartoitus on käynnissä.", "Kartläggningen av nätverken pågår.")[LANGS.index(lang)] in newest
    link = items[0].find("a", href="https://www.luvn.fi/")
    assert link is not None and norm(link.get_text()) == ("Hyvinvointikertomus 2024", "Välfärdsberättelse 2024")[LANGS.index(lang)]
    assert "§ 12" in norm(items[1].get_text(" "))  # a decision number as the source


SUMMARIES = {
    "turvallisuus": ("3 tavoitetta: 1 saavutettu, 1 käynnissä, 1 myöhässä", "3 mål: 1 uppnått, 1 pågår, 1 försenat"),
    "tiedolla-johtaminen": ("4 tavoitetta: 1 ei aloitettu, 1 myöhässä, 1 ei saavutettu, 1 ei raportoitu",
                            "4 mål: 1 inte påbörjat, 1 försenat, 1 inte uppnått, 1 inte rapporterat"),
    "terveet-elintavat": ("2 tavoitetta: 1 myöhässä, 1 ei raportoitu", "2 mål: 1 försenat, 1 inte rapporterat"),
    "hyvinvointi-ja-terveyserot": ("6 tavoitetta. Niistä ei ole julkaistu yhtään raporttia.", "6 mål. Ingen rapport om dem har publicerats."),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("area", SUMMARIES)
def test_area_page_opens_with_its_summary_in_words_and_shapes(progress_site, area, lang):
    soup = progress_site.soup(f"{prefix(lang)}painopisteet/{area}/")
    article = soup.find("article")
    summary = article.select_one(".summary")
    assert norm(summary.select_one(".summary__text").get_text()) == SUMMARIES[area][LANGS.index(lang)]
    # Before the description and the goals: the first thing after the heading and notices.
    assert summary.find_previous("h1") is not None and summary.find_previous(["h2", "h3"]) is None
    visual = summary.select_one(".summary__visual")
    assert visual["aria-hidden"] == "true"
    shapes = [s["class"][1].removeprefix("status--") for s in visual.select(".status")]
    total = int(SUMMARIES[area][0].split()[0])
    counts = re.findall(r"(\d+) ", SUMMARIES[area][0].split(":", 1)[1]) if ":" in SUMMARIES[area][0] else [total]  # none reported
    assert len(shapes) == sum(int(n) for n in counts) == total


@pytest.mark.parametrize("lang", LANGS)
def test_home_shows_the_whole_plan_and_each_area(progress_site, lang):
    soup = progress_site.soup(prefix(lang))
    texts = [norm(p.get_text()) for p in soup.select(".summary__text")]
    whole, council = texts[0], texts[1]
    assert whole.startswith(("19 tavoitetta:", "19 mål:")[LANGS.index(lang)])
    counts = [int(n) for n in re.findall(r"(\d+) ", whole.split(":", 1)[1])]
    assert sum(counts) == 19
    assert council.startswith(("22 tavoitetta:", "22 mål:")[LANGS.index(lang)])
    assert ("1 käynnissä", "1 pågår")[LANGS.index(lang)] in council
    for area, words in SUMMARIES.items():
        assert words[LANGS.index(lang)] in texts[2:], area
    assert ("23. marraskuuta 2026", "23 november 2026")[LANGS.index(lang)] in norm(soup.find("article").get_text(" "))


@pytest.mark.parametrize("lang", LANGS)
def test_strategy_council_goals_show_status_and_reports(progress_site, lang):
    soup = progress_site.soup(f"{prefix(lang)}strategia/")
    item = soup.find(id="asiakastyytyvaisyys-paranee").parent
    assert norm(item.select_one(".status").get_text()) == ("Käynnissä", "Pågår")[LANGS.index(lang)]
    assert ("Aluevaltuusto 3.3.2025 § 8", "Regionfullmäktige 3.3.2025 § 8")[LANGS.index(lang)] in norm(item.get_text(" "))
    others = [b for b in soup.select("ol .goal-meta__item .status") if "status--ei-raportoitu" in b["class"]]
    assert len(others) == 21


@pytest.mark.parametrize("lang", LANGS)
def test_whole_plan_page_has_every_area_and_goal(progress_site, progress_plan, lang):
    soup = progress_site.soup(f"{prefix(lang)}koko-suunnitelma/")
    article = soup.find("article")
    assert [h["id"] for h in article.find_all("h2", id=True)] == [a.id for a in progress_plan.painopisteet]
    assert [h["id"] for h in article.find_all("h3", id=True)] == [g.id for g in progress_plan.goals]
    assert len(article.select(".goal-meta")) == 19


def report_items(parts):
    """The items of a goal's report history (the list with status badges), or [] without one."""
    lists = [p for p in parts if p.name == "ul" and p.select(".status")]
    assert len(lists) <= 1
    return lists[0].find_all("li", recursive=False) if lists else []


# Goals of the fixture with more than one report, and how many: the rest have one or none.
EARLIER = {"vakivaltatyon-verkostot": 2, "liikuntapalvelujen-asiakasohjaus": 2}


@pytest.mark.parametrize("lang", LANGS)
def test_whole_plan_page_shows_each_goals_latest_report_and_links_to_the_rest(progress_site, progress_plan, as_of, lang):
    i = LANGS.index(lang)
    page = f"{prefix(lang)}koko-suunnitelma/"
    soup = progress_site.soup(page)
    earlier = {}
    for goal in progress_plan.goals:
        reports = progress.goal_progress(goal, as_of).reports
        _, parts = goal_section(soup, goal.id)
        items = report_items(parts)
        assert len(items) == min(len(reports), 1), goal.id
        headings = [norm(h.get_text()) for h in parts if h.name == "h4"]
        assert ("Edistymisraportit", "Lägesrapporter")[i] not in headings
        assert (("Viimeisin edistymisraportti", "Senaste lägesrapporten")[i] in headings) == bool(reports)
        if items:  # the newest
            assert norm(items[0].strong.get_text()) == Labels(lang).date(reports[0].paivamaara)
        links = [a for p in parts if p.name == "p" for a in p.find_all("a", href=re.compile(f"#{goal.id}$"))]
        if links:
            [link] = links
            earlier[goal.id] = (norm(link.get_text()), urljoin("https://example.org/" + page, link["href"]))
    assert set(earlier) == set(EARLIER)
    for goal_id, (text, url) in earlier.items():
        n = EARLIER[goal_id] - 1
        assert text == (f"{n} aiempi raportti painopisteen sivulla", f"{n} tidigare rapport på fokusområdets sida")[i]
        target = urlsplit(url)
        area = next(a for a in progress_plan.painopisteet if any(g.id == goal_id for g in a.tavoitteet))
        assert (target.path, target.fragment) == (f"/{prefix(lang)}painopisteet/{area.id}/", goal_id)
        # The area page keeps the whole history, under the usual heading.
        _, parts = goal_section(progress_site.soup(target.path.lstrip("/")), goal_id)
        assert len(report_items(parts)) == EARLIER[goal_id]
        assert ("Edistymisraportit", "Lägesrapporter")[i] in [norm(h.get_text()) for h in parts if h.name == "h4"]
