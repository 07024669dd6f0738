"""feeds.py: the "What's new" entries, the Atom feeds and the page that lists them. No MkDocs here."""

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import markdown as md_lib
import pytest
import yaml
from bs4 import BeautifulSoup

from plan.domain import model
from plan.outputs import feeds, render
from plan.site import urls
from plan.site import pages as site_pages
from plan.labels import Labels
from plan_edits import with_goal

EXTENSIONS = ["toc", "attr_list", "admonition", "tables", "def_list", "md_in_html"]
A = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
TAG_URI = re.compile(r"^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:[A-Za-z0-9._~!$&'()*+,;=:@/?%-]+$")
MKDOCS_YML = Path(__file__).resolve().parents[2] / "mkdocs.yml"


def teksti(fi, sv):
    return model.Teksti(fi=fi, sv=sv)


def report(day, tila="käynnissä", fi="Raportti.", sv="Rapport.", url=None):
    return model.Raportti(
        paivamaara=day, tila=tila, kuvaus=teksti(fi, sv),
        lahde=model.Lahde(nimi=teksti("Lähde", "Källa"), osoite=url),
    )


def goal_of(plan, goal_id):
    return next(g for g in plan.goals if g.id == goal_id)


def expected_count(plan, as_of):
    reports = sum(1 for g in [*plan.goals, *plan.council_goals] for r in g.raportit if r.paivamaara <= as_of)
    ends = sum(1 for d in plan.asiakirjat if d.meta.ends < as_of)  # each ended period: one entry
    return reports + sum(1 for c in plan.muutokset if c.paivamaara <= as_of) + ends


def parse(plan, as_of, lang, **kw):
    return ET.fromstring(feeds.atom(plan, as_of, lang, **kw))


def page(plan, as_of, lang):
    shown, left_out = feeds.newest(plan, as_of)
    return render.Renderer(plan, as_of)._page(
        site_pages.WHATS_NEW.path, "whats_new.md.j2", lang, reviewed=True, entries=shown, left_out=left_out
    )


def with_entries(plan, as_of, total):
    """The plan with one goal's reports replaced so that it has `total` entries, each on its own day."""
    goal = goal_of(plan, "hyte-maaritelma")
    others = expected_count(plan, as_of) - len(goal.raportit)
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(total - others)]
    changed = with_goal(plan, goal.id, raportit=[report(day, fi=f"Raportti {day}.") for day in days])
    assert expected_count(changed, as_of) == total
    return changed


def page_html(plan, as_of, lang) -> BeautifulSoup:
    markdown = page(plan, as_of, lang).markdown
    assert markdown.startswith("---\n")  # front matter first, as on every page
    return BeautifulSoup(md_lib.markdown(markdown.split("---\n", 2)[2], extensions=EXTENSIONS), "html.parser")


# --- entries ----------------------------------------------------------------------------------


def test_entries_are_every_report_and_change_newest_first(progress_plan, as_of):
    entries = feeds.entries(progress_plan, as_of)
    assert len(entries) == expected_count(progress_plan, as_of) == 14
    assert [e.kind for e in entries].count("muutos") == 2
    dates = [e.date for e in entries]
    assert dates == sorted(dates, reverse=True)
    assert entries[0].date == dt.date(2026, 1, 1) and entries[0].kind == "kausi"  # the strategy 2023–2025 ended
    assert entries[1].date == dt.date(2025, 12, 10) and entries[-1].date == dt.date(2024, 3, 1)
    assert all(e.date <= as_of for e in entries)


def test_entries_after_the_date_are_left_out(progress_plan):
    entries = feeds.entries(progress_plan, dt.date(2025, 2, 1))
    assert len(entries) == expected_count(progress_plan, dt.date(2025, 2, 1)) == 6
    assert max(e.date for e in entries) == dt.date(2025, 2, 1)


def test_entries_of_one_date_keep_the_data_order(progress_plan, as_of):
    day = dt.date(2025, 12, 10)
    plan = with_goal(progress_plan, "hyte-maaritelma", raportit=[report(day, fi="Eka."), report(day, fi="Toka.")])
    same_day = [(e.target_id, e.note.fi) for e in feeds.entries(plan, as_of) if e.date == day]
    ours = [("hyte-maaritelma", "Eka."), ("hyte-maaritelma", "Toka.")]  # two on one day, in file order
    theirs = [("liikuntapalvelujen-asiakasohjaus", "Ohjausmalli on käytössä kaikissa kunnissa.")]
    order = [g.id for g in plan.goals]  # goals in the plan's order
    first_ours = order.index("hyte-maaritelma") < order.index("liikuntapalvelujen-asiakasohjaus")
    assert same_day == (ours + theirs if first_ours else theirs + ours)


