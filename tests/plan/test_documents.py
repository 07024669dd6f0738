"""documents.py and the list of documents (data/asiakirjat.yml): states, addresses, editors' errors."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from plan.data import load
from plan.domain import documents, model
from plan.site import urls

ROOT = Path(__file__).resolve().parents[2]
D = dt.date


def doc(plan, doc_id):
    return plan.document(doc_id).meta


@pytest.mark.parametrize("day, expected", [
    (D(2022, 12, 31), "tulossa"), (D(2023, 1, 1), "voimassa"), (D(2025, 12, 31), "voimassa"), (D(2026, 1, 1), "paattynyt"),
])
def test_state_follows_the_whole_years_of_the_period(real_plan, day, expected):
    assert documents.state(doc(real_plan, "hyvinvointialuestrategia-2023-2025"), day).value == expected


@pytest.mark.parametrize("day, soon", [(D(2026, 6, 30), False), (D(2026, 7, 1), True), (D(2026, 12, 31), True), (D(2027, 1, 1), False)])
def test_a_current_document_ends_soon_in_its_last_six_months(real_plan, day, soon):
    assert documents.ending_soon(doc(real_plan, "hyvinvointisuunnitelma-2024-2026"), day) is soon


def test_the_end_is_announced_the_day_after(real_plan):
    strategy = doc(real_plan, "hyvinvointialuestrategia-2023-2025")
    assert documents.ended_on(strategy, D(2025, 12, 31)) is None
    assert documents.ended_on(strategy, D(2026, 1, 1)) == documents.ended_on(strategy, D(2027, 5, 5)) == D(2026, 1, 1)


def test_current_documents_come_first(real_plan):
    shown = documents.ordered(real_plan.documents, D(2026, 12, 1))
    assert [d.id for d in shown] == [
        "hyvinvointisuunnitelma-2024-2026", "palvelujen-uudistamisen-strategia-2026-2029", "hyvinvointialuestrategia-2023-2025",
    ]


def test_first_documents_keep_the_first_addresses_and_others_have_their_own(real_plan):
    plan_paths = urls.Paths(doc(real_plan, "hyvinvointisuunnitelma-2024-2026"))
    area = real_plan.painopisteet[0]
    assert (plan_paths.main, plan_paths.area(area), plan_paths.whole) == (
        "suunnitelma.md", f"painopisteet/{area.id}.md", "koko-suunnitelma.md")
    assert urls.Paths(doc(real_plan, "hyvinvointialuestrategia-2023-2025")).main == "strategia.md"
    assert urls.Paths(doc(real_plan, "palvelujen-uudistamisen-strategia-2026-2029")).main == "strategia-2026-2029/index.md"
    later = doc(real_plan, "hyvinvointisuunnitelma-2024-2026").model_copy(update={"osoite": "suunnitelma-2027-2030"})
    assert urls.Paths(later).area(area) == f"suunnitelma-2027-2030/painopisteet/{area.id}.md"


def test_real_documents(real_plan):
    new = doc(real_plan, "palvelujen-uudistamisen-strategia-2026-2029")
    assert len(new.muutoslupaukset) == 6 and new.hyvaksynta.paivamaara == "2025-10"
    assert [s.osoite for s in new.lahteet] == [None]  # the sources give no address for the press release
    assert doc(real_plan, "hyvinvointialuestrategia-2023-2025").korvaaja.asiakirja == new.id
    assert doc(real_plan, "hyvinvointisuunnitelma-2024-2026").korvaaja is None  # no successor in the sources


def test_earliest_start_bounds_report_dates():
    docs = load.validate(load.read_yaml(ROOT / "data" / "asiakirjat.yml"), model.Asiakirjat)[0]
    assert docs.earliest_start == D(2023, 1, 1)


# --- editors' errors: Finnish, with file and line ----------------------------------------------


def _errors_after(tmp_path, *edits):
    """The loader's errors (paths from data/ on) after replacing text in a copy of data/:
    edits are (file, old, new), applied in order."""
    data = tmp_path / "data"
    if not data.exists():
        shutil.copytree(ROOT / "data", data)
    for name, old, new in edits:
        file = data / name
        assert old in file.read_text(encoding="utf-8")
        file.write_text(file.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(load.DataErrors) as info:
        load.load_plan(data)
    return [str(e).split("/data/", 1)[-1] for e in info.value.errors]


def test_unknown_successor_is_named_with_its_line(tmp_path):
    errors = _errors_after(tmp_path, ("asiakirjat.yml", "asiakirja: palvelujen-uudistamisen-strategia-2026-2029",
                                      "asiakirja: strategia-2030"))
    assert errors == [
        "asiakirjat.yml:39:7: asiakirjat[1].korvaaja.asiakirja: asiakirjaa 'strategia-2030' ei ole: tunnisteet ovat "
        "hyvinvointisuunnitelma-2024-2026, hyvinvointialuestrategia-2023-2025, palvelujen-uudistamisen-strategia-2026-2029"
    ]


def test_an_address_is_used_once(tmp_path):
    errors = _errors_after(tmp_path, ("asiakirjat.yml", "osoite: strategia-2026-2029", "osoite: null"))
    assert errors == [
        "asiakirjat.yml:40:5: asiakirjat[2]: asiakirjalla, jolla ei ole sisältötiedostoa, on oltava oma osoite: lisää osoite"]
    errors = _errors_after(tmp_path, ("asiakirjat.yml", "osoite: null\n    muutoslupaukset", "osoite: painopisteet\n    muutoslupaukset"))
    assert errors == ["asiakirjat.yml:60:5: asiakirjat[2].osoite: osoite 'painopisteet' on jo käytössä: valitse toinen"]


def test_one_document_of_each_kind_at_the_first_addresses(tmp_path):
    errors = _errors_after(tmp_path, ("asiakirjat.yml", "osoite: null\n    sisalto: strategia.yml",
                                      "osoite: strategia-2023-2025\n    sisalto: strategia.yml"))
    assert errors == [
        "asiakirjat.yml:7:1: asiakirjat: yhdellä strategialla pitää olla sivuston ensimmäiset osoitteet: kirjoita sille osoite: null"]


def test_content_file_must_name_the_same_document(tmp_path):
    errors = _errors_after(tmp_path, ("suunnitelma.yml", "  fi: Alueellinen hyvinvointisuunnitelma 2024–2026",
                                      "  fi: Hyvinvointisuunnitelma 2024–2026"))
    assert errors == ["suunnitelma.yml:3:1: nimi: nimi ei ole sama kuin asiakirjan 'hyvinvointisuunnitelma-2024-2026' "
                      "tiedostossa asiakirjat.yml (rivi 10): korjaa toinen"], errors


def test_successor_is_either_in_data_or_outside_with_name_date_and_source(tmp_path):
    errors = _errors_after(tmp_path, ("asiakirjat.yml", "      asiakirja: palvelujen-uudistamisen-strategia-2026-2029",
                                      "      nimi: {fi: X, sv: X}"))
    assert any("asiakirjat[1].korvaaja: anna korvaavan asiakirjan tunniste (asiakirja), tai sen nimi, paatospaiva ja lahde" in e
               for e in errors), errors


def test_approval_month_is_a_quoted_month(tmp_path):
    errors = _errors_after(tmp_path, ("asiakirjat.yml", 'paivamaara: "2025-10"', "paivamaara: 2025-13"))
    assert any("hyvaksynta.paivamaara" in e and "kuukausi" in e for e in errors), errors


def test_report_and_change_dates_start_with_the_earliest_document(tmp_path):
    # The strategy 2023–2025 starts first: its start bounds every file's dates, not only its own.
    errors = _errors_after(tmp_path, ("muutokset.yml", "muutokset: []",
                                      "muutokset:\n  - paivamaara: 2022-12-31\n    kuvaus:\n      fi: Muutos.\n      sv: Ändring.\n"))
    assert errors == [
        "muutokset.yml:10:5: muutokset[0].paivamaara: päivämäärä 2022-12-31 on ennen strategiakauden 2023 alkua "
        "(2023-01-01): tarkista vuosi"
    ]


def test_data_links_may_lead_to_every_documents_pages(tmp_path):
    errors = _errors_after(tmp_path, ("suunnitelma.yml", "vuosille 2024–2026.\n", (
        "vuosille 2024–2026. [A](strategia-2026-2029/index.md) [B](aiemmat-suunnitelmat-ja-strategiat.md) [C](eiole.md)\n"
    )))
    assert len(errors) == 1 and "linkin kohdetta eiole.md ei ole sivustolla" in errors[0]
