"""What needs reporting, at a glance (issue 26, part 3): the page /raportoinnin-tilanne/ and
/sv/raportoinnin-tilanne/, built as of 7 December 2026, the day of the editors' review.

On the code before issue 26 the page did not exist: the site as of 2026-12-07 had no
raportoinnin-tilanne/index.html (FileNotFoundError in soup())."""

import pytest

DAY = "2026-12-07"
# The review (section 5): 7 of the plan's 19 goals had a passed deadline and no report, here by
# urgency: the earliest deadline first, then the plan's order.
PASSED_WITHOUT_REPORT = [
    "monimuotoisuuslupaus",  # 2024
    "hyte-maaritelma",  # 2024-12-31
    "vakivaltatyon-verkostot",  # 2024-12-31
    "kulttuurihyvinvointisuunnitelma",  # 2025-05
    "liikuntapalvelujen-asiakasohjaus",  # 2025-12-31
    "lapsiperhekoyhyyden-torjunta",  # 2025
    "vammaisten-hyte-tietoisuus",  # 2025
]
HEADINGS = {
    "": ("Määräaika on mennyt, eikä raporttia ole (7)", "Ei raporttia vuonna 2026 (12)", "Raportoitu vuonna 2026 (0)", "Muokkaa: "),
    "sv/": ("Tidsfristen har gått ut och det finns ingen rapport (7)", "Ingen rapport år 2026 (12)", "Rapporterat år 2026 (0)", "Redigera: "),
}


@pytest.fixture(scope="module")
def built(dated_site):
    return dated_site(DAY)


def groups(built, prefix: str) -> dict[str, list]:
    article = built.soup(f"{prefix}raportoinnin-tilanne/").find("article")
    out = {}
    for h2 in article.find_all("h2"):
        following = h2.find_next_sibling()
        out[h2.get_text(" ", strip=True)] = following.find_all("li", recursive=False) if following.name == "ul" else []
    return out


@pytest.mark.parametrize("prefix", HEADINGS, ids=["fi", "sv"])
def test_the_seven_goals_past_their_deadline_without_a_report_come_first(built, prefix):
    passed, not_this_year, reported, _ = HEADINGS[prefix]
    found = groups(built, prefix)
    assert list(found) == [passed, not_this_year, reported] and not found[reported]  # the real data has no report
    goal_ids = [li.find("a")["href"].split("#")[1] for li in found[passed]]
    assert goal_ids == PASSED_WITHOUT_REPORT
    assert len(found[not_this_year]) == 12 and not set(PASSED_WITHOUT_REPORT) & {
        li.find("a")["href"].split("#")[1] for li in found[not_this_year]}


@pytest.mark.parametrize("prefix", HEADINGS, ids=["fi", "sv"])
def test_each_goal_links_to_its_page_and_to_its_area_in_the_browser_editor(built, prefix):
    for items in groups(built, prefix).values():
        for li in items:
            goal, editor = li.find_all("a")
            page, anchor = goal["href"].split("#")
            assert page.startswith("../painopisteet/")
            area = page.removeprefix("../painopisteet/").rstrip("/")
            assert built.soup(f"{prefix}painopisteet/{area}/").find(id=anchor), goal["href"]
            depth = "../" * (1 + prefix.count("/"))
            assert editor["href"] == f"{depth}admin/#/collections/painopisteet/entries/{area}"
            assert editor.get_text().startswith(HEADINGS[prefix][3])
    assert (built.dir / "admin" / "index.html").exists()


@pytest.mark.parametrize("prefix", ["", "sv/"])
def test_the_menu_names_the_page_after_the_follow_up_method(built, prefix):
    # Residents see it too: which goals lack a report is as public as the goals' own pages.
    nav = built.soup(prefix).find("nav", class_="md-nav--primary") or built.soup(prefix).find("nav")
    hrefs = [a["href"] for a in nav.find_all("a", href=True)]
    follow_up = next(i for i, h in enumerate(hrefs) if h.rstrip("/").endswith("seuranta"))
    assert hrefs[follow_up + 1].rstrip("/").endswith("raportoinnin-tilanne")