def test_each_entry_says_what_it_concerns_and_where_it_is(progress_plan, as_of):
    area_of = {g.id: a.id for a in progress_plan.painopisteet for g in a.tavoitteet}
    council = {g.id: g for g in progress_plan.council_goals}
    for e in feeds.entries(progress_plan, as_of):
        if e.kind == "raportti":
            assert e.status in {"ei-raportoitu", "ei-aloitettu", "kaynnissa", "saavutettu", "ei-saavutettu"}
            assert e.source is not None and e.anchor == e.target_id
            if e.target_id in council:
                assert (e.target_kind, e.path, e.target_text) == ("valtuustokauden-tavoite", "strategia.md", council[e.target_id].teksti)
            else:
                assert e.target_kind == "tavoite" and e.path == f"painopisteet/{area_of[e.target_id]}.md"
                assert e.target_text == goal_of(progress_plan, e.target_id).tavoite
        else:
            assert e.status is None and e.source is None
    changes = {e.target_id: e for e in feeds.entries(progress_plan, as_of) if e.kind == "muutos"}
    goal_change, area_change = changes["liikuntapalvelujen-asiakasohjaus"], changes["turvallisuus"]
    assert (goal_change.target_kind, goal_change.path, goal_change.anchor) == (
        "tavoite", "painopisteet/terveet-elintavat.md", "liikuntapalvelujen-asiakasohjaus")
    assert (area_change.target_kind, area_change.path, area_change.anchor) == ("painopiste", "painopisteet/turvallisuus.md", None)
    assert area_change.target_text.fi == next(a for a in progress_plan.painopisteet if a.id == "turvallisuus").otsikko.fi


def test_changes_about_a_council_goal_or_nothing_in_particular(progress_plan, as_of):
    changes = [
        model.Muutos(paivamaara=dt.date(2026, 1, 1), kuvaus=teksti("Strategia.", "Strategin."), kohde="asiakastyytyvaisyys-paranee"),
        model.Muutos(paivamaara=dt.date(2026, 1, 1), kuvaus=teksti("Sivusto.", "Webbplatsen.")),
    ]
    plan = progress_plan.model_copy(update={"muutokset": changes})
    first, second = feeds.entries(plan, as_of)[:2]
    assert (first.target_kind, first.path, first.anchor) == ("valtuustokauden-tavoite", "strategia.md", "asiakastyytyvaisyys-paranee")
    assert (second.target_kind, second.target_text, second.path, second.anchor) == (None, None, None, None)
    links = [e.find(f"{A}link").get("href") for e in parse(plan, as_of, "fi").iter(f"{A}entry")]
    assert links[:2] == ["strategia/#asiakastyytyvaisyys-paranee", "mita-uutta/"]  # no target: the page that lists it


def test_ids_are_unique_tag_uris(progress_plan, as_of):
    ids = [e.id for e in feeds.entries(progress_plan, as_of)]
    assert len(set(ids)) == len(ids)
    assert all(TAG_URI.match(i) for i in ids), ids
    assert "tag:luvn.fi,2024:hyvinvointisuunnitelma/raportti/vakivaltatyon-verkostot/2024-03-01" in ids
    assert "tag:luvn.fi,2024:hyvinvointisuunnitelma/raportti/asiakastyytyvaisyys-paranee/2025-03-01" in ids
    assert "tag:luvn.fi,2024:hyvinvointisuunnitelma/muutos/2025-06-15/1" in ids


def test_ids_stay_when_unrelated_data_changes(progress_plan, as_of):
    before = {(e.kind, e.target_id, e.date, e.note.fi): e.id for e in feeds.entries(progress_plan, as_of)}
    goal = goal_of(progress_plan, "hyte-maaritelma")
    plan = with_goal(progress_plan, goal.id, raportit=[report(dt.date(2026, 2, 1)), *goal.raportit])
    plan = plan.model_copy(update={"muutokset": [
        model.Muutos(paivamaara=dt.date(2026, 3, 1), kuvaus=teksti("Uusi.", "Ny.")), *plan.muutokset,
    ]})
    after = {(e.kind, e.target_id, e.date, e.note.fi): e.id for e in feeds.entries(plan, as_of)}
    assert len(after) == len(before) + 2
    assert {k: after[k] for k in before} == before
    assert len(set(after.values())) == len(after)


