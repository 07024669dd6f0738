"""Structure (1.3.1, 2.4.2, 2.4.6) from the built HTML; names in the accessibility tree (1.1.1,
1.4.1, 4.1.2) from Chromium's own tree through the DevTools protocol."""

import re
from collections import Counter

import pytest

from plan.labels import Labels
from sitebuild import easy_part, page_lang, planned_pages

PAGES = planned_pages()
# Material's English interface words: none may reach a reader of a Finnish or Swedish page.
ENGLISH = {"search", "header", "footer", "navigation", "table of contents", "back to top", "share", "clear",
           "skip to content", "initializing search", "type to start searching", "previous", "next", "copy to clipboard"}
# Spelled the same in the page's language (Material's Swedish for the site navigation).
NATIVE = {"fi": set(), "sv": {"navigation"}}
# With the pages of a document whose period has ended (issue 16): "Ei raportoitu kauden aikana".
STATUS_WORDS = {"fi": {"Ei raportoitu", "Ei aloitettu", "Käynnissä", "Saavutettu", "Ei saavutettu", "Myöhässä",
                       "Ei raportoitu kauden aikana"},
                "sv": {"Inte rapporterat", "Inte påbörjat", "Pågår", "Uppnått", "Inte uppnått", "Försenat",
                       "Inte rapporterat under perioden"}}
# On the easy-language pages (issue 27) the same statuses in easy words, from the labels.
EASY_STATUS_WORDS = {lang: {*Labels(lang)["easy_status"].values(), Labels(lang)["easy_status_not_reported_in_period"]}
                     for lang in ("fi", "sv")}
CONTROL_ROLES = {"link", "button", "textbox", "searchbox", "checkbox", "radio", "combobox", "menuitem", "tab", "switch"}



@pytest.mark.a11y_check("structure")
@pytest.mark.parametrize("page", PAGES)
def test_headings_one_h1_and_no_skipped_levels(site, page):
    soup = site.soup(page)
    headings = soup.body.find_all(re.compile(r"^h[1-6]$"))
    assert [h.name for h in headings].count("h1") == 1, page
    assert headings[0].name == "h1", page
    levels = [int(h.name[1]) for h in headings]
    for before, after, heading in zip(levels, levels[1:], headings[1:]):
        assert after <= before + 1, (page, heading.get_text(strip=True))
    assert all(h.get_text(strip=True) for h in headings), page


@pytest.mark.a11y_check("structure")
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_titles_unique_and_descriptive_per_language(site, lang):
    titles = {}
    for page in site.pages(lang):
        soup = site.soup(page)
        title = soup.title.get_text(strip=True)
        h1 = " ".join(soup.body.find("h1").get_text().replace("\u00ad", "").split())  # without soft hyphens
        assert h1 in title, (page, title)  # the title names what the page is about
        titles[page] = title
    duplicates = [t for t, n in Counter(titles.values()).items() if n > 1]
    assert not duplicates, duplicates


@pytest.mark.a11y_check("structure")
@pytest.mark.parametrize("page", PAGES)
def test_landmarks_once_or_labelled(site, page):
    soup = site.soup(page)
    sectioning = ("article", "aside", "main", "nav", "section")
    banners = [h for h in soup.find_all("header") if not h.find_parent(sectioning)]
    footers = [f for f in soup.find_all("footer") if not f.find_parent(sectioning)]
    assert len(banners) == 1 and len(footers) == 1 and len(soup.find_all("main")) == 1, page
    navs = soup.find_all("nav")
    labels = [n.get("aria-label") or n.get("aria-labelledby") for n in navs]
    assert all(labels), (page, [str(n)[:120] for n, l in zip(navs, labels) if not l])
    # Which navigation landmarks a reader meets, and that their names differ, depends on the width
    # and on JavaScript (the menu is the sidebar, a drawer or a list at the foot): the accessibility
    # tree says it (test_controls.py::test_landmarks_and_the_current_page_in_the_menu).


