"""Editors' mistakes, each fed as a broken copy of the real data through the check and the build.

Both must name the file, the line and the field, say what is wrong in Finnish, exit non-zero,
show no Python traceback and write no site. The check runs here, in the test's process; the
builds of the cases run one after another in one process of their own (sitebuild.build_each).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from plan.editor import check
from sitebuild import ROOT

AREA = "painopisteet/turvallisuus.yml"


@dataclass(frozen=True)
class Case:
    id: str
    file: str  # the broken file, relative to data/
    change: Callable[[str], str] | tuple[str, str]  # text → broken text, or (old, new) once
    at: str  # a piece of the broken file on the line the error must name
    field: str  # "" where the file cannot be read far enough to have fields
    message: str  # a piece of the Finnish message


def _add_to_kuvaus(text: str) -> str:
    return text.replace("  fi: |\n    Turvallisuuden edistäminen on", "  fi: |\n    Katso [ohje](javascript:alert(1)). Turvallisuuden edistäminen on", 1)


CASES = [
    Case("yaml-syntax", AREA, ("luku: 6", "luku: [6"), "luku: [6", "", "YAML-virhe: hakasulku [ jää sulkematta (huomattiin rivillä 5)"),
    Case("yaml-colon", AREA, ("  fi: Turvallisuuden edistäminen\n", "  fi: Turvallisuus: edistäminen: x\n"), "Turvallisuus: edistäminen", "", "kaksoispiste"),
    Case("text-starts-with-bracket", AREA, ("  sv: Främjande av säkerheten\n", "  sv: [[fi:Turvallisuus]] främjas\n"), "[[fi:Turvallisuus]]", "", "arvo alkaa merkillä ["),
    Case("unclosed-quote", AREA, ("  fi: Turvallisuuden edistäminen\n", '  fi: "Turvallisuuden edistäminen\n'), '"Turvallisuuden edistäminen', "", 'lainausmerkki " jää sulkematta'),
    Case("comment-cuts-text", AREA, ("  fi: Turvallisuuden edistäminen\n", "  fi: Turvallisuus #1\n"), "Turvallisuus #1", "otsikko.fi", "teksti katkeaa #-merkkiin"),
    Case("number-for-text", AREA, ("  fi: Turvallisuuden edistäminen\n", "  fi: 2026\n"), "fi: 2026", "otsikko.fi", "pitää olla teksti: jos teksti on pelkkä luku"),
    Case("tab-indent", AREA, ("luku: 6", "luku:\t6"), "luku:", "", "sarkain"),
    Case("duplicate-key", AREA, ("luku: 6", "luku: 6\nluku: 7"), "luku: 7", "luku", "avain 'luku' on kahteen kertaan"),
    Case("unknown-field", AREA, ("    vastuutahot:\n      - fi: LUVN\n        sv: LUVN\n      - fi: järjestöt", "    vastuutaho:\n      - fi: LUVN\n        sv: LUVN\n      - fi: järjestöt"), "vastuutaho:", "tavoitteet[0].vastuutaho", "tuntematon kenttä"),
    Case("wrong-type", AREA, ("luku: 6", "luku: kuusi"), "luku: kuusi", "luku", "pitää olla kokonaisluku"),
    Case("wrong-type-list", AREA, ("    vastuutahot:\n      - fi: LUVN\n        sv: LUVN\n      - fi: järjestöt\n        sv: organisationerna\n", "    vastuutahot: LUVN\n"), "vastuutahot: LUVN", "tavoitteet[0].vastuutahot", "pitää olla luettelo"),
    Case("missing-field", AREA, ("    toimenpiteet:\n      - fi: Laaditaan selvitys Länsi-Uudenmaan väkivaltatyön verkostoista.\n        sv: En utredning om nätverken för arbetet mot våld i Västra Nyland utarbetas.\n", ""), "- id: vakivaltatyon-verkostot", "tavoitteet[0].toimenpiteet", "pakollinen kenttä puuttuu"),
    Case("empty-text", AREA, ("  sv: Främjande av säkerheten", '  sv: ""'), 'sv: ""', "otsikko.sv", "teksti on tyhjä"),
    Case("whitespace-text", AREA, ("  fi: Turvallisuuden edistäminen\n", '  fi: "   "\n'), 'fi: "   "', "otsikko.fi", "teksti on tyhjä"),
    Case("missing-translation", AREA, ("  sv: Främjande av säkerheten\n", ""), "otsikko:", "otsikko.sv", "ruotsinkielinen käännös puuttuu"),
    Case("impossible-date", AREA, ("maaraaika: 2024-12-31", "maaraaika: 2024-02-30"), "2024-02-30", "tavoitteet[0].maaraaika", "päivämäärää 2024-02-30 ei ole olemassa"),
    Case("impossible-month", AREA, ("maaraaika: 2024-12-31", 'maaraaika: "2024-13"'), '"2024-13"', "tavoitteet[0].maaraaika", "VVVV-KK"),
    Case("deadline-outside-period", AREA, ("maaraaika: 2024-12-31", "maaraaika: 2028-12-31"), "2028-12-31", "tavoitteet[0].maaraaika", "suunnitelmakauden 2024–2026 ulkopuolella"),
    # Issue 17: a year written as before is refused with the new shape in the message.
    Case("deadline-year-unquoted", AREA, ("maaraaika: 2024-12-31", "maaraaika: 2024"), "maaraaika: 2024", "tavoitteet[0].maaraaika", 'vuosi kirjoitetaan lainausmerkeissä: maaraaika: "2024"'),
    Case("duplicate-id", AREA, ("- id: lahisuhdevakivallan-tunnistaminen", "- id: vakivaltatyon-verkostot"), "- id: vakivaltatyon-verkostot\n    tavoite:\n      fi: Länsi-Uudenmaan hyvinvointialueella on käytössä", "tavoitteet[1].id", "tunniste 'vakivaltatyon-verkostot' on jo käytössä"),
    Case("unsafe-id", AREA, ("- id: vakivaltatyon-verkostot", "- id: Väkivaltatyön verkostot"), "Väkivaltatyön verkostot", "tavoitteet[0].id", "pieniä kirjaimia a–z"),
    Case("unknown-value", "sivusto.yml", ("tila: osittain", "tila: osittainen"), "tila: osittainen", "saavutettavuus.tila", "'osittainen' ei ole sallittu"),
    Case("unknown-area", "suunnitelma.yml", ("  - turvallisuus\n", "  - turvalisuus\n"), "- turvalisuus", "painopisteet[5]", "painopistettä 'turvalisuus' ei ole"),
    Case("python-tag", AREA, ("luku: 6", "luku: !!python/object/apply:os.system ['touch pwned']"), "!!python", "luku", "YAML-tagi !!python/object/apply:os.system ei ole sallittu"),
    Case("custom-tag", AREA, ("luku: 6", "luku: !mikalie 6"), "!mikalie", "luku", "YAML-tagi !mikalie"),
    Case("explicit-str-tag", AREA, ("luku: 6", "luku: !!str 6"), "!!str", "luku", "YAML-tagi !!str"),
    Case("alias", AREA, ("ruotsinnos_tarkistettu: false", "ruotsinnos_tarkistettu: &x false\nalaviitteet_kopio: *x"), "&x", "", "ankkurit ja viittaukset"),
    Case("anchor", AREA, ("otsikko:", "otsikko: &otsikko"), "&otsikko", "", "ankkurit ja viittaukset"),
    Case("raw-html", AREA, ("  fi: Turvallisuuden edistäminen\n", "  fi: Turvallisuuden <script>alert(1)</script>\n"), "<script>", "otsikko.fi", "HTML-merkintä ei ole sallittu"),
    Case("javascript-link", AREA, _add_to_kuvaus, "fi: |\n    Katso", "kuvaus.fi", "linkin osoite alkaa javascript:"),
]


def _report(tila: str, extra: str = "", day: str = "2025-03-01") -> tuple[str, str]:
    """Adds one progress report to the first goal of the area file."""
    return ("    maaraaika: 2024-12-31\n", (
        "    maaraaika: 2024-12-31\n    raportit:\n"
        f"      - paivamaara: {day}\n        tila: {tila}\n"
        "        kuvaus:\n          fi: Selvitys on käynnissä.\n          sv: Utredningen pågår.\n"
        "        lahde:\n          nimi:\n            fi: Aluehallitus 1.3.2025 § 1\n            sv: Regionstyrelsen 1.3.2025 § 1\n"
        + extra
    ))


CASES += [
    Case("unknown-status", AREA, _report("valmis"), "tila: valmis", "tavoitteet[0].raportit[0].tila", "arvo 'valmis' ei ole sallittu"),
    Case("report-in-the-future", AREA, _report("käynnissä", day="2099-01-01"), "paivamaara: 2099-01-01", "tavoitteet[0].raportit[0].paivamaara", "on tulevaisuudessa"),
    Case("unknown-indicator", AREA, _report("käynnissä", "        arvot:\n          - {mittari: selvitys-valmis, arvo: 1, jakso: \"2024\"}\n"),
         "- {mittari: selvitys-valmis", "tavoitteet[0].raportit[0].arvot[0].mittari", "tavoitteella ei ole mittaria 'selvitys-valmis'"),
    Case("unknown-goal", "muutokset.yml", ("muutokset: []", "muutokset:\n  - paivamaara: 2025-06-01\n    kuvaus: {fi: Muutos., sv: Ändring.}\n    kohde: ei-tallaista-tavoitetta"),
         "kohde: ei-tallaista", "muutokset[0].kohde", "painopistettä tai tavoitetta 'ei-tallaista-tavoitetta' ei ole"),
]


# Issue 13: what editors realistically produce and what a hostile contribution could contain.
# The comments between `kuvaus:` and `fi:` record repairs of the source's wording (issue 14).
_KUVAUS_FI = re.compile(r"kuvaus:\n(?:  #[^\n]*\n)*  fi: \|\n    [^\n]*\n")


def _kuvaus(markdown: str) -> Callable[[str], str]:
    """The area's description in Finnish replaced by `markdown` (a literal block)."""
    block = "".join(f"    {row}\n" if row else "\n" for row in markdown.split("\n"))
    return lambda text: _KUVAUS_FI.sub(lambda _: f"kuvaus:\n  fi: |\n{block}", text, count=1)