def test_a_second_report_on_one_date_gets_a_suffix_and_leaves_the_first(progress_plan, as_of):
    goal = goal_of(progress_plan, "lahisuhdevakivallan-tunnistaminen")
    first_id = "tag:luvn.fi,2024:hyvinvointisuunnitelma/raportti/lahisuhdevakivallan-tunnistaminen/2025-02-01"
    plan = with_goal(progress_plan, goal.id, raportit=[*goal.raportit, report(dt.date(2025, 2, 1), tila="saavutettu")])
    ids = [e.id for e in feeds.entries(plan, as_of) if e.target_id == goal.id]
    assert ids == [first_id, first_id + "-2"]
    day = dt.date(2025, 6, 15)
    two = [*progress_plan.muutokset, model.Muutos(paivamaara=day, kuvaus=teksti("Toinen.", "Andra."))]
    ids = [e.id for e in feeds.entries(progress_plan.model_copy(update={"muutokset": two}), as_of) if e.kind == "muutos"]
    assert ids[-2:] == ["tag:luvn.fi,2024:hyvinvointisuunnitelma/muutos/2025-06-15/1", "tag:luvn.fi,2024:hyvinvointisuunnitelma/muutos/2025-06-15/2"]


def test_newest_are_the_first_entries_up_to_the_limit(progress_plan, as_of):
    plan = with_entries(progress_plan, as_of, feeds.LATEST + 7)
    every = feeds.entries(plan, as_of)
    shown, left_out = feeds.newest(plan, as_of)
    assert (len(shown), left_out) == (feeds.LATEST, 7)
    assert shown == every[: feeds.LATEST]  # the same entries with the same ids, newest first
    assert min(e.date for e in shown) >= max(e.date for e in every[feeds.LATEST :])
    assert feeds.newest(progress_plan, as_of) == (feeds.entries(progress_plan, as_of), 0)
    exactly = with_entries(progress_plan, as_of, feeds.LATEST)
    assert feeds.newest(exactly, as_of) == (feeds.entries(exactly, as_of), 0)


# --- Atom -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_feed_parses_without_errors(progress_plan, as_of, lang):
    parsed = feedparser.parse(feeds.atom(progress_plan, as_of, lang))
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert len(parsed.entries) == expected_count(progress_plan, as_of)
    assert parsed.feed.language == lang
    assert parsed.feed.title == Labels(lang)["feed_title"]
    assert [link.rel for link in parsed.feed.links] == ["self", "alternate"]
    assert parsed.feed.link == "mita-uutta/"  # the page, relative to the feed at the language root


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_every_entry_links_to_its_goal(progress_plan, as_of, lang):
    parsed = feedparser.parse(feeds.atom(progress_plan, as_of, lang))
    for entry, item in zip(parsed.entries, feeds.entries(progress_plan, as_of), strict=True):
        assert entry.id == f"{item.id}/{lang}"
        if item.anchor:
            assert re.fullmatch(r"(painopisteet/[a-z0-9-]+|strategia)/#[a-z0-9-]+", entry.link), entry.link
            assert entry.link == urls.page_url(item.path) + "#" + item.target_id
        elif item.kind == "kausi":  # the strategy 2023–2025 ended: its page
            assert entry.link == "strategia/"
        else:  # the change that concerns a whole area
            assert entry.link == "painopisteet/turvallisuus/"