@pytest.mark.a11y_check("structure")
@pytest.mark.parametrize("page", PAGES)
def test_data_tables_have_caption_and_scoped_headers(site, page):
    for table in site.soup(page).select("article table"):
        assert table.caption and table.caption.get_text(strip=True), page
        headers = table.find_all("th")
        assert headers and all(th.get("scope") in ("col", "row", "colgroup", "rowgroup") for th in headers), page


def ax_tree(browser, url):
    browser.get(url)
    browser.execute_cdp_cmd("Accessibility.enable", {})
    return browser.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]


def _value(node, key):
    return (node.get(key) or {}).get("value") or ""


@pytest.mark.a11y_check("names")
@pytest.mark.parametrize("page", PAGES)
def test_every_control_has_a_name_in_the_page_language(browser, server, page):
    if browser.get_window_size()["width"] != 1280:
        browser.set_window_size(1280, 900)
    nodes = ax_tree(browser, server.url + page)
    unnamed, english = [], []
    for node in nodes:
        if node.get("ignored"):
            continue
        role, name = _value(node, "role"), " ".join(_value(node, "name").split())
        if role in CONTROL_ROLES:
            if not name:
                unnamed.append(role)
            elif name.lower() in ENGLISH - NATIVE[page_lang(page)]:
                english.append((role, name))
        elif role in ("navigation", "dialog", "search", "region", "complementary") and name.lower() in ENGLISH - NATIVE[page_lang(page)]:
            english.append((role, name))
    assert not unnamed, (page, unnamed)
    assert not english, (page, english)


@pytest.mark.a11y_check("names")
@pytest.mark.parametrize("page", [p for p in PAGES if "painopisteet/" in p])
def test_every_status_is_told_in_words(browser, server, page):
    """The status's colour and shape are decoration; its words are in the accessibility tree."""
    if browser.get_window_size()["width"] != 1280:
        browser.set_window_size(1280, 900)
    browser.get(server.url + page)
    shown = browser.execute_script(
        "return [...document.querySelectorAll('.status')].filter(s => !s.closest('[aria-hidden=true]'))"
        ".map(s => s.innerText.trim())")
    hidden_shapes = browser.execute_script(
        "return [...document.querySelectorAll('.status__icon')].every(i => i.closest('[aria-hidden=true]'))")
    words = STATUS_WORDS[page_lang(page)] | EASY_STATUS_WORDS[page_lang(page)]
    assert all(s in words for s in shown), (page, shown)
    assert hidden_shapes
    texts = [" ".join(_value(n, "name").split()) for n in ax_tree(browser, server.url + page) if not n.get("ignored")]
    assert sum(t in words for t in texts) >= len(shown), page


@pytest.mark.a11y_check("names")
@pytest.mark.parametrize("page", PAGES)
def test_images_and_icons_have_text_or_are_hidden(site, page):
    soup = site.soup(page)
    for img in soup.find_all("img"):
        assert img.has_attr("alt"), (page, str(img)[:120])
    for svg in soup.find_all("svg"):
        named = svg.get("aria-label") or svg.find("title") or svg.get("aria-hidden") == "true"
        in_named_control = svg.find_parent(lambda t: t.name in ("a", "button", "label") and (
            t.get("aria-label") or t.get("title") or t.get_text(strip=True)))
        assert named or in_named_control, (page, str(svg.parent)[:200])


@pytest.mark.a11y_check("names")
@pytest.mark.parametrize("page", [p for p in PAGES if p in ("", "sv/", "strategia/", "sv/strategia/")])
def test_different_buttons_have_different_names(site, page):
    """2.4.6: the search button and the search form's submit button are not both "Sök" (review 2, C5)."""
    names = [" ".join(b.get_text().split()) for b in site.soup(page).find_all("button")]
    assert len(names) >= 4, (page, names)  # menu, close menu, theme, search, submit
    assert not [n for n, times in Counter(names).items() if times > 1], (page, names)


# The pages with the plan's footnotes (not the area's easy-language page: the easy texts have none).
NOTED_PAGES = [p for p in PAGES if p.split("/")[-2:-1] in (["koko-suunnitelma"], ["hyvinvointi-ja-terveyserot"])
               and easy_part(p) is None]


