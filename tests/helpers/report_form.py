"""A report added through the browser editor's form (/admin/), as an editor fills it, and what its
save should add to the area's file: exactly the report's lines."""

import difflib

import cms

ADD_REPORT = {"fi": "Lisää raportti", "sv": "Lägg till rapport"}
SAVE = {"fi": "Tallenna", "sv": "Spara"}
KUVAUS = ("Verkosto on perustettu, ja sen tapaamiset ovat alkaneet.", "Nätverket har grundats och dess möten har börjat.")
LAHDE = ("Hyvinvointikertomus 2026", "Välfärdsberättelsen 2026")

EXPECTED_REPORT = f"""\
    raportit:
      - paivamaara: {{day}}
        tila: käynnissä
        kuvaus:
          fi: {KUVAUS[0]}
          sv: {KUVAUS[1]}
        lahde:
          nimi:
            fi: {LAHDE[0]}
            sv: {LAHDE[1]}
"""



def open_area(driver, site_url: str, area_id: str) -> None:
    """The editor over a copy of the repository's data, at the area `area_id`'s form."""
    cms.open_local_repository(driver, site_url, cms.repository_files())
    driver.get(site_url + f"admin/#/collections/painopisteet/entries/{area_id}")


def add_report_block(driver, goal: int, lang: str) -> str:
    """Opens the goal at index `goal` and adds a report to it (empty); returns the report's key path."""
    cms.open_goal(driver, goal)
    reports = f"tavoitteet.{goal}.raportit"
    cms.click(driver, cms.button(driver, ADD_REPORT[lang], f'[data-key-path="{reports}"]'))
    return f"{reports}.0"


def fill_in(driver, report: str, day: str) -> None:
    """Fills the report at key path `report`: status käynnissä, its text and source in both languages, `day`."""
    cms.choose(driver, f"{report}.tila", "käynnissä")
    for key, (fi, sv) in (("kuvaus", KUVAUS), ("lahde.nimi", LAHDE)):
        cms.set_value(driver, cms.field(driver, f"{report}.{key}.fi", "textarea"), fi)
        cms.set_value(driver, cms.field(driver, f"{report}.{key}.sv", "textarea"), sv)
    # The date last: set on the item just added, it was once lost when the item rendered again.
    cms.set_value(driver, cms.field(driver, f"{report}.paivamaara"), day)
    cms.wait_for(driver, lambda d: cms.field(d, f"{report}.paivamaara").get_attribute("value") == day, 5)


def added_lines(before: str, after: str) -> list[str]:
    diff = list(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), n=0))
    assert not [line for line in diff[2:] if line.startswith("-")], "".join(diff)  # nothing removed or changed
    return [line[1:] for line in diff[2:] if line.startswith("+")]
