"""The browser editor's YAML format (admin/yaml_format.js, run in Node): saving a data file's own
data gives back the file byte for byte, comments and schema line included; a change touches only
its lines; and what the form leaves out (empty fields, fields of several shapes) stays as written."""

import json
import subprocess
from pathlib import Path

import pytest

from plan.data import published
from plan.outputs import cms_config

ROOT = Path(__file__).resolve().parents[2]
# Not the register of what was published: the check writes it, the form never (plan/published.py).
FILES = sorted(f for f in (ROOT / "data").rglob("*.yml") if f.name != published.FILE)

# Reads {text, schemaLine, preserved, edit} from stdin; prints the saved text. `edit` is JavaScript
# applied to the parsed data as the form would hand it over (`data`).
_RUN = """
import { yamlFormat } from './admin/yaml_format.js';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const { text, schemaLine, preserved, edit } = JSON.parse(input);
const format = yamlFormat(schemaLine, preserved);
const data = format.fromFile(text);
new Function('data', edit)(data);
process.stdout.write(format.toFile(data));
"""


def save(path: Path, edit: str = "", text: str | None = None) -> str:
    name = path.relative_to(ROOT).as_posix()
    pattern = "data/painopisteet/*.yml" if "/painopisteet/" in name else name
    payload = {"text": path.read_text(encoding="utf-8") if text is None else text, "schemaLine": cms_config.schema_lines()[cms_config.format_name(pattern)],
               "preserved": cms_config.preserved_paths(), "edit": edit}
    done = subprocess.run(["node", "--input-type=module", "-e", _RUN], input=json.dumps(payload), capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_saving_unchanged_data_gives_back_the_file(path):
    assert save(path) == path.read_text(encoding="utf-8")


def test_a_change_touches_its_line_only_and_keeps_comments():
    path = ROOT / "data" / "painopisteet" / "tiedolla-johtaminen.yml"
    before = path.read_text(encoding="utf-8").splitlines()
    after = save(path, "data.tavoitteet[0].tavoite.fi = 'Uusi teksti';").splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
    assert len(before) == len(after) and len(changed) == 1 and after[changed[0]].endswith("fi: Uusi teksti")
    assert [line for line in before if line.lstrip().startswith("#")] == [line for line in after if line.lstrip().startswith("#")]


def test_what_the_form_leaves_out_stays_as_written():
    # The form drops a block text's last line break and empty fields (`null`, `[]`): neither
    # changes the file. (Fields of several shapes, which it also dropped, went with issue 17's model.)
    path = ROOT / "data" / "painopisteet" / "terveet-elintavat.yml"
    edit = """
      data.kuvaus.fi = data.kuvaus.fi.trimEnd();
      delete data.alaviitteet;
      for (const goal of data.tavoitteet) { if (goal.maaraaika === null) delete goal.maaraaika; }
    """
    assert save(path, edit) == path.read_text(encoding="utf-8")


def test_a_lost_schema_line_is_written_back():
    path = ROOT / "data" / "muutokset.yml"
    text = path.read_text(encoding="utf-8")
    without = text.split("\n", 1)[1]
    assert save(path, text=without) == text
    assert text.splitlines()[0] == cms_config.schema_lines()["yaml-muutokset"]


# The area list's line (admin/area_summary.js) as the area format adds it to what it reads: the
# save leaves it out, so the file comes back byte for byte.
_SUMMARY_RUN = """
import { yamlFormat } from './admin/yaml_format.js';
import { areaSummary } from './admin/area_summary.js';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const { text, schemaLine, words, field } = JSON.parse(input);
const format = yamlFormat(schemaLine, [], undefined, { field, of: data => areaSummary(data, words) });
const data = format.fromFile(text);
process.stdout.write(JSON.stringify({ line: data[field], saved: format.toFile(data) }));
"""


def _summary(text: str, lang: str) -> dict:
    words = json.loads(cms_config.rendered())["words"]["area"][lang]
    payload = {"text": text, "schemaLine": cms_config.schema_lines()["yaml-painopisteet"], "words": words,
               "field": cms_config.AREA_SUMMARY}
    done = subprocess.run(["node", "--input-type=module", "-e", _SUMMARY_RUN], input=json.dumps(payload),
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_area_list_line_counts_goals_and_reports_and_is_never_saved():
    path = ROOT / "data" / "painopisteet" / "terveet-elintavat.yml"
    text = path.read_text(encoding="utf-8")
    assert _summary(text, "fi") == {"line": "2 tavoitetta, ei raportteja", "saved": text}
    report = "    raportit:\n      - paivamaara: {day}\n        tila: käynnissä\n"
    with_reports = text.replace("    mittarit:\n", report.format(day="2026-11-20") + "    mittarit:\n", 1)
    second = with_reports.index("  - id: ", with_reports.index("  - id: ") + 1)
    at = with_reports.index("    mittarit:\n", second)
    with_reports = with_reports[:at] + report.format(day="2025-03-01") + with_reports[at:]
    assert _summary(with_reports, "sv")["line"] == "2 mål, 2 rapporter (den senaste 20.11.2026)"
    assert _summary(with_reports, "fi")["saved"] == with_reports
    no_goals = (ROOT / "data" / "painopisteet" / "digitaaliset-hyte-palvelut.yml").read_text(encoding="utf-8")
    assert _summary(no_goals, "fi")["line"] == "tavoitteita ei ole julkaistu"