def test_goal_anchors_exist_on_the_pages_the_entries_link_to(progress_plan, as_of):
    renderer = render.Renderer(progress_plan, as_of)
    pages = {p.path: p.markdown for p in renderer.pages() if p.lang == "fi"}
    for item in feeds.entries(progress_plan, as_of):
        html = md_lib.markdown(pages[item.path].split("---\n", 2)[2], extensions=EXTENSIONS)
        if item.anchor:
            assert BeautifulSoup(html, "html.parser").find(id=item.anchor), (item.path, item.anchor)


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_feed_has_what_rfc_4287_requires(progress_plan, as_of, lang):
    feed = parse(progress_plan, as_of, lang)
    assert feed.tag == f"{A}feed" and feed.get(XML_LANG) == lang
    for name in ("id", "title", "updated"):  # atom:feed MUST contain exactly one of each
        assert len(feed.findall(f"{A}{name}")) == 1, name
    assert TAG_URI.match(feed.findtext(f"{A}id"))
    assert feed.findtext(f"{A}author/{A}name") == progress_plan.sivusto.organisaatio.nimi[lang]
    self_links = [l for l in feed.findall(f"{A}link") if l.get("rel") == "self"]
    assert len(self_links) == 1 and self_links[0].get("type") == "application/atom+xml"
    entries = feed.findall(f"{A}entry")
    assert len(entries) == expected_count(progress_plan, as_of)
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{name}")) == 1, name
            assert entry.findtext(f"{A}{name}").strip()
        assert TAG_URI.match(entry.findtext(f"{A}id"))
        # without atom:content an entry MUST have a rel="alternate" link; these have both
        assert entry.find(f"{A}content").get("type") == "text"
        assert [l.get("rel") for l in entry.findall(f"{A}link")] == ["alternate"]
    ids = [e.findtext(f"{A}id") for e in entries]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_feed_has_only_the_newest_entries(progress_plan, as_of, lang):
    plan = with_entries(progress_plan, as_of, feeds.LATEST + 1)
    newest = feeds.entries(plan, as_of)[: feeds.LATEST]
    parsed = feedparser.parse(feeds.atom(plan, as_of, lang))
    assert parsed.bozo == 0
    assert [e.id for e in parsed.entries] == [f"{e.id}/{lang}" for e in newest]
    assert parsed.feed.updated == f"{newest[0].date.isoformat()}T00:00:00Z"


def test_feed_ids_differ_by_language(progress_plan, as_of):
    fi, sv = (parse(progress_plan, as_of, lang) for lang in model.LANGUAGES)
    assert fi.findtext(f"{A}id") != sv.findtext(f"{A}id")
    assert not {e.findtext(f"{A}id") for e in fi.iter(f"{A}entry")} & {e.findtext(f"{A}id") for e in sv.iter(f"{A}entry")}


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_dates_are_rfc_3339_and_updated_is_the_newest_entry(progress_plan, as_of, lang):
    feed = parse(progress_plan, as_of, lang)
    stamps = [feed.findtext(f"{A}updated")] + [e.findtext(f"{A}updated") for e in feed.iter(f"{A}entry")]
    assert all(RFC3339.match(s) for s in stamps), stamps
    assert stamps[0] == "2026-01-01T00:00:00Z" == stamps[1]  # the day after the strategy 2023–2025 ended
    assert stamps[2] == "2025-12-10T00:00:00Z"
    assert stamps[1:] == sorted(stamps[1:], reverse=True)


def test_feed_bytes_are_deterministic(progress_plan, as_of):
    first = feeds.files(progress_plan, as_of)
    assert first == feeds.files(progress_plan, as_of)
    assert [path for path, _ in first] == ["feed.xml", "sv/feed.xml"]
    assert all(content.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<feed") for _, content in first)


def test_swedish_feed_is_in_swedish(progress_plan, as_of):
    sv, fi = parse(progress_plan, as_of, "sv"), parse(progress_plan, as_of, "fi")
    assert sv.findtext(f"{A}title") == "Välfärdsplan och strategi"
    assert sv.findtext(f"{A}author/{A}name") == "Västra Nylands välfärdsområde"
    titles = [e.findtext(f"{A}title") for e in sv.iter(f"{A}entry")]
    assert titles.pop(0) == "Perioden gick ut: Välfärdsområdesstrategi 2023–2025"
    assert titles[0].startswith("Pågår: Social- och hälsovårdstjänsternas kundstyrning")
    assert "Inte påbörjat: " in " ".join(titles) and "Uppnått: " in " ".join(titles)
    assert titles[1] == "Rapporterade värden lades till indikatorerna för hälsosamma levnadsvanor."
    content = list(sv.iter(f"{A}entry"))[1].findtext(f"{A}content")
    assert content == "Hänvisningsmodellen är i bruk i alla kommuner.\n\nKälla: Idrottstjänsternas årsrapport 2025"
    assert list(fi.iter(f"{A}entry"))[1].findtext(f"{A}title").startswith("Käynnissä: ")
    labels = {c.get("label") for c in sv.iter(f"{A}category")}
    assert {"Lägesrapport", "Ändring i innehållet", "Pågår", "Uppnått"} <= labels


def test_source_address_is_in_the_entry(progress_plan, as_of):
    feed = parse(progress_plan, as_of, "fi")
    entry = next(e for e in feed.iter(f"{A}entry") if e.findtext(f"{A}id").endswith("vakivaltatyon-verkostot/2024-09-15/fi"))
    assert entry.findtext(f"{A}content").endswith("Lähde: Hyvinvointikertomus 2024 (https://www.luvn.fi/)")


def test_feed_titles_are_the_site_names(progress_plan, as_of):
    config = yaml.safe_load(MKDOCS_YML.read_text(encoding="utf-8"))
    languages = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)["languages"]
    names = {l["locale"]: l.get("site_name", config["site_name"]) for l in languages}
    assert {lang: Labels(lang)["feed_title"] for lang in model.LANGUAGES} == names


