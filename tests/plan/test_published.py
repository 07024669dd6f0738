"""Nothing published disappears silently (issue 26, part 1): data/julkaistut.yml against the data.

On the code before issue 26 every deletion and renaming below passed the check ("Data on kunnossa:
7 painopistettä, 18 tavoitetta"), as the editors' review found; the withdrawal records and the
register were unknown fields and files."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from plan.data import load, published
from plan.editor import check
from plan.outputs import render

ROOT = Path(__file__).resolve().parents[2]
AS_OF = dt.date(2026, 12, 7)
AREA = "painopisteet/mielen-hyvinvointi.yml"
GOAL = "kulttuurihyvinvointisuunnitelma"

WITHDRAWN_GOAL = """poistetut_tavoitteet:
  - id: kulttuurihyvinvointisuunnitelma
    tavoite:
      fi: Kulttuurihyvinvointisuunnitelma on laadittu
      sv: Planen för kulturell välfärd har utarbetats
    poistettu:
      paivamaara: 2026-11-30
      syy:
        fi: Tavoite siirrettiin seuraavaan suunnitelmaan.
        sv: Målet flyttades till följande plan.
"""

WITHDRAWN_AREA = """poistetut_painopisteet:
  - id: turvallisuus
    otsikko:
      fi: Turvallisuuden edistäminen
      sv: Främjande av säkerheten
    poistettu:
      paivamaara: 2026-11-30
      syy:
        fi: Painopiste yhdistettiin toiseen painopisteeseen.
        sv: Fokusområdet slogs ihop med ett annat fokusområde.