@pytest.mark.a11y_check("structure")
@pytest.mark.parametrize("page", NOTED_PAGES)
def test_footnote_markers_stay_out_of_headings_and_the_contents_list(site, page):
    """1.3.1, 2.4.6: a heading was read "Monimuotoisuuslupauksen Huomautus 1 lisääminen…" and the
    contents list showed "Monimuotoisuuslupauksen*" (review 2, C8). The note stays one link away."""
    soup = site.soup(page)
    marker = re.compile(r"\w\*")  # "Monimuotoisuuslupauksen*", not the notes' heading "Tähdellä (*) …"
    for heading in soup.select("article h1, article h2, article h3, article h4"):
        assert not heading.select("a.footnote-ref"), (page, str(heading)[:200])
        assert not marker.search(heading.get_text()), (page, heading.get_text())
    assert not marker.search(soup.select_one("nav.md-nav--secondary").get_text()), page
    refs = soup.select("article a.footnote-ref")
    assert refs, page
    for ref in (r for r in refs if r.get("id")):  # on the area page: to the note and back
        note = soup.find(id=ref["href"].removeprefix("#"))
        assert note is not None and note.find("a", href=f"#{ref['id']}") is not None, (page, ref)


@pytest.mark.a11y_check("keyboard")
@pytest.mark.parametrize("page", [p for p in PAGES if p in ("", "sv/", "koko-suunnitelma/", "sv/strategia/")])
def test_the_contents_list_comes_after_the_content_in_tab_order(site, page):
    """2.4.3: from 1220 px the contents list stands right of the text; Tab went menu → contents list
    → text (review 2, B6). With no positive tabindex, Tab follows the document's order."""
    soup = site.soup(page)
    assert not [e for e in soup.find_all(tabindex=True) if int(e["tabindex"]) > 0], page
    order = [e for e in soup.find_all(True) if e.name == "main" or "md-nav--secondary" in (e.get("class") or [])]
    assert [e.name for e in order] == ["main", "nav"], (page, [e.name for e in order])


MARKED_PAGES = ["", "sv/", "painopisteet/turvallisuus/", "sv/koko-suunnitelma/"]


@pytest.mark.a11y_check("names")
@pytest.mark.parametrize("page", MARKED_PAGES)
def test_the_status_marks_have_a_legend_and_a_passed_deadline_says_why_not_late(site, page):
    """Rows of ○ □ ◐ ✓ ✕ ! had no legend, and "Ei raportoitu" past a deadline did not link to why it
    is not "Myöhässä" (review 2, C9). The legend gives every mark with its words."""
    soup = site.soup(page)
    rows = soup.select("article .summary__visual")
    assert rows, page
    legend = soup.select_one("article .status-legend")
    assert legend is not None, page
    shown = {c for row in rows for s in row.select(".status") for c in s["class"] if c.startswith("status--")}
    explained = {c for s in legend.select(".status") for c in s["class"] if c.startswith("status--")}
    assert shown <= explained and len(explained) == 6, (page, shown, explained)
    assert all(s.get_text(strip=True) in STATUS_WORDS[page_lang(page)] for s in legend.select(".status")), page
    goals = soup.select("article .goal-meta > ul")
    passed = [ul for ul in goals if ul.select_one(".status--ei-raportoitu")
              and re.search(r"\((päättynyt|har gått ut)\)", ul.get_text())]
    assert bool(passed) == ("painopisteet/" in page or "koko-suunnitelma/" in page), page
    for ul in passed:
        assert ul.li.select_one('a[href$="seuranta/#myohassa"]'), (page, ul.li.get_text())


@pytest.mark.a11y_check("names")
@pytest.mark.parametrize("page", ["seuranta/", "sv/seuranta/"])
def test_the_method_page_lists_each_status_with_its_mark(site, page):
    soup = site.soup(page)
    terms = soup.select("article dt")
    words = {t.get_text(strip=True) for t in terms}
    assert words == STATUS_WORDS[page_lang(page)] - {"Ei raportoitu kauden aikana", "Inte rapporterat under perioden"}, words
    assert all(t.select_one(".status__icon[aria-hidden=true]") for t in terms), page
    assert soup.find(id="myohassa") in [t.find(id="myohassa") for t in terms], page