def test_text_from_data_is_escaped_in_the_feed(progress_plan, as_of):
    tricky = "R&D < 5 % ]]> \"lainaus\" 'x' [[sv:Lähellä.fi]]\x01 loppu"
    plan = with_goal(progress_plan, "hyte-maaritelma", raportit=[report(dt.date(2026, 1, 2), fi=tricky, sv=tricky)])
    raw = feeds.atom(plan, as_of, "fi")
    assert b"<D" not in raw and b"\x01" not in raw
    parsed = feedparser.parse(raw)
    assert parsed.bozo == 0
    assert parsed.entries[0].content[0].value.startswith("R&D < 5 % ]]> \"lainaus\" 'x' Lähellä.fi loppu\n\n")
    assert ET.fromstring(raw).find(f"{A}entry/{A}content").text.startswith("R&D < 5 %")


def test_base_url_makes_links_absolute(progress_plan, as_of):
    for lang in model.LANGUAGES:
        parsed = feedparser.parse(feeds.atom(progress_plan, as_of, lang, base_url="https://example.org/"))
        root = "https://example.org/" + Labels(lang)["home_path"]
        assert parsed.bozo == 0
        assert {l.rel: l.href for l in parsed.feed.links} == {"self": root + "feed.xml", "alternate": root + "mita-uutta/"}
        assert all(e.link.startswith(root) for e in parsed.entries)
        assert {l.rel: l.href for l in parsed.feed.links}["self"] == "https://example.org/" + feeds.feed_path(lang)


def test_real_data_has_no_entries_and_a_valid_empty_feed(real_plan):
    as_of = dt.date(2025, 12, 31)  # the last day of the strategy 2023–2025: nothing has happened yet
    assert feeds.entries(real_plan, as_of) == []
    for lang in model.LANGUAGES:
        raw = feeds.atom(real_plan, as_of, lang)
        parsed = feedparser.parse(raw)
        assert parsed.bozo == 0 and parsed.entries == []
        feed = ET.fromstring(raw)
        assert feed.findtext(f"{A}updated") == "2025-12-31T00:00:00Z"  # no entries: the build date
        assert feed.findtext(f"{A}id") and feed.findtext(f"{A}title") and feed.findtext(f"{A}author/{A}name")


# --- the page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_page_lists_entries_newest_first(progress_plan, as_of, lang):
    labels = Labels(lang)
    soup = page_html(progress_plan, as_of, lang)
    assert [h.get_text() for h in soup.find_all("h1")] == [labels["whats_new_title"]]
    assert {h.name for h in soup.find_all(re.compile(r"^h\d$"))} == {"h1", "h2"}
    days = sorted({e.date for e in feeds.entries(progress_plan, as_of)}, reverse=True)
    assert [h.get_text() for h in soup.find_all("h2")] == [labels.date(d) for d in days]
    items = soup.select("h2 + ul > li")
    assert len(items) == expected_count(progress_plan, as_of)
    assert items[0].find("strong").get_text() == labels["whats_new_kind"]["kausi"]  # the strategy 2023–2025 ended
    assert items[0].find("a")["href"] == "strategia.md"
    first = items[1]
    assert first.find("strong").get_text() == labels["whats_new_kind"]["raportti"]
    assert first.find("a")["href"] == "painopisteet/terveet-elintavat.md#liikuntapalvelujen-asiakasohjaus"
    assert labels["status"]["kaynnissa"] in first.get_text()  # the status in words
    assert f'{labels["report_source"]}: ' in first.get_text()