def _kuvaus_quoted(yaml_text: str) -> Callable[[str], str]:
    """The area's description in Finnish replaced by a double-quoted YAML text (escapes work there)."""
    return lambda text: _KUVAUS_FI.sub(lambda _: f'kuvaus:\n  fi: "{yaml_text}"\n', text, count=1)


def _insert(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new, 1)


_LINK_TO = "Katso [ohje]"
_DENIED_LINK = "linkin osoite alkaa javascript:"
_NESTED = "x: " + "[" * 20000 + "]" * 20000 + "\n"
CASES += [
    # Script or a tracker from Markdown fields (six payloads, and an image from another host).
    Case("md-attr-list-href", AREA, _kuvaus(_LINK_TO + '(https://example.org){: href="javascript:alert(1)"}'), "fi: |\n    Katso", "kuvaus.fi", 'merkintä {: href="javascript:alert(1)"} ei ole sallittu'),
    Case("md-attr-list-onclick", AREA, _kuvaus("Katso tästä{: onclick=alert(1) }"), "fi: |\n    Katso", "kuvaus.fi", "merkintä {: onclick=alert(1) } ei ole sallittu"),
    Case("md-attr-list-onmouseover", AREA, _kuvaus(_LINK_TO + "(https://example.org){: onmouseover=alert(1) }"), "fi: |\n    Katso", "kuvaus.fi", "merkintä {: onmouseover=alert(1) } ei ole sallittu"),
    Case("md-link-split-over-lines", AREA, _kuvaus(_LINK_TO + "(java\nscript:alert(1))."), "fi: |\n    Katso", "kuvaus.fi", _DENIED_LINK),
    Case("md-control-char-inline", AREA, _kuvaus_quoted(_LINK_TO + "(\\x01javascript:alert(1))."), 'fi: "Katso', "kuvaus.fi", "ohjausmerkki U+0001"),
    Case("md-control-char-reference", AREA, _kuvaus_quoted(_LINK_TO + "[r].\\n\\n[r]: \\x01javascript:alert(1)"), 'fi: "Katso', "kuvaus.fi", "ohjausmerkki U+0001"),
    Case("md-image-other-host", AREA, _kuvaus("Katso ![k](https://tracker.example.net/p.png)"), "fi: |\n    Katso", "kuvaus.fi", "kuvia ei voi lisätä tekstiin"),
    Case("md-heading", AREA, _kuvaus("Katso\n\n# Otsikko"), "fi: |\n    Katso", "kuvaus.fi", "otsikot (#) eivät ole sallittuja"),
    Case("md-http-link", AREA, _kuvaus(_LINK_TO + "(http://example.org)"), "fi: |\n    Katso", "kuvaus.fi", "kirjoita https://"),
    # The check and the strict build agree: internal links lead to pages and anchors that exist.
    Case("md-link-missing-page", AREA, _kuvaus(_LINK_TO + "(suunitelma.md)"), "fi: |\n    Katso", "kuvaus.fi", "linkin kohdetta suunitelma.md ei ole sivustolla"),
    Case("md-link-missing-anchor", AREA, _kuvaus(_LINK_TO + "(strategia.md#ei-tallaista)"), "fi: |\n    Katso", "kuvaus.fi", "sivulla strategia.md ei ole kohtaa #ei-tallaista"),
    Case("md-link-page-address", AREA, _kuvaus(_LINK_TO + "(/suunnitelma/)"), "fi: |\n    Katso", "kuvaus.fi", "sivuston sisäinen linkki '/suunnitelma/' ei kelpaa"),
    # Characters: each at its line and column, in Finnish.
    Case("vertical-tab", AREA, _insert("luku: 6", "luku: 6\x0b"), "luku: 6", "", "pystysarkain (U+000B)"),
    Case("delete-char", AREA, _insert("luku: 6", "luku: 6\x7f"), "luku: 6", "", "ohjausmerkki U+007F"),
    Case("c1-control", AREA, _insert("  fi: Turvallisuuden edistäminen\n", "  fi: Turvallisuuden\x96edistäminen\n"), "Turvallisuuden\x96", "", "U+0096, luultavasti väärin tallennettu merkki –"),
    Case("nul", AREA, _insert("luku: 6", "luku: 6\x00"), "luku: 6", "", "NUL-merkki (U+0000)"),
    Case("noncharacter", AREA, _insert("luku: 6", "luku: 6 # \ufffe"), "luku: 6", "", "merkki U+FFFE ei ole tekstimerkki"),
    Case("bidi-in-id", AREA, _insert("id: turvallisuus", "id: turval\u202elisuus"), "id: turval", "", "tekstin suunnan ohjausmerkki U+202E"),
    Case("escaped-control-in-quotes", AREA, _insert("  fi: Turvallisuuden edistäminen\n", '  fi: "Turvallisuuden\\vedistäminen"\n'), '"Turvallisuuden', "otsikko.fi", "pystysarkain (U+000B)"),
    Case("nested-brackets", AREA, lambda text: text + _NESTED, "x: [[", "", "sulkeita [ tai { on sisäkkäin yli 20"),
    Case("unclosed-brackets", AREA, lambda text: text + "x: " + "[" * 240000 + "\n", "x: [[", "", "sulkeita [ tai { on sisäkkäin yli 20"),
    Case("nested-lists", AREA, lambda text: text + "x: " + "- " * 20000 + "x\n", "x: - -", "", "sisennys"),
    # Finnish messages with the fix.
    Case("boolean-in-finnish", AREA, ("ruotsinnos_tarkistettu: false", "ruotsinnos_tarkistettu: kyllä"), "ruotsinnos_tarkistettu", "ruotsinnos_tarkistettu", "kirjoita true tai false"),
    Case("second-document", AREA, lambda text: text + "---\n", "---", "", "poista rivi ---"),
    # Dates not before the earliest document's period (the strategy's, 2023).
    Case("report-in-1999", AREA, _report("käynnissä", day="1999-01-01"), "paivamaara: 1999-01-01", "tavoitteet[0].raportit[0].paivamaara", "on ennen strategiakauden 2023 alkua (2023-01-01)"),
    Case("report-in-year-1", AREA, _report("käynnissä", day="0001-01-01"), "paivamaara: 0001-01-01", "tavoitteet[0].raportit[0].paivamaara", "on ennen strategiakauden 2023 alkua (2023-01-01)"),
    Case("change-in-1999", "muutokset.yml", ("muutokset: []", "muutokset:\n  - paivamaara: 1999-06-01\n    kuvaus: {fi: Muutos., sv: Ändring.}"), "paivamaara: 1999", "muutokset[0].paivamaara", "on ennen strategiakauden 2023 alkua"),
]