"""


@pytest.fixture
def data(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def run_check(data_dir: Path, capsys) -> tuple[int, str]:
    code = check.main([str(data_dir)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return code, out.err + out.out


def without_goal(data_dir: Path, goal_id: str) -> None:
    file = data_dir / AREA
    text = file.read_text(encoding="utf-8")
    start = text.index(f"  - id: {goal_id}\n")
    end = text.index("  - id: ", start + 1)
    file.write_text(text[:start] + text[end:], encoding="utf-8")


def test_the_register_holds_every_published_area_and_goal():
    plan = load.load(ROOT / "data", as_of=AS_OF).plan
    errors = []
    _, register = load.read_published(ROOT / "data", errors)
    assert not errors
    assert published.merged(register, published.current(plan)) == register, "run ./scripts/check --paivita-julkaistut"
    assert published.counts(register)[:2] == (7, 19)


def test_deleting_a_goal_fails_in_finnish_and_swedish(data, capsys):
    without_goal(data, GOAL)
    code, out = run_check(data, capsys)
    assert code == 1
    line = next(line for line in out.splitlines() if f"'{GOAL}'" in line)
    assert f"{AREA}:" in line and ": tavoitteet: " in line  # file, line, field
    assert f"tavoite '{GOAL}' on julkaistu osoitteessa /painopisteet/mielen-hyvinvointi/#{GOAL}, mutta se puuttuu" in line
    assert "lisää tähän tiedostoon kohta poistetut_tavoitteet" in line  # what to do
    assert f"På svenska: målet '{GOAL}' är publicerat på /sv/painopisteet/mielen-hyvinvointi/#{GOAL}" in line
    assert "lägg i den här filen till poistetut_tavoitteet" in line


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_in_the_editors_language_the_message_is_in_that_language_only(data, capsys, lang):
    # The pull request's annotations and the preview's notice name the place by the form's labels
    # in one language (--kieli): the line was Finnish and Swedish run together in both.
    without_goal(data, GOAL)
    code = check.main([str(data), "--kieli", lang])
    out = capsys.readouterr().err
    assert code == 1
    fi = f"tavoite '{GOAL}' on julkaistu osoitteessa /painopisteet/mielen-hyvinvointi/#{GOAL}, mutta se puuttuu"
    sv = f"målet '{GOAL}' är publicerat på /sv/painopisteet/mielen-hyvinvointi/#{GOAL}, men det saknas"
    place = {"fi": "Mielen hyvinvoinnin vahvistaminen › tavoitteet: ", "sv": "Stärkande av det psykiska välbefinnandet › mål: "}
    assert place[lang] + {"fi": fi, "sv": sv}[lang] in out
    assert {"fi": sv, "sv": fi}[lang] not in out and "På svenska" not in out


def test_changing_a_goal_id_fails_and_names_the_new_one(data, capsys):
    file = data / AREA
    file.write_text(file.read_text(encoding="utf-8").replace(f"  - id: {GOAL}\n", "  - id: kulttuurisuunnitelma\n"), encoding="utf-8")
    code, out = run_check(data, capsys)
    assert code == 1
    assert f"tavoite '{GOAL}' on julkaistu" in out and "uusi tunniste kulttuurisuunnitelma" in out
    assert "nya id:t kulttuurisuunnitelma" in out


def test_deleting_an_area_or_changing_its_id_fails(data, capsys):
    (data / "painopisteet/turvallisuus.yml").unlink()
    plan_file = data / "suunnitelma.yml"
    plan_file.write_text(plan_file.read_text(encoding="utf-8").replace("  - turvallisuus\n", ""), encoding="utf-8")
    code, out = run_check(data, capsys)
    assert code == 1
    assert "suunnitelma.yml:" in out and "painopiste 'turvallisuus' on julkaistu osoitteessa /painopisteet/turvallisuus/" in out
    assert "fokusområdet 'turvallisuus' är publicerat på /sv/painopisteet/turvallisuus/" in out


def test_deleting_a_published_report_fails(data, capsys):
    register = data / published.FILE
    register.write_text(register.read_text(encoding="utf-8").replace(f"      {GOAL}: []", f"      {GOAL}: [2026-12-01]"), encoding="utf-8")
    code, out = run_check(data, capsys)
    assert code == 1
    assert f"tavoitteen '{GOAL}' raportti 2026-12-01 on julkaistu, mutta se puuttuu" in out
    assert f"rapporten 2026-12-01 om målet '{GOAL}' är publicerad" in out
    file = data / AREA
    record = (
        "    poistetut_raportit:\n      - raportin_paivamaara: 2026-12-01\n        poistettu:\n"
        "          paivamaara: 2026-12-02\n          syy:\n            fi: Raportti kirjattiin väärälle tavoitteelle.\n"
        "            sv: Rapporten fördes in under fel mål.\n"
    )
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace('    maaraaika: "2025-05"\n', '    maaraaika: "2025-05"\n' + record, 1), encoding="utf-8")
    assert check.main([str(data)]) == 0, capsys.readouterr().err
    pages = {(p.path, p.lang): p.markdown for p in render.Renderer(load.load(data, as_of=AS_OF).plan, AS_OF).pages()}
    assert "Raportti, jonka päivämäärä oli 1\\. joulukuuta 2026, poistettiin 2\\. joulukuuta 2026\\." in pages[("painopisteet/mielen-hyvinvointi.md", "fi")]
    assert "Rapporten daterad 1 december 2026 togs bort 2 december 2026\\." in pages[("painopisteet/mielen-hyvinvointi.md", "sv")]


def test_a_withdrawal_record_passes_and_the_old_addresses_tell_what_happened(data, capsys):
    without_goal(data, GOAL)
    file = data / AREA
    file.write_text(file.read_text(encoding="utf-8") + WITHDRAWN_GOAL, encoding="utf-8")
    (data / "painopisteet/turvallisuus.yml").unlink()
    plan_file = data / "suunnitelma.yml"
    text = plan_file.read_text(encoding="utf-8").replace("  - turvallisuus\n", "")
    plan_file.write_text(text.replace("painopisteet:\n", WITHDRAWN_AREA + "painopisteet:\n", 1), encoding="utf-8")
    code, out = run_check(data, capsys)
    assert code == 0, out
    pages = {(p.path, p.lang): p.markdown for p in render.Renderer(load.load(data, as_of=AS_OF).plan, AS_OF).pages()}
    fi, sv = pages[("painopisteet/mielen-hyvinvointi.md", "fi")], pages[("painopisteet/mielen-hyvinvointi.md", "sv")]
    assert f"### Kulttuurihyvinvointisuunnitelma on laadittu {{ #{GOAL} }}" in fi  # the old anchor answers
    assert "Tavoite poistettiin suunnitelmasta 30\\. marraskuuta 2026\\. Syy: Tavoite siirrettiin seuraavaan suunnitelmaan\\." in fi
    assert f"### Planen för kulturell välfärd har utarbetats {{ #{GOAL} }}" in sv
    assert "Målet togs bort ur planen 30 november 2026\\. Orsak: Målet flyttades till följande plan\\." in sv
    area_fi, area_sv = pages[("painopisteet/turvallisuus.md", "fi")], pages[("painopisteet/turvallisuus.md", "sv")]
    assert "# Turvallisuuden edistäminen \\(poistettu painopiste\\)" in area_fi
    assert "Tämä painopiste poistettiin suunnitelmasta 30\\. marraskuuta 2026\\." in area_fi
    assert "Syy: Painopiste yhdistettiin toiseen painopisteeseen\\." in area_fi
    assert "Det här fokusområdet togs bort ur planen 30 november 2026\\." in area_sv
    assert "Orsak: Fokusområdet slogs ihop med ett annat fokusområde\\." in area_sv


def test_a_withdrawn_goal_that_is_still_there_is_refused(data, capsys):
    file = data / AREA
    file.write_text(file.read_text(encoding="utf-8") + WITHDRAWN_GOAL, encoding="utf-8")
    code, out = run_check(data, capsys)
    assert code == 1 and f"tavoite '{GOAL}' on sekä poistettu että tavoitteissa" in out


def test_a_new_goal_passes_and_the_update_adds_it_never_dropping_anything(data, capsys):
    file = data / AREA
    text = file.read_text(encoding="utf-8")
    start = text.index(f"  - id: {GOAL}\n")
    end = text.index("  - id: ", start + 1)
    file.write_text(text[:end] + text[start:end].replace(f"id: {GOAL}", "id: uusi-tavoite") + text[end:], encoding="utf-8")
    assert run_check(data, capsys)[0] == 0  # a goal not published yet is no error
    assert check.main([str(data), "--paivita-julkaistut"]) == 0
    assert "lisättiin 0 painopistettä, 1 tavoite, 0 raporttia" in capsys.readouterr().out
    assert "      uusi-tavoite: []\n" in (data / published.FILE).read_text(encoding="utf-8")
    without_goal(data, "uusi-tavoite")  # now published: its removal is caught
    code, out = run_check(data, capsys)
    assert code == 1 and "tavoite 'uusi-tavoite' on julkaistu" in out
    assert check.main([str(data), "--paivita-julkaistut"]) == 1  # nothing written while the check fails
    assert "      uusi-tavoite: []\n" in (data / published.FILE).read_text(encoding="utf-8")


def test_a_missing_register_fails(data, capsys):
    (data / published.FILE).unlink()
    code, out = run_check(data, capsys)
    assert code == 1 and "julkaistujen luettelo puuttuu" in out and "förteckningen över det publicerade saknas" in out