def test_page_links_every_target_and_source(progress_plan, as_of):
    soup = page_html(progress_plan, as_of, "fi")
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert "strategia.md#asiakastyytyvaisyys-paranee" in hrefs
    assert "painopisteet/turvallisuus.md" in hrefs  # the area a change concerns
    assert "https://www.luvn.fi/" in hrefs  # a source that is on the web
    text = soup.get_text()
    assert "Sisältömuutos" in text and "Painopiste: Turvallisuuden edistäminen" in text
    assert "Verkostokartoitus on käynnissä." in text


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_page_links_to_the_feed(progress_plan, as_of, lang):
    soup = page_html(progress_plan, as_of, lang)
    link = soup.find("a", type="application/atom+xml")
    assert link.get_text() == Labels(lang)["whats_new_feed_link"]
    # From the page's URL (/mita-uutta/ or /sv/mita-uutta/) the link reaches the feed's path.
    page_url = "https://example.org/" + Labels(lang)["home_path"] + urls.page_url(site_pages.WHATS_NEW.path)
    assert urljoin(page_url, link["href"]) == "https://example.org/" + feeds.feed_path(lang)


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_page_says_plainly_that_nothing_is_published_yet(real_plan, lang):
    soup = page_html(real_plan, dt.date(2025, 12, 31), lang)
    assert Labels(lang)["whats_new_none"] in soup.get_text()
    assert soup.find_all("h2") == [] and soup.find_all("li") == []
    assert soup.find("a", type="application/atom+xml")  # the feed exists, empty, to subscribe to


def older_notice(soup):
    return [p for p in soup.find_all("p") if p.find("a", href="avoin-data.md#plan-json")]


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_page_shows_the_newest_and_says_where_the_older_are(progress_plan, as_of, lang):
    labels = Labels(lang)
    plan = with_entries(progress_plan, as_of, feeds.LATEST + 3)
    soup = page_html(plan, as_of, lang)
    assert len(soup.select("h2 + ul > li")) == feeds.LATEST
    newest_day = feeds.entries(plan, as_of)[0].date
    assert soup.find("h2").get_text() == labels.date(newest_day)
    [notice] = older_notice(soup)
    assert notice.get_text() == labels.format(
        "whats_new_older", n=feeds.LATEST, areas=labels["whats_new_older_areas"],
        strategy=labels["whats_new_older_strategy"], open_data=labels["whats_new_older_open_data"],
    )
    links = [a["href"] for a in notice.find_all("a")]
    assert links == ["index.md#painopisteet", "strategia.md", "avoin-data.md#plan-json"]
    # Before the entries, and each link reaches a page and an anchor that exist.
    assert notice.find_previous("h2") is None
    pages = {p.path: p.markdown for p in render.Renderer(plan, as_of).pages() if p.lang == lang}
    for href in links:
        path, _, anchor = href.partition("#")
        html = md_lib.markdown(pages[path].split("---\n", 2)[2], extensions=EXTENSIONS)
        assert not anchor or BeautifulSoup(html, "html.parser").find(id=anchor), href


@pytest.mark.parametrize("lang", model.LANGUAGES)
def test_page_says_nothing_of_older_entries_when_none_is_left_out(progress_plan, as_of, lang):
    soup = page_html(progress_plan, as_of, lang)
    assert older_notice(soup) == []
    plan = with_entries(progress_plan, as_of, feeds.LATEST)
    soup = page_html(plan, as_of, lang)
    assert len(soup.select("h2 + ul > li")) == feeds.LATEST and older_notice(soup) == []


def test_page_shows_data_text_literally(progress_plan, as_of):
    tricky = "*Ei* [linkki](https://example.org) & 1 <2 # `x` | y"
    plan = with_goal(progress_plan, "hyte-maaritelma", raportit=[report(dt.date(2026, 1, 2), fi=tricky, sv=tricky)])
    soup = page_html(plan, as_of, "fi")
    item = soup.select("h2 + ul > li")[0]
    assert tricky in item.get_text()
    assert not item.find("em") and not item.find("b") and "example.org" not in " ".join(a["href"] for a in item.find_all("a"))


def test_page_words_exist_in_both_languages():
    for lang in model.LANGUAGES:
        labels = Labels(lang)
        assert set(labels["whats_new_kind"]) == {"raportti", "muutos", "kausi"}
        assert set(labels["whats_new_target"]) == {"tavoite", "valtuustokauden-tavoite", "painopiste", "asiakirja"}
        for key in ("whats_new_title", "whats_new_description", "whats_new_intro", "whats_new_feed_intro",
                    "whats_new_feed_link", "whats_new_none", "whats_new_older", "whats_new_older_areas",
                    "whats_new_older_strategy", "whats_new_older_open_data", "feed_title", "feed_subtitle"):
            assert labels[key].strip(), (lang, key)