def _alias_bomb(text: str) -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]" for p, c in zip("abcdefgh", "bcdefghi")]
    return text + "\n".join(lines) + "\n"


CASES.append(Case("alias-bomb", AREA, _alias_bomb, "a: &a", "", "ankkurit ja viittaukset"))


def _break(case: Case, data: Path) -> tuple[Path, Path, int]:
    """A copy of the real data with one case's mistake in it: (data dir, broken file, line)."""
    shutil.copytree(ROOT / "data", data)
    file = data / case.file
    text = file.read_text(encoding="utf-8")
    if callable(case.change):
        new = case.change(text)
    else:
        old, replacement = case.change
        assert old in text, f"the real data no longer has {old!r}: update the case"
        new = text.replace(old, replacement, 1)
    assert new != text
    file.write_text(new, encoding="utf-8")
    return data, file, new[: new.index(case.at)].count("\n") + 1


@pytest.fixture
def broken(request, tmp_path):
    return _break(request.param, tmp_path / "data")


def _expected(file: Path, line: int, field: str, message: str) -> re.Pattern:
    where = re.escape(f"{file}:{line}:") + r"\d+: "
    return re.compile(where + (re.escape(field) + ": " if field else "") + r".*" + re.escape(message))


def run_check(data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # The timeout: a FIFO or a pathological file must not hang the check (issue 13).
    return subprocess.run([str(ROOT / "scripts" / "check"), str(data)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)


def check_here(data: Path, capsys) -> tuple[int, str]:
    """`./scripts/check <data>` run in this process: its exit status and what it printed."""
    status = check.main([str(data)])
    printed = capsys.readouterr()
    return status, printed.out + printed.err


def _assert_reported(output: str, case: Case, file: Path, line: int):
    assert "Traceback" not in output, output
    assert _expected(file, line, case.field, case.message).search(output), (
        f"expected {file.name}:{line}: {case.field}: …{case.message}… in:\n{output}"
    )


@pytest.mark.parametrize("broken", CASES, ids=[c.id for c in CASES], indirect=True)
def test_check_rejects(broken, request, capsys):
    case = request.node.callspec.params["broken"]
    data, file, line = broken
    status, output = check_here(data, capsys)
    assert status == 1, output
    _assert_reported(output, case, file, line)
    assert not (ROOT / "pwned").exists() and not (data / "pwned").exists()


@pytest.fixture(scope="module")
def refused(build_each, tmp_path_factory):
    """Each case's broken data built: {case id: (build, broken file, line)}."""
    work = tmp_path_factory.mktemp("refused")
    broken = {case.id: _break(case, work / case.id / "data") for case in CASES}
    builds = build_each([(ROOT, work / case.id / "site", {"PLAN_DATA_DIR": str(broken[case.id][0])}) for case in CASES])
    return {case.id: (built, *broken[case.id][1:]) for case, built in zip(CASES, builds)}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_build_rejects_and_writes_nothing(refused, case):
    built, file, line = refused[case.id]
    assert built.returncode != 0
    _assert_reported(built.log, case, file, line)
    assert not built.dir.exists(), "a failed build must not leave a partial site"


def test_not_utf8_is_rejected(build, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    file = data / AREA
    text = file.read_text(encoding="utf-8")
    file.write_bytes(text.encode("latin-1", errors="replace"))
    line = next(i for i, row in enumerate(text.splitlines(), 1) if any(ord(c) > 127 for c in row))
    result = run_check(data)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert re.search(re.escape(f"{file}:{line}:1: ") + "tiedosto ei ole UTF-8", result.stderr), result.stderr
    _assert_build_refuses(build, data, tmp_path, f"{file}:{line}:1: tiedosto ei ole UTF-8")


def _assert_build_refuses(build, data: Path, tmp_path: Path, expected: str) -> None:
    built = build(ROOT, tmp_path / "site", PLAN_DATA_DIR=str(data))
    assert built.returncode != 0 and expected in built.log, built.log
    assert "Traceback" not in built.log and not (tmp_path / "site").exists()


def test_oversized_file_is_rejected(build, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    file = data / AREA
    file.write_text(file.read_text(encoding="utf-8") + ("# " + "x" * 98 + "\n") * 3000, encoding="utf-8")
    result = run_check(data)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{file}:1:1: tiedosto on " in result.stderr and "suurin sallittu koko" in result.stderr
    built = build(ROOT, tmp_path / "site", PLAN_DATA_DIR=str(data))
    assert built.returncode != 0 and "suurin sallittu koko" in built.log and not (tmp_path / "site").exists()


def test_every_problem_in_every_file_in_one_run(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    area = data / AREA
    area.write_text(area.read_text(encoding="utf-8").replace("luku: 6", "luku: kuusi").replace("    vastuutahot:", "    vastuutaho:", 1), encoding="utf-8")
    strategy = data / "strategia.yml"
    strategy.write_text(strategy.read_text(encoding="utf-8").replace("numero: 2", "numero: 3", 1), encoding="utf-8")
    broken_yaml = data / "sivusto.yml"
    broken_yaml.write_text(broken_yaml.read_text(encoding="utf-8").replace("tila: osittain", "tila: [osittain"), encoding="utf-8")
    result = run_check(data)
    assert result.returncode == 1
    reported = [row for row in result.stderr.splitlines() if row.startswith("  ")]
    assert {Path(r.strip().split(":")[0]).name for r in reported} == {"turvallisuus.yml", "strategia.yml", "sivusto.yml"}
    assert len(reported) >= 5 and result.stderr.startswith(f"Datassa on {len(reported)} virhettä (3 tiedostossa)")


def test_deadline_outside_period_passes_when_marked(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    area = data / AREA
    area.write_text(area.read_text(encoding="utf-8").replace(
        "    maaraaika: 2024-12-31\n", "    maaraaika: 2028-12-31\n    maaraaika_kauden_ulkopuolella: true\n", 1), encoding="utf-8")
    result = run_check(data)
    assert result.returncode == 0, result.stderr


def test_check_passes_on_the_real_data_and_says_so():
    result = run_check(ROOT / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data on kunnossa: 7 painopistettä, 19 tavoitetta, 22 valtuustokauden tavoitetta")


# Issue 13: only regular files inside data/ are read; each other kind is refused with a message.
def _symlink_outside(data: Path) -> Path:
    outside = data.parent / "muualla.yml"
    shutil.copy(data / AREA, outside)
    (data / "painopisteet" / "linkki.yml").symlink_to(outside)
    return data / "painopisteet" / "linkki.yml"


def _symlink_device(data: Path) -> Path:
    (data / "painopisteet" / "laite.yml").symlink_to("/dev/zero")
    return data / "painopisteet" / "laite.yml"


def _fifo(data: Path) -> Path:
    os.mkfifo(data / "painopisteet" / "x.yml")
    return data / "painopisteet" / "x.yml"


def _directory(data: Path) -> Path:
    (data / "painopisteet" / "x.yml").mkdir()
    return data / "painopisteet" / "x.yml"


FILE_CASES = {
    "symlink-outside-data": (_symlink_outside, "tiedosto on symbolinen linkki"),
    "symlink-to-dev-zero": (_symlink_device, "tiedosto on symbolinen linkki"),
    "fifo": (_fifo, "tämä ei ole tavallinen tiedosto"),
    "directory-named-yml": (_directory, "tämä on kansio eikä tiedosto"),
}


@pytest.mark.parametrize("case", FILE_CASES, ids=list(FILE_CASES))
def test_only_regular_files_are_read(build, case, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    make, message = FILE_CASES[case]
    file = make(data)
    area = data / AREA  # a mistake in another file is still listed beside it
    area.write_text(area.read_text(encoding="utf-8").replace("luku: 6", "luku: kuusi"), encoding="utf-8")
    result = run_check(data)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{file}:1:1: {message}" in result.stderr
    assert re.search(re.escape(f"{area}:4:1: luku: pitää olla kokonaisluku"), result.stderr)
    _assert_build_refuses(build, data, tmp_path, f"{file}:1:1: {message}")


def test_hidden_files_and_editor_backups_are_ignored_and_a_bom_is_accepted(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    areas = data / "painopisteet"
    (areas / "._turvallisuus.yml").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")  # macOS
    (areas / ".#turvallisuus.yml").symlink_to("root@kone.12345:1700000000")  # Emacs' lock
    (areas / "turvallisuus.yml~").write_text("rikki: [", encoding="utf-8")
    (areas / ".turvallisuus.yml.swp").write_bytes(b"b0VIM 9.0\x00")
    area = data / AREA
    area.write_bytes(b"\xef\xbb\xbf" + area.read_bytes())  # Notepad's UTF-8 with BOM
    result = run_check(data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data on kunnossa: 7 painopistettä")


def test_link_to_a_page_builds_to_its_address(build, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    area = data / AREA
    area.write_text(_kuvaus("Katso [suunnitelma](suunnitelma.md) ja [arvot](strategia.md#arvot).")(area.read_text(encoding="utf-8")), encoding="utf-8")
    assert run_check(data).returncode == 0
    built = build(ROOT, tmp_path / "site", PLAN_DATA_DIR=str(data))
    assert built.returncode == 0, built.log
    page = (tmp_path / "site" / "painopisteet" / "turvallisuus" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../suunnitelma/">suunnitelma</a>' in page and '<a href="../../strategia/#arvot">arvot</a>' in page
